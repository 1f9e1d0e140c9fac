package cn.rxzf.portal.search;

import java.util.Collection;

/**
 * Highlighted excerpts: the window of a text where the query's terms cover the most characters, HTML-escaped, with
 * matches in {@code <mark>}. Matching is on width-folded text, so 9 marks ９; overlapping bigrams merge into one mark.
 */
final class Snippets {
    private Snippets() {}

    /** The whole text, escaped, with every match marked. */
    static String mark(String text, Collection<String> terms) {
        return render(text, covered(text, terms), 0, text.length());
    }

    /** At most {@code width} characters around the best-covered window, with … where text was cut. */
    static String excerpt(String text, Collection<String> terms, int width) {
        boolean[] hit = covered(text, terms);
        if (text.length() <= width) return render(text, hit, 0, text.length());
        int best = 0;
        int bestCount = -1;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (hit[i]) count++;
            if (i >= width && hit[i - width]) count--;
            int start = i - width + 1;
            if (start >= 0 && count > bestCount) {
                bestCount = count;
                best = start;
            }
        }
        // Start a little before the first match of the window, at a sentence or clause boundary when close by.
        int first = best;
        while (first < best + width && !hit[first]) first++;
        if (first == best + width) first = 0;
        int start = Math.max(0, first - width / 5);
        for (int i = first - 1; i >= Math.max(0, first - width / 3); i--) {
            if ("。；;，,：:".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int end = Math.min(text.length(), start + width);
        String body = render(text, hit, start, end);
        return (start > 0 ? "…" : "") + body + (end < text.length() ? "…" : "");
    }

    private static boolean[] covered(String text, Collection<String> terms) {
        String folded = ChineseText.fold(text);
        boolean[] hit = new boolean[text.length()];
        for (String term : terms) {
            if (term.isEmpty()) continue;
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                for (int k = at; k < at + term.length(); k++) hit[k] = true;
            }
        }
        return hit;
    }

    private static String render(String text, boolean[] hit, int from, int to) {
        StringBuilder out = new StringBuilder((to - from) * 2);
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && hit[j] == hit[i]) j++;
            if (hit[i]) out.append("<mark>");
            Html.escape(text, i, j, out);
            if (hit[i]) out.append("</mark>");
            i = j;
        }
        return out.toString();
    }
}
