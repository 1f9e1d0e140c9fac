/**
 * Department reviewers: accounts (Argon2id), server-side sessions shared by all instances, the queue of their own
 * department's comments and page feedback, decisions, the 采纳情况 export, and the append-only audit log.
 */
package cn.rxzf.portal.review;
