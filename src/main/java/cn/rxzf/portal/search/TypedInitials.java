package cn.rxzf.portal.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dictionary's spoken words written in the initials of their pinyin (yyzz: 营业执照, hb: 环保), as people type them
 * in chats and search boxes: a whole Latin word of the query that is such a spoken word is read as the first formal
 * word of its entry. Only the reviewed dictionary's few initialisms are read — initials in general are too
 * ambiguous (hb is also 湖北, 河北) to be guessed from the index — and only as a whole word (not hb in github).
 * Per query: one map look-up per Latin word.
 */
final class TypedInitials {
    private static final Pattern LATIN = Pattern.compile("[a-z]+");
    /** Whether a spoken word of the dictionary is an initialism (Latin letters only). */
    static final Pattern INITIALISM = Pattern.compile("[a-z]{2,}");

    private final Map<String, String> formal;

    TypedInitials(Map<String, String> formal) {
        this.formal = Map.copyOf(formal);
    }

    /** {@code q} (folded: lower case) with its initialisms read as the formal words; {@code q} itself when none. */
    String read(String q) {
        if (formal.isEmpty()) return q;
        Matcher m = LATIN.matcher(q);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = formal.get(m.group());
            if (word == null) continue;
            if (out == null) out = new StringBuilder(q.length() + 8);
            out.append(q, last, m.start()).append(word);
            last = m.end();
        }
        if (out == null) return q;
        return out.append(q, last, q.length()).toString();
    }
}
