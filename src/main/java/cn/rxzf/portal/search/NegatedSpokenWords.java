package cn.rxzf.portal.search;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spoken word of the reviewed dictionary split by a negation (用工没备案, 用工未备案: the dictionary's 用工备案), read
 * as the negation before the whole word (没有用工备案). Chinese puts the negation inside a verb–object or
 * noun–verb compound as readily as before it, and the dictionary holds each word once; without this, the split word
 * is two words no list may say (用工 is on none). Only words of four characters or more, split into parts of two or
 * more, so that no everyday pair of characters around a 不 is joined (好不好, 对不对).
 */
final class NegatedSpokenWords {
    private static final Pattern NEGATION = Pattern.compile("没有|没|未|不");

    private final List<String> words;

    private NegatedSpokenWords(List<String> words) {
        this.words = words;
    }

    static NegatedSpokenWords of(Collection<String> spoken) {
        return new NegatedSpokenWords(spoken.stream().filter(w -> w.length() >= 4).distinct().toList());
    }

    /** {@code q} with each spoken word split by a negation written whole after 没有; {@code q} itself when there is none. */
    String read(String q) {
        Matcher m = NEGATION.matcher(q);
        StringBuilder out = new StringBuilder(q.length() + 2);
        int copied = 0;
        while (m.find()) {
            Split split = split(q, m.start(), m.end(), copied);
            if (split == null) continue;
            out.append(q, copied, split.from()).append("没有").append(split.word());
            copied = split.to();
            m.region(copied, q.length());
        }
        return copied == 0 ? q : out.append(q, copied, q.length()).toString();
    }

    /** A spoken word and where the query says it split: [{@code from}, {@code to}). */
    private record Split(String word, int from, int to) {}

    /** The spoken word {@code q} says split by the negation at [{@code at}, {@code after}), from {@code from} on; or null. */
    private Split split(String q, int at, int after, int from) {
        for (String w : words) {
            for (int k = 2; k <= w.length() - 2; k++) {
                int start = at - k;
                if (start >= from && q.regionMatches(start, w, 0, k) && q.regionMatches(after, w, k, w.length() - k)) {
                    return new Split(w, start, after + w.length() - k);
                }
            }
        }
        return null;
    }
}
