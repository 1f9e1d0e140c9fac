package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The words of a query that only name who did it (the trade or the place of business), beside what was done. */
class WhoWordsTest {
    /** The characters of {@code q} in a word naming who, as a string (the others left out). */
    private static String who(String q) {
        boolean[] spans = WhoWords.spans(q, Words.of(q));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.length(); i++) if (spans[i]) out.append(q.charAt(i));
        return out.toString();
    }

    @Test
    void a_trade_or_a_place_of_business_names_who() {
        assertEquals("网吧", who("网吧灭火器过期了"));
        assertEquals("饭店", who("饭店油烟净化器没开"));
        assertEquals("工地", who("工地扬尘没覆盖"));
        // The segmenter leaves 厂 alone after 汽修: the two are one word naming who.
        assertEquals("汽修厂", who("汽修厂危废标识没贴"));
    }

    @Test
    void what_was_done_and_words_that_only_end_alike_are_not_who() {
        assertEquals("", who("危废标识没贴 第一次 已经贴上了"));
        assertEquals("", who("施工现场没围挡"));
        assertEquals("", who("占道经营 第一次被查"));
        assertEquals("", who("首次被查 改了还罚吗"));
    }
}
