package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The reviewed dictionary's spoken words (说法: 跨门经营, 占道 …) found in a query misspelt by their sound (夸门经营): a run
 * of the query's Han characters that sounds exactly like a spoken word, keeps at least half of its characters as
 * written ({@link #aTypo}), starts where the segmenter starts a word, and of which some pair of characters is in no
 * document, is read as that word. A homophone typed for a word of the dictionary is the commonest misspelling, and the
 * sound look-up of pairs ({@link Sounds}) only knows the pairs of what documents say, not the people's words the
 * dictionary holds. A sound two spoken words share is not read; a run whose pairs all are in documents is a word
 * of its own and stays as typed. Per query: one map look-up per pair of the query, and a few candidates' sounds.
 */
final class SpokenBySound {
    /** The sound of a spoken word's first two characters (kua_men) → the words starting so, longest first. */
    private final Map<String, List<String>> byFirstPair;
    /** The full sounds two spoken words share: not read. */
    private final Set<String> ambiguous;

    private SpokenBySound(Map<String, List<String>> byFirstPair, Set<String> ambiguous) {
        this.byFirstPair = byFirstPair;
        this.ambiguous = ambiguous;
    }

    static SpokenBySound of(Collection<String> spoken) {
        Map<String, String> bySound = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String w : spoken) {
            String sound = w.length() < 2 ? null : sound(w, 0, w.length());
            if (sound == null) continue;
            String before = bySound.putIfAbsent(sound, w);
            if (before != null && !before.equals(w)) ambiguous.add(sound);
        }
        Map<String, List<String>> first = new HashMap<>();
        for (String w : new TreeSet<>(bySound.values())) {
            first.computeIfAbsent(Pinyin.pair(w.charAt(0), w.charAt(1)), k -> new ArrayList<>()).add(w);
        }
        Map<String, List<String>> out = new HashMap<>();
        first.forEach((k, v) -> {
            v.sort(Comparator.comparingInt(String::length).reversed());
            out.put(k, List.copyOf(v));
        });
        return new SpokenBySound(Map.copyOf(out), Set.copyOf(ambiguous));
    }

    /**
     * {@code q} with its misspelt spoken words written as the dictionary writes them, {@code df} telling in how many
     * documents a pair of characters is; {@code q} itself when none is found.
     */
    String read(String q, ToIntFunction<String> df) {
        StringBuilder out = null;
        boolean[] starts = null;
        int last = 0;
        int i = 0;
        while (i + 1 < q.length()) {
            int found = 0;
            String pair = Pinyin.pair(q.charAt(i), q.charAt(i + 1));
            List<String> words = pair == null ? null : byFirstPair.get(pair);
            if (words != null) {
                for (String word : words) {
                    int n = word.length();
                    if (i + n > q.length() || q.startsWith(word, i)) continue;
                    String sound = sound(q, i, i + n);
                    if (sound == null || ambiguous.contains(sound) || !sound.equals(sound(word, 0, n))
                            || !aTypo(q, i, word) || !hasAPairNoDocumentHas(q, i, i + n, df)) continue;
                    // Only where the segmenter starts a word: 门店商品 has no 店商 (电商), only 门店 and 商品.
                    if (starts == null) starts = wordStarts(q);
                    if (!starts[i]) continue;
                    if (out == null) out = new StringBuilder(q.length());
                    out.append(q, last, i).append(word);
                    last = i + n;
                    found = n;
                    break;
                }
            }
            i += found == 0 ? 1 : found;
        }
        if (out == null) return q;
        return out.append(q, last, q.length()).toString();
    }

    /**
     * Whether the run at {@code from} keeps at least half of {@code word}'s characters as written: a misspelling
     * puts a homophone for a character (夸门 for 跨门, 占到 for 占道), not another word of the same sound (四级 is not
     * 司机).
     */
    private static boolean aTypo(String q, int from, String word) {
        int same = 0;
        for (int k = 0; k < word.length(); k++) if (q.charAt(from + k) == word.charAt(k)) same++;
        return same * 2 >= word.length();
    }

    /** Where the segmenter's words of {@code q} start (segmented only when a candidate was found). */
    private static boolean[] wordStarts(String q) {
        boolean[] out = new boolean[q.length() + 1];
        for (Words.Word w : Words.of(q)) out[w.start()] = true;
        return out;
    }

    private static boolean hasAPairNoDocumentHas(String q, int from, int to, ToIntFunction<String> df) {
        for (int i = from; i + 1 < to; i++) {
            if (df.applyAsInt(q.substring(i, i + 2)) == 0) return true;
        }
        return false;
    }

    /** The toneless syllables of {@code s[from, to)} joined by _, or null unless each is a Han character with one. */
    private static String sound(String s, int from, int to) {
        StringBuilder out = new StringBuilder((to - from) * 5);
        for (int i = from; i < to; i++) {
            String r = Pinyin.of(s.charAt(i));
            if (r.isEmpty()) return null;
            if (i > from) out.append('_');
            out.append(r);
        }
        return out.toString();
    }
}
