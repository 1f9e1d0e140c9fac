package cn.rxzf.portal.content.model;

import java.util.List;

/** A typical case (典型案例): how an item was applied. {@code date} is YYYY-MM or YYYY-MM-DD. */
public record Case(String id, String department, String title, String date, String region, String area,
                   List<String> itemIds, List<String> methodIds, String result, String sourceUrl,
                   String sourceNote, String fidelity, String bodyHtml, String path) {

    public static final List<String> FIDELITIES = List.of("原文", "转述", "节选", "示例");

    public String url() {
        return "/cases/" + id + "/";
    }
}
