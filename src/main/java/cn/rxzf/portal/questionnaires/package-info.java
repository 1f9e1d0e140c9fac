/**
 * Public questionnaires (征集问卷): a department publishes one as content ({@code questionnaires/<id>.md}); anyone
 * answers it at {@code /questionnaires/<id>/} without an account, under the same anti-abuse as comments (a signed form
 * token spent once, the Origin check and body limit of every POST, per-client rate limits, a honeypot); once it has
 * closed, its page shows the counts of every option (a share only from 5 answers up) and serves them as CSV and JSON.
 * Free-text answers are stored encrypted; those a reviewer of the department approves ({@link
 * cn.rxzf.portal.questionnaires.TextModeration}, the reviewers' pages in {@code review}) are published with the
 * results, those of a question that asks personal data never.
 */
package cn.rxzf.portal.questionnaires;
