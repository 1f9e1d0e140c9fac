package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words of a condition question that may name its act, beside those of its condition and its fear. */
class ConditionQuestionTest {
    private static final Set<String> STOP = Set.of("的", "了", "我", "会", "被", "还", "吗", "在");

    private static List<String> act(String q) {
        return ConditionQuestion.actWords(q, Words.of(q), STOP);
    }

    @Test
    void the_condition_and_the_fear_are_not_the_act() {
        assertEquals(List.of("酒驾"), act("酒驾第一次会拘留吗"));
        assertTrue(act("首次被查 改了还罚吗").isEmpty(), act("首次被查 改了还罚吗").toString());
        assertTrue(act("第一次 已经改正 会罚款吗").isEmpty(), act("第一次 已经改正 会罚款吗").toString());
    }

    @Test
    void a_run_of_single_characters_the_segmenter_does_not_know_may_be_the_act() {
        List<String> words = act("我弟醉驾第一次被抓 会坐牢吗");
        assertTrue(words.stream().anyMatch(w -> w.contains("醉驾")), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.contains("坐牢") || w.contains("第一")), words.toString());
    }
}
