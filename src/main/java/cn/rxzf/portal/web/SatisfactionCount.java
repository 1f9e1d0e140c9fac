package cn.rxzf.portal.web;

/**
 * 满意度 answers of one department in one quarter (China time), from one source (行政回访, questionnaires): how many
 * gave a score, how many of them 4 or 5 (satisfied), and the sum of their scores (1–5).
 */
public record SatisfactionCount(String department, int year, int quarter, long answered, long satisfied, long scoreSum) {}
