package cn.rxzf.portal.content.model;

import java.time.LocalDate;

/**
 * The 采纳情况 of a draft's comments (优化营商环境条例 art. 62), exported by the service's reviewers and committed as
 * {@code departments/<code>/adoption/<draft-id>.md}: counts by outcome and, in the body, each comment's outcome and
 * reason by tracking number. No personal data.
 */
public record AdoptionReport(String draftId, String department, LocalDate published, int total, int adopted,
                             int partlyAdopted, int notAdopted, String bodyHtml, String path) {}
