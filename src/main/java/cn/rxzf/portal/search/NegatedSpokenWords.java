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
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int at = m.start(), after = m.end();
            String joined = null;
            int from = 0, to = 0;
            for (String w : words) {
                for (int k = 2; k <= w.length() - 2 && joined == null; k++) {
                    String head = w.substring(0, k), tail = w.substring(k);
                    if (at >= k && after + tail.length() <= q.length() && q.startsWith(head, at - k)
                            && q.startsWith(tail, after) && at - k >= copied) {
                        joined = w;
                        from = at - k;
                        to = after + tail.length();
                    }
                }
                if (joined != null) break;
            }
            if (joined == null) continue;
            if (out == null) out = new StringBuilder(q.length() + 2);
            out.append(q, copied, from).append("没有").append(joined);
            copied = to;
            m.region(to, q.length());
        }
        if (out == null) return q;
        return out.append(q, copied, q.length()).toString();
    }
}
