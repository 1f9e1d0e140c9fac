package cn.rxzf.portal.content.model;

import java.time.LocalDate;

/** A draft open for public comment between {@code opens} and {@code closes}, both days included. */
public record Draft(String id, String department, String title, LocalDate opens, LocalDate closes,
                    String periodNote, String listId, String preface, String bodyHtml, String path) {

    public String url() {
        return "/drafts/" + id + "/";
    }

    /** 未开始, 征求意见中 or 已截止 on the given day. */
    public String phase(LocalDate today) {
        if (today.isBefore(opens)) return "未开始";
        return today.isAfter(closes) ? "已截止" : "征求意见中";
    }
}
