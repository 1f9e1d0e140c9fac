package cn.rxzf.portal.search;

import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query's words typed in pinyin without tones (yingye zhizhao mei gongshi), read as the characters they sound like
 * where that is unambiguous: the word splits into two syllables in one way only ({@link Sounds#pairsTyped}), and of
 * the index's pairs with that sound one is in at least {@link #DOMINANT} times as many documents as any other
 * (gongshi: 公示 far more than 工时; xiaofang: 消防, not the typo 效防). Words that are not such a pair (mei, asdfgh,
 * ktv) stay as they are typed. Two words read so with only spaces between them become one word (营业执照), as a
 * person typing pinyin spaces its words.
 */
final class TypedPinyin {
    private static final Pattern LATIN = Pattern.compile("[a-z]+");
    /** Two syllables are at least this many letters (fa + kuan); shorter words are abbreviations or syllables. */
    private static final int SHORTEST = 4;
    /** How many times as many documents the pair read must be in as any other pair of the same sound. */
    static final int DOMINANT = 3;

    private TypedPinyin() {}

    /**
     * {@code q} (folded: lower case) with its pinyin words read as characters, {@code df} telling in how many
     * documents a pair is; {@code q} itself when no word is read.
     */
    static String read(String q, Sounds sounds, ToIntFunction<String> df) {
        Matcher m = LATIN.matcher(q);
        StringBuilder out = null;
        int last = 0;
        boolean previousRead = false;
        while (m.find()) {
            String word = m.group();
            String pair = word.length() < SHORTEST ? null : dominant(sounds.pairsTyped(word), df);
            if (pair == null) {
                previousRead = false;
                continue;
            }
            if (out == null) out = new StringBuilder(q.length());
            String between = q.substring(last, m.start());
            out.append(previousRead && between.isBlank() ? "" : between).append(pair);
            last = m.end();
            previousRead = true;
        }
        if (out == null) return q;
        return out.append(q, last, q.length()).toString();
    }

    private static String dominant(List<String> pairs, ToIntFunction<String> df) {
        String best = null;
        int first = 0;
        int second = 0;
        for (String p : pairs) {
            int n = df.applyAsInt(p);
            if (n > first) {
                second = first;
                first = n;
                best = p;
            } else {
                second = Math.max(second, n);
            }
        }
        return first > 0 && first >= DOMINANT * second ? best : null;
    }
}
