package cn.rxzf.portal.content.model;

import java.util.List;

/** One item of a list: a violation and the conditions under which it is treated leniently. */
public record Item(String id, String listId, int seq, String violation, String violatedProvisions,
                   String penaltyBasis, List<String> conditions, String outcome, String outcomeNote,
                   String authority, List<String> measures, String area, List<String> keywords,
                   String sourceUrl, String note, int line) {

    public static final List<String> OUTCOMES = List.of("不予处罚", "可以不予处罚", "从轻处罚", "减轻处罚", "不予行政强制");

    public String url() {
        return "/items/" + id + "/";
    }
}
