package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which pairs of a stop character and a lone character beside it are read as a misspelt word. */
class MisspeltStopPairsTest {
    private static List<String> of(String q, Set<String> unwritten, Set<String> soundsLike) {
        return MisspeltStopPairs.of(q, Words.of(q), new boolean[q.length()], unwritten::contains, soundsLike::contains);
    }

    @Test
    void a_stop_character_beside_a_lone_character_whose_pair_sounds_like_a_documents_pair() {
        Set<String> any = Set.of("通到", "河到", "一包", "叔在", "到了");
        assertEquals(List.of("通到"), of("消防通到堆了纸箱子", any, any));
        // not a pair no document has as written, or none sounds so: not read
        assertEquals(List.of(), of("消防通到堆了纸箱子", Set.of(), any));
        assertEquals(List.of(), of("消防通到堆了纸箱子", any, Set.of()));
        // a numeral (一) is not typed for its sound; two stop characters (到了) are no word
        assertEquals(List.of(), of("有一包过期饼干", any, any));
        assertEquals(List.of(), of("被查到了", any, any));
    }
}
