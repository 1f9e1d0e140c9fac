package cn.rxzf.portal.content.model;

import java.util.List;
import java.util.Map;

/**
 * One item of a list: a violation and the conditions under which it is treated leniently. {@code extra} holds the
 * item's further published fields (其他字段) in the order written, empty when it has none.
 */
public record Item(String id, String listId, int seq, String violation, String violatedProvisions,
                   String penaltyBasis, List<String> conditions, String outcome, String outcomeNote,
                   String authority, List<String> measures, String area, List<String> keywords,
                   String sourceUrl, String note, Map<String, String> extra, int line) {

    public static final List<String> OUTCOMES = List.of("不予处罚", "可以不予处罚", "从轻处罚", "减轻处罚", "不予行政强制");

    public String url() {
        return "/items/" + id + "/";
    }
}
