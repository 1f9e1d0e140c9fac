package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NegatedSpokenWordsTest {
    private final NegatedSpokenWords words = NegatedSpokenWords.of(List.of("用工备案", "营业执照", "亮照", "明码标价"));

    @Test
    void a_word_split_by_a_negation_is_written_whole_after_meiyou() {
        assertEquals("没有用工备案", words.read("用工没备案"));
        assertEquals("没有用工备案", words.read("用工未备案"));
        assertEquals("饭店没有用工备案 会罚吗", words.read("饭店用工没有备案 会罚吗"));
        assertEquals("没有明码标价，也没有营业执照", words.read("明码没标价，也营业没执照"));
    }

    @Test
    void nothing_else_is_touched() {
        for (String q : List.of("用工备案", "没有用工备案", "亮没照", "好不好", "用工没 备案", "没", "", "不用工备案"))
            assertEquals(q, words.read(q), q);
    }
}
