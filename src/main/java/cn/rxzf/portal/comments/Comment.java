package cn.rxzf.portal.comments;

import java.time.Instant;

/**
 * A comment as reviewers see it. Name and contact are decrypted only for reviewers of the draft's department;
 * {@code decidedAt} is null until a reviewer decides (and where a query does not read it).
 */
public record Comment(String trackingNo, String draftId, String department, String body, String authorName,
                      String authorContact, Instant createdAt, String outcome, String reason, Instant decidedAt) {

    public static final java.util.Map<String, String> OUTCOMES = java.util.Map.of(
            "adopted", "采纳", "partly_adopted", "部分采纳", "not_adopted", "未采纳");

    public String outcomeLabel() {
        return outcome == null ? "待处理" : OUTCOMES.get(outcome);
    }
}
