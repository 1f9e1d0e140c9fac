/**
 * 行政回访 online: the visit an officer creates after a decision, the party's code, the questionnaire at
 * {@code /visits/} (corrected? what helped? 亮证, the law explained, the 廉洁自律 question, 满意度 1–5, free text), and
 * the store the department's queue and the supervisors' queue in {@code review} read. Complaint-flagged answers and
 * 廉洁自律 reports go to supervisors only, never to the officers named.
 */
package cn.rxzf.portal.visits;
