package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A stop character typed for a character of its sound (消防通到, 河到采砂: 到 for 道; 的 for 地, 在 for 再): with the
 * character the segmenter left alone beside it, a pair no document has as written but whose sound is a pair of what
 * documents are about ({@link Sounds#saysOrSoundsLike}: 通到 → 通道) is a misspelt word of the query, not a function
 * character and a lone one. Matching already looks such a pair up by its sound; the gate's coverage had dropped both
 * characters (a stop character ends a run), so 消防通到堆了纸箱子 kept of its act only 消防 and the act check refused it.
 * Both characters must be words of the segmenter on their own, of Han characters, neither inside a dictionary word the
 * query says, and exactly one of them a particle or preposition people type for its homophones
 * ({@link #TYPED_FOR_SOUND}). {@link MeaningfulMatch} counts such a pair only when the best match has the word it
 * sounds like (it can raise the share, never lower it: an accident of sound in a story is not held against it).
 */
final class MisspeltStopPairs {
    /**
     * The stop characters people type for a character of the same sound (到 for 道, 在 for 再, 的 and 得 for 地, 是 for
     * 示 or 事, 时 for 实, 以 for 已, 为 for 违): particles and prepositions of many homophones. Not numerals (一包 is
     * not 医保) nor pronouns (我, 他).
     */
    static final Set<String> TYPED_FOR_SOUND = Set.of("到", "在", "的", "得", "是", "时", "以", "为");

    private MisspeltStopPairs() {}

    /**
     * The pairs of {@code q} that are such misspelt words: a stop character and a single character beside it, none
     * {@code taken}, that {@code unwritten} (no document has it as written) and {@code soundsLike} (a pair of the
     * documents sounds so) accept.
     */
    static List<String> of(String q, List<Words.Word> words, boolean[] taken, Predicate<String> unwritten,
                           Predicate<String> soundsLike) {
        List<String> out = new ArrayList<>();
        Words.Word before = null;
        for (Words.Word w : words) {
            if (before != null && before.end() == w.start() && single(before, taken) && single(w, taken)
                    && (TYPED_FOR_SOUND.contains(before.text()) != TYPED_FOR_SOUND.contains(w.text()))
                    && !(Words.STOP_CHARS.contains(before.text()) && Words.STOP_CHARS.contains(w.text()))) {
                String pair = before.text() + w.text();
                if (!out.contains(pair) && unwritten.test(pair) && soundsLike.test(pair)) out.add(pair);
            }
            before = w;
        }
        return out;
    }

    private static boolean single(Words.Word w, boolean[] taken) {
        return w.text().length() == 1 && ChineseText.isHan(w.text().charAt(0)) && !taken[w.start()];
    }
}
