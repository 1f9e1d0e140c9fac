package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pairs of a run of the segmenter's single characters that the documents say: words it did not know. */
class RunPairsTest {
    private static final Set<String> STOP = Set.of("的", "了", "会", "被", "吗", "在");

    private static Set<String> pairs(String q, Set<String> said) {
        return RunPairs.of(q, Words.of(q), STOP, said::contains);
    }

    @Test
    void a_pair_of_single_characters_the_documents_say_is_a_word() {
        // The segmenter cuts 闭|门|器 and 防火|门: 闭门 is said by an act (闭门器损坏), 火门 straddles a word it knows.
        assertEquals(Set.of("闭门"), pairs("防火门关不上 闭门器坏了 会被罚吗", Set.of("闭门", "火门", "门器")));
    }

    @Test
    void pairs_nobody_says_and_the_words_of_a_condition_are_not() {
        assertEquals(Set.of(), pairs("防火门关不上 闭门器坏了 会被罚吗", Set.of("被罚", "罚吗", "坏了")));
        // 两年 is a word of the condition (两年内没再犯): its characters end a run, whatever the documents say.
        assertEquals(Set.of(), pairs("两年内没再犯 算首违吗", Set.of("两年", "年内", "首违")));
    }
}
