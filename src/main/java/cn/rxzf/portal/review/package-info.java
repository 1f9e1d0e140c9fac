/**
 * The reviewers' workspace: sign-in pages, the start page, the queue of their own department's comments and page
 * feedback, decisions and the 采纳情况 export. It sits above the comments and feedback features it works on.
 */
package cn.rxzf.portal.review;
