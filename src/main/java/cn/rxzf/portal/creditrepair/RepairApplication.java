package cn.rxzf.portal.creditrepair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A credit-repair application as stored (contact details decrypted). Fields are null until answered. */
public record RepairApplication(long id, String reference, String status, String companyName, String creditCode,
                                String decisionNumber, LocalDate decisionDate, String department, String recordClass,
                                Boolean corrected, Boolean obligationsPerformed, String contactName,
                                String contactPhone, String contactEmail, Instant commitmentAt, Instant submittedAt,
                                LocalDate acceptanceDue, LocalDate decisionDue, String reason, List<StoredFile> files) {

    public static final java.util.Map<String, String> STATUS_LABELS = java.util.Map.of(
            "draft", "填写中", "submitted", "已提交", "accepted", "已受理", "returned", "退回补正",
            "repaired", "已修复", "refused", "不予修复");

    public String statusLabel() {
        return STATUS_LABELS.get(status);
    }

    /** The deadline that applies now: acceptance while submitted, decision while accepted; null otherwise. */
    public LocalDate due() {
        return switch (status) {
            case "submitted" -> acceptanceDue;
            case "accepted" -> decisionDue;
            default -> null;
        };
    }

    public boolean overdue(LocalDate today) {
        LocalDate due = due();
        return due != null && today.isAfter(due);
    }

    /** An attachment's metadata (the bytes are read only when a reviewer opens it). */
    public record StoredFile(long id, String name, String contentType, int size, Instant uploadedAt) {}
}
