package cn.rxzf.portal.search;

import java.util.List;

/**
 * Whether a query asks about the conditions of not being fined rather than about an act: 首次被查 改了还罚吗,
 * 第一次迟报 补上了会罚款吗. Such a person is best served by the check (免罚自查), which asks about first offences,
 * correction and harm, whatever list their act is on; the search page points to it before the results.
 */
final class ConditionQuestion {
    /** Everyday words for a first offence, for having put it right, and for asking whether a fine follows. */
    private static final List<String> CUES = List.of("第一次", "首次", "初次", "头一次", "头一回", "首违", "首查",
            "改了", "改正", "整改", "补上", "补报", "补办了", "修好", "罚吗", "罚不罚", "罚款吗", "处罚吗", "会被罚", "还罚",
            "免罚", "不罚", "能不能不罚", "从轻");

    private ConditionQuestion() {}

    static boolean asks(String query) {
        if (query == null) return false;
        for (String cue : CUES) if (query.contains(cue)) return true;
        return false;
    }
}
