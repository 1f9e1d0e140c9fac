package cn.rxzf.portal.comments;

/** What a citizen submitted on the comment form, as received (before any check). */
public record Submission(String draftId, String body, String name, String contact, String token, String honeypot) {}
