package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The words of a condition question naming the office that found it or decides, beside what was done. */
class FoundByWordsTest {
    /** The characters of {@code q} in a word naming an office, as a string (the others left out). */
    private static String office(String q) {
        boolean[] spans = FoundByWords.mark(q, Words.of(q), new boolean[q.length()]);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.length(); i++) if (spans[i]) out.append(q.charAt(i));
        return out.toString();
    }

    @Test
    void an_office_or_a_team_of_inspectors_is_who_found_it() {
        assertEquals("水利局", office("河边堆了一堆沙子 水利局来了 罚不罚"));
        assertEquals("消防大队", office("店里灭火器过期了半年 消防大队第一次检查发现 罚不罚"));
        // The segmenter leaves a short office's name as single characters: 住 建 局.
        assertEquals("住建局", office("工地门口没挂施工许可证公示牌 住建局罚不罚"));
        assertEquals("农业局", office("农资店第一次被农业局查到问题 首违不罚吗"));
    }

    @Test
    void what_was_done_and_words_that_only_end_alike_are_no_office() {
        assertEquals("", office("危废标识没贴 第一次 已经贴上了"));
        assertEquals("", office("象棋开局 第一次"));
        assertEquals("", office("首次被查 改了还罚吗"));
    }
}
