package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legal citations as keywords {@code 法名:条号}: {@code 《中华人民共和国广告法》第九条}, {@code 《广告法》第9条} and
 * {@code 广告法第九条} all become {@code 广告法:9}. Content cites laws in 《》; people searching often leave them out,
 * so a query's bare name is recognised against the law names the index knows.
 */
public final class Citations {
    private static final String NUM = "[0-9零〇一二三四五六七八九十百千两]+";
    private static final Pattern BOOK = Pattern.compile("《([^《》]{2,60})》");
    private static final Pattern ARTICLE = Pattern.compile("第\\s*(" + NUM + ")\\s*条");
    private static final Pattern QUERY_ARTICLE = Pattern.compile("第?\\s*(" + NUM + ")\\s*条");
    /** What may stand between a law's name and an article it governs: other article numbers, 款, 项, separators. */
    private static final Pattern GAP = Pattern.compile(
            "[\\s、,，和及或与至第款项()（）" + "0-9零〇一二三四五六七八九十百千两条之]*");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\([^()]*\\)$");
    private static final String PRC = "中华人民共和国";

    private Citations() {}

    /** A law's name as the index keys it: no 《》, no 中华人民共和国, no trailing parenthesis such as （试行）. */
    public static String lawName(String name) {
        String n = ChineseText.fold(name).trim();
        if (n.startsWith("《") && n.endsWith("》")) n = n.substring(1, n.length() - 1);
        if (n.startsWith(PRC)) n = n.substring(PRC.length());
        if (n.endsWith(")")) n = TRAILING_PARENTHESIS.matcher(n).replaceAll("");
        return n.trim();
    }

    /** Every law named in 《》 in the text, normalised. */
    public static Set<String> laws(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = BOOK.matcher(ChineseText.fold(text));
        while (m.find()) {
            String n = lawName(m.group(1));
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** The citations of content text: each article is attributed to the 《law》 written just before it. */
    public static Set<String> inText(String text) {
        String t = ChineseText.fold(text);
        List<int[]> books = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher b = BOOK.matcher(t);
        while (b.find()) {
            books.add(new int[] {b.start(), b.end()});
            names.add(lawName(b.group(1)));
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher a = ARTICLE.matcher(t);
        while (a.find()) {
            int n = ChineseText.number(a.group(1));
            if (n <= 0) continue;
            for (int i = books.size() - 1; i >= 0; i--) {
                int end = books.get(i)[1];
                if (end > a.start()) continue;
                if (GAP.matcher(t.substring(end, a.start())).matches()) out.add(names.get(i) + ":" + n);
                break;
            }
        }
        return out;
    }

    /**
     * The citations in a query. A law is named in 《》 or bare; a bare name is the longest law of {@code knownLaws}
     * that ends just before the article ({@code 违反广告法第九条} → 广告法). {@code 第} may be left out before digits.
     */
    public static Set<String> inQuery(String query, Set<String> knownLaws) {
        String t = ChineseText.fold(query);
        Set<String> out = new LinkedHashSet<>();
        Matcher a = QUERY_ARTICLE.matcher(t);
        String law = null;
        int lawEnd = -1;
        int from = 0;
        while (a.find()) {
            int n = ChineseText.number(a.group(1));
            String before = t.substring(from, a.start());
            String named = lawBefore(before, knownLaws);
            if (named != null) {
                law = named;
            } else if (law == null || !GAP.matcher(t.substring(lawEnd, a.start())).matches()) {
                law = null;
            }
            if (law != null && n > 0) out.add(law + ":" + n);
            lawEnd = a.end();
            from = a.end();
        }
        return out;
    }

    private static String lawBefore(String before, Set<String> knownLaws) {
        String s = before.stripTrailing();
        int close = s.lastIndexOf('》');
        if (close >= 0 && s.substring(close + 1).isBlank()) {
            int open = s.lastIndexOf('《', close);
            if (open >= 0) return lawName(s.substring(open + 1, close));
        }
        int start = s.length();
        while (start > 0 && ChineseText.isHan(s.charAt(start - 1))) start--;
        String run = s.substring(start);
        for (int i = 0; i < run.length() - 1; i++) {
            String candidate = run.substring(i);
            if (knownLaws.contains(candidate)) return candidate;
        }
        return null;
    }
}
