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

    /** The 处理结果 an item may give, as the content format spells them. */
    public static final String NO_PENALTY = "不予处罚";
    public static final String MAY_NO_PENALTY = "可以不予处罚";
    public static final String LIGHTER = "从轻处罚";
    public static final String REDUCED = "减轻处罚";
    public static final String NO_COERCION = "不予行政强制";
    public static final List<String> OUTCOMES = List.of(NO_PENALTY, MAY_NO_PENALTY, LIGHTER, REDUCED, NO_COERCION);

    public String url() {
        return "/items/" + id + "/";
    }
}
