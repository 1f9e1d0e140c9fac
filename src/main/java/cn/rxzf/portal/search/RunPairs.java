package cn.rxzf.portal.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pairs of a run of the segmenter's single characters that are words of what documents are about, as written
 * (闭 门 器 → 闭门: 常闭式防火门…闭门器损坏): a word the segmenter does not know, which makes matches like the query's other
 * words ({@link Ranking#runPairs}). Without this, every pair between two single characters straddles a word's edge:
 * it weighs little and never makes a document match, so 防火门关不上 闭门器坏了 had one matching pair (防火) and lost the
 * item that says both. Taken from the left without overlap ({@link Coverage#knownPairs}, as the gate reads such runs);
 * leaving out stop characters, characters of degree or time ({@link Words#FILLER_CHARS}) and the characters of a
 * condition question's own words ({@link ConditionQuestion#WORDS}: 两年, 及时 say how it asks, not what; they end a run).
 */
final class RunPairs {
    private RunPairs() {}

    static Set<String> of(String q, List<Words.Word> words, Set<String> stopChars, Predicate<String> said) {
        Set<String> out = new LinkedHashSet<>();
        boolean[] condition = Words.mark(q, ConditionQuestion.WORDS, new boolean[q.length()]);
        int runStart = -1;
        int runEnd = -1;
        for (Words.Word w : words) {
            boolean single = w.text().length() == 1 && ChineseText.isHan(w.text().charAt(0))
                    && !stopChars.contains(w.text()) && !Words.FILLER_CHARS.contains(w.text()) && !condition[w.start()];
            if (single && runEnd == w.start()) {
                runEnd = w.end();
                continue;
            }
            add(q, runStart, runEnd, said, out);
            runStart = single ? w.start() : -1;
            runEnd = single ? w.end() : -1;
        }
        add(q, runStart, runEnd, said, out);
        return out;
    }

    private static void add(String q, int start, int end, Predicate<String> said, Set<String> out) {
        if (start < 0) return;
        for (int[] p : Coverage.knownPairs(q, start, end, said)) out.add(q.substring(p[0], p[1]));
    }
}
