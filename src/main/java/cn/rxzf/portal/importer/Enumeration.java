package cn.rxzf.portal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell that enumerates things — (一)(二), 一、二、, (1)(2), 1. 2., 1、2、, ①②, or one per line — into its
 * parts, and leaves a running clause whole. Inline markers count only as a run 1, 2, 3 … of one style in order, so
 * “第1.2条” or a lone “（一）” inside a sentence does not split. An introduction before the first marker that ends
 * with a colon (“同时符合下列条件：”) is dropped; one that does not is kept as the first part.
 */
final class Enumeration {
    private static final String CHINESE = "一二三四五六七八九十";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final Pattern TRAILING = Pattern.compile("[；;，,、。\\s]+$");
    private static final int MAX_PARTS = 20;
    /** MARKERS[style][k - 1]: the marker of the k-th part in each style (null where a style has no k-th marker). */
    private static final Pattern[][] MARKERS = markers(List.of(
            k -> k <= CIRCLED.length() ? Pattern.quote(String.valueOf(CIRCLED.charAt(k - 1))) : null,
            k -> "[(（]" + chinese(k) + "[)）]",
            k -> "(?<![\\p{IsHan}0-9])" + chinese(k) + "、",
            k -> "[(（]" + k + "[)）]",
            k -> "(?<![0-9第.．])" + k + "(?:[.．、](?![0-9])|[)）])"));

    private Enumeration() {}

    /** “具有下列情形之一：” — an introduction that makes the parts alternatives, not conditions all required. */
    private static final Pattern ALTERNATIVES = Pattern.compile("^[^\n：:]*(之一|任一|任何一|其中一)[^\n：:]*([：:]|\n)");

    /** The parts of an enumerated text; a text that enumerates nothing is one part. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        List<String> lines = new ArrayList<>(List.of(text.strip().split("\n")));
        // “同时符合下列条件：” on a line of its own introduces the lines below: dropped, as it is before inline parts
        if (lines.size() > 1 && lines.get(0).strip().matches(".*[：:]") && inline(lines.get(0)).size() == 1) lines.remove(0);
        for (String line : lines) {
            for (String part : inline(line)) {
                String p = TRAILING.matcher(part.strip()).replaceAll("");
                if (!p.isEmpty()) out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether the text enumerates alternatives (“具有下列情形之一：1.…；2.…”): any one of its parts suffices, so splitting
     * it into conditions that must all be met would make the published item stricter than the department's.
     */
    static boolean alternatives(String text) {
        return text != null && ALTERNATIVES.matcher(text.strip()).find() && split(text).size() > 1;
    }

    /** Parts of a list of things named with separators (配套措施, 关键词): lines, enumerations, then {@code separators}. */
    static List<String> split(String text, String separators) {
        List<String> out = new ArrayList<>();
        for (String part : split(text)) {
            for (String p : part.split("[" + separators + "]")) {
                String t = p.strip();
                if (!t.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    private static List<String> inline(String line) {
        for (Pattern[] style : MARKERS) {
            List<int[]> marks = new ArrayList<>(); // start, end of each marker
            int from = 0;
            for (int k = 1; k <= MAX_PARTS; k++) {
                Pattern p = style[k - 1];
                if (p == null) break;
                Matcher m = p.matcher(line);
                if (!m.find(from)) break;
                marks.add(new int[] {m.start(), m.end()});
                from = m.end();
            }
            if (marks.size() < 2) continue;
            List<String> parts = new ArrayList<>();
            String intro = line.substring(0, marks.get(0)[0]).strip();
            if (!intro.isEmpty() && !intro.endsWith("：") && !intro.endsWith(":")) parts.add(intro);
            for (int i = 0; i < marks.size(); i++) {
                int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : line.length();
                parts.add(line.substring(marks.get(i)[1], end));
            }
            return parts;
        }
        return List.of(stripLeadingMarker(line));
    }

    /** A line that starts with a marker of its own (“1. 首次违法”) without the marker. */
    private static String stripLeadingMarker(String line) {
        String s = line.strip();
        for (Pattern[] style : MARKERS) {
            for (int k = 1; k <= MAX_PARTS; k++) {
                Pattern p = style[k - 1];
                if (p == null) break;
                Matcher m = p.matcher(s);
                if (m.lookingAt()) return s.substring(m.end()).strip();
            }
        }
        return s;
    }

    private static Pattern[][] markers(List<IntFunction<String>> styles) {
        Pattern[][] out = new Pattern[styles.size()][MAX_PARTS];
        for (int s = 0; s < styles.size(); s++) {
            for (int k = 1; k <= MAX_PARTS; k++) {
                String regex = styles.get(s).apply(k);
                out[s][k - 1] = regex == null ? null : Pattern.compile(regex);
            }
        }
        return out;
    }

    private static String chinese(int k) {
        if (k <= 10) return String.valueOf(CHINESE.charAt(k - 1));
        return k == 20 ? "二十" : "十" + CHINESE.charAt(k % 10 - 1);
    }
}
