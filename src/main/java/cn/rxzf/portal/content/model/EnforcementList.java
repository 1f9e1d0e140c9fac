package cn.rxzf.portal.content.model;

import java.time.LocalDate;
import java.util.List;

/** A published list (清单) and its items, with the 政务公开 metadata of the document that publishes it. */
public record EnforcementList(String id, String department, String title, String type, String issuer,
                              String docNumber, LocalDate writtenDate, LocalDate publishedDate,
                              LocalDate effectiveDate, LocalDate expiryDate, String version, String status,
                              String supersedes, String indexNumber, String subject, String area, String region,
                              String sourceUrl, String sourceNote, List<Item> items, String bodyHtml, String path) {

    /** The list types (类型) besides those named like an item's outcome ({@link Item#OUTCOMES}). */
    public static final String FIRST_VIOLATION = "首违不罚";
    public static final String POSITIVE = "正面清单";
    public static final String NEGATIVE = "负面清单";
    public static final List<String> TYPES = List.of(Item.NO_PENALTY, FIRST_VIOLATION, Item.LIGHTER, Item.REDUCED,
            Item.NO_COERCION, POSITIVE, NEGATIVE);
    public static final List<String> STATUSES = List.of("征求意见", "生效", "已修订", "已废止");

    public String url() {
        return "/lists/" + id + "/";
    }

    /** 有效性 as the 政务公开 block shows it. */
    public String validity() {
        return switch (status) {
            case "生效" -> "有效";
            case "征求意见" -> "征求意见稿";
            case "已修订" -> "已修订";
            default -> "已废止";
        };
    }

    /** A draft list (征求意见稿): not in force. */
    public boolean isDraft() {
        return status.equals("征求意见");
    }

    public boolean isSuperseded() {
        return status.equals("已修订") || status.equals("已废止");
    }
}
