/**
 * The service: one Javalin app that serves the built site and the dynamic parts (search, comments, feedback, credit
 * repair, reviewers' queues). It reads what the build wrote and the validated content; the build never imports it.
 */
package cn.rxzf.portal.service;
