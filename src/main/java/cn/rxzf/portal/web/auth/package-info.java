/**
 * Who is signed in: reviewer accounts (Argon2id), server-side sessions shared by all instances, the guard every
 * reviewer page passes, and the append-only audit log of reviewers' actions. Features' reviewer pages use it.
 */
package cn.rxzf.portal.web.auth;
