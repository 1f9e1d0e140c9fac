package cn.rxzf.portal.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One 告知承诺 as stored: what the officer wrote (the item or provision, the facts, the correction required, the
 * deadline), the party's signature (name, the promises ticked, the time) and the officer's decision. Names and facts
 * are decrypted; nothing here goes into a log or a URL but the reference.
 */
public record Commitment(long id, String reference, String department, long createdBy, String itemId, String provision,
                         String partyName, String facts, String correction, int deadlineDays, boolean workingDays,
                         Instant createdAt, LocalDate due, String status, String signedName, List<String> promises,
                         Instant signedAt, Instant decidedAt, String decidedBy, String reason, String followUp, List<StoredFile> files) {

    public static final Map<String, String> STATUS_LABELS = Map.of("issued", "待签署", "signed", "已签署，待纠正",
            "corrected", "已纠正", "overdue", "逾期未纠正");

    public record StoredFile(long id, String name, String contentType, int size, Instant uploadedAt) {}

    public String statusLabel() {
        return STATUS_LABELS.get(status);
    }

    public boolean isOpen() {
        return status.equals("issued") || status.equals("signed");
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /** Still open on a day after the due date. */
    public boolean overdue(LocalDate today) {
        return isOpen() && today.isAfter(due);
    }

    /** The party may still sign or add evidence: open, and the due date not passed. */
    public boolean acceptsFrom(LocalDate today) {
        return isOpen() && !today.isAfter(due);
    }

    public String deadlineLabel() {
        return deadlineDays + (workingDays ? " 个工作日" : " 日");
    }
}
