package cn.rxzf.portal.content.citations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of legal citations, for the generator's provision keys and for search. A citation is a law named
 * in 《》 followed by one or more provisions: {@code 第X条}, {@code 第X条之一}, {@code 第X条第X款第X项} (numbers in
 * Arabic, Chinese or 大写 numerals; 项 also as {@code 第（三）项}), joined by 、，和及或与 and ranges with 至
 * ({@code 第十二条至第十四条}); a 款 or 项 after a separator belongs to the article before it
 * ({@code 第二十一条第二款第二项、第三项}). Text after the provisions (the quoted article, a note in parentheses) is
 * not read, except that a further article at the start of a sentence counts for the same law
 * ({@code 《某条例》第十九条 …。 第四十九条 …}). A note in parentheses right after the name (its 文号, its version) is
 * skipped.
 */
public final class CitationParser {
    private static final String NUM = "[" + Numerals.CHARS + "]+";
    private static final Pattern BOOK = Pattern.compile("《([^《》]{2,80})》");
    private static final Pattern LEAD = Pattern.compile("(?:\\s|[(][^()]{0,80}[)]|规定|的规定)*");
    private static final Pattern ARTICLE = Pattern.compile("第\\s*(" + NUM + ")\\s*条(?:之(" + NUM + "))?");
    private static final Pattern PARAGRAPH = Pattern.compile("\\s*第\\s*(" + NUM + ")\\s*款");
    private static final Pattern ITEM = Pattern.compile("\\s*第?\\s*(?:[(](" + NUM + ")[)]|(" + NUM + "))\\s*项");
    /** An editor's mark for a number the source lost, e.g. 第[项号被篡改]项: read as “项 not given”. */
    private static final Pattern MARKED_ITEM = Pattern.compile("\\s*第\\s*\\[[^\\[\\]]{1,20}\\]\\s*项");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:([、,，和及或与])|(至))\\s*");
    /** A further article of the same law: at the start of a sentence or after a space. */
    private static final Pattern LATER_ARTICLE = Pattern.compile("第\\s*" + NUM + "\\s*条");
    private static final Pattern FORMER = Pattern.compile("[(]旧[)]\\s*$");
    private static final int MAX_RANGE = 30;

    /** What one text yields: its provisions, the laws it names without a provision, and what could not be read. */
    public record Result(List<Citation> citations, int parsed, int lawOnly, int marked, List<String> failures) {
        public int total() {
            return parsed + failures.size();
        }
    }

    private final LawTable table;

    public CitationParser(LawTable table) {
        this.table = table;
    }

    /** Every citation of a 违反条款 or 处罚依据 text. */
    public Result parse(String text) {
        String t = LawTable.fold(text);
        List<int[]> books = new ArrayList<>();
        Matcher b = BOOK.matcher(t);
        while (b.find()) books.add(new int[] {b.start(), b.end(), b.start(1), b.end(1)});
        List<Citation> citations = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        int lawOnly = 0;
        int marked = 0;
        for (int i = 0; i < books.size(); i++) {
            int[] bk = books.get(i);
            String written = t.substring(bk[2], bk[3]);
            String name = LawTable.key(written);
            LawEntry law = table.resolve(name);
            boolean former = FORMER.matcher(t.substring(Math.max(0, bk[0] - 6), bk[0])).find();
            int regionEnd = i + 1 < books.size() ? books.get(i + 1)[0] : t.length();
            String region = t.substring(bk[1], regionEnd);
            List<Citation> found = new ArrayList<>();
            Matcher lead = LEAD.matcher(region);
            int at = lead.lookingAt() ? lead.end() : 0;
            String failure = null;
            if (region.startsWith("第", at)) {
                Chain c = chain(region, at, name, law, former, found);
                if (c.marked) marked++;
                if (c.broken) failure = "《" + written + "》" + excerpt(region, at);
                for (int next = laterArticle(region, c.end); failure == null && next >= 0; ) {
                    Chain more = chain(region, next, name, law, former, found);
                    if (more.broken) failure = "《" + written + "》" + excerpt(region, next);
                    next = laterArticle(region, Math.max(more.end, next + 1));
                }
            }
            if (failure == null && !found.isEmpty() && law == null) {
                failure = "《" + written + "》不在法律法规名录中";
            }
            if (failure != null) {
                failures.add(failure);
            } else if (found.isEmpty()) {
                lawOnly++;
            } else {
                parsed++;
            }
            citations.addAll(found);
        }
        return new Result(List.copyOf(citations), parsed, lawOnly, marked, List.copyOf(failures));
    }

    /**
     * Where a further article of the same law starts, from {@code from} on: a 第 at the start of a sentence or after
     * a space, followed by a number and 条; -1 when there is none. A scan, not a regex: quoted articles are long.
     */
    private static int laterArticle(String region, int from) {
        for (int i = region.indexOf('第', Math.max(from, 1)); i >= 0; i = region.indexOf('第', i + 1)) {
            char before = region.charAt(i - 1);
            if ((Character.isWhitespace(before) || before == ';' || before == '；' || before == '。')
                    && LATER_ARTICLE.matcher(region).region(i, region.length()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private record Chain(int end, boolean broken, boolean marked) {
        Chain(int end, boolean broken) {
            this(end, broken, false);
        }
    }

    /** Reads provisions from {@code at}, adding them to {@code out}; broken when a 第 follows that is not read. */
    private static Chain chain(String s, int at, String name, LawEntry law, boolean former, List<Citation> out) {
        int pos = at;
        int article = -1;
        int suffix = 0;
        int paragraph = 0;
        boolean range = false;
        boolean marked = false;
        // One matcher per pattern for the whole chain, moved along with region(): creating them is the cost.
        Matcher a = ARTICLE.matcher(s);
        Matcher p = PARAGRAPH.matcher(s);
        Matcher it = ITEM.matcher(s);
        Matcher i2 = ITEM.matcher(s);
        Matcher gap = MARKED_ITEM.matcher(s);
        Matcher sep = SEPARATOR.matcher(s);
        while (true) {
            a.region(pos, s.length());
            p.region(pos, s.length());
            it.region(pos, s.length());
            if (a.lookingAt()) {
                int n = Numerals.number(a.group(1));
                int sfx = a.group(2) == null ? 0 : Numerals.number(a.group(2));
                if (n <= 0 || sfx < 0) return new Chain(pos, true);
                if (range && article > 0 && n > article && n - article <= MAX_RANGE) {
                    for (int k = article + 1; k < n; k++) out.add(new Citation(name, law, k, 0, 0, 0, former));
                }
                article = n;
                suffix = sfx;
                paragraph = 0;
                pos = a.end();
                p.region(pos, s.length());
                if (p.lookingAt()) {
                    paragraph = Numerals.number(p.group(1));
                    pos = p.end();
                }
                i2.region(pos, s.length());
                gap.region(pos, s.length());
                if (i2.lookingAt() && s.startsWith("第", skipSpaces(s, pos))) {
                    int item = itemNumber(i2);
                    if (item <= 0 || paragraph < 0) return new Chain(pos, true);
                    out.add(new Citation(name, law, article, suffix, paragraph, item, former));
                    pos = i2.end();
                } else if (gap.lookingAt() && paragraph >= 0) {
                    out.add(new Citation(name, law, article, suffix, paragraph, 0, former));
                    marked = true;
                    pos = gap.end();
                } else {
                    if (paragraph < 0) return new Chain(pos, true);
                    out.add(new Citation(name, law, article, suffix, paragraph, 0, former));
                }
            } else if (article > 0 && p.lookingAt()) {
                paragraph = Numerals.number(p.group(1));
                if (paragraph <= 0) return new Chain(pos, true);
                pos = p.end();
                i2.region(pos, s.length());
                if (i2.lookingAt() && s.startsWith("第", skipSpaces(s, pos))) {
                    int item = itemNumber(i2);
                    if (item <= 0) return new Chain(pos, true);
                    out.add(new Citation(name, law, article, suffix, paragraph, item, former));
                    pos = i2.end();
                } else {
                    out.add(new Citation(name, law, article, suffix, paragraph, 0, former));
                }
            } else if (article > 0 && it.lookingAt()) {
                int item = itemNumber(it);
                if (item <= 0) return new Chain(pos, true);
                out.add(new Citation(name, law, article, suffix, paragraph, item, former));
                pos = it.end();
            } else {
                break;
            }
            sep.region(pos, s.length());
            if (!sep.lookingAt()) {
                return new Chain(pos, s.startsWith("第", pos), marked);
            }
            int next = sep.end();
            if (!startsProvision(s, next, it)) return new Chain(pos, false, marked);
            range = sep.group(2) != null;
            pos = next;
        }
        return new Chain(pos, s.startsWith("第", pos) || pos == at, marked);
    }

    private static boolean startsProvision(String s, int pos, Matcher item) {
        return s.startsWith("第", pos) || s.startsWith("(", pos) || item.region(pos, s.length()).lookingAt();
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        return pos;
    }

    private static int itemNumber(Matcher m) {
        return Numerals.number(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static String excerpt(String region, int at) {
        String s = region.substring(at, Math.min(region.length(), at + 16)).replaceAll("\\s+", " ");
        return s;
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    private static final Pattern QUERY_ARTICLE = Pattern.compile("第?\\s*(" + NUM + ")\\s*条");
    /** What may stand between a law's name and an article it governs: other article numbers, 款, 项, separators. */
    private static final Pattern GAP = Pattern.compile("[\\s、,，和及或与至第款项()" + Numerals.CHARS + "条之]*");

    /** One citation of a query: the law's name as {@code names} knows it, and the article. */
    public record QueryCitation(String lawName, int article) {}

    /**
     * The citations of a search query. A law is named in 《》 or bare; a bare name is the longest name that
     * {@code names} resolves ending just before the article ({@code 违反广告法第九条} → 广告法); {@code 第} may be left
     * out before digits; an article after another ({@code 第十五条、第十六条}) belongs to the same law.
     *
     * @param names a name in {@link LawTable#key} form → the name to report, or null when it is no law
     */
    public static List<QueryCitation> inQuery(String query, Function<String, String> names) {
        String t = LawTable.fold(query);
        Set<QueryCitation> out = new LinkedHashSet<>();
        Matcher a = QUERY_ARTICLE.matcher(t);
        String law = null;
        int lawEnd = -1;
        int from = 0;
        while (a.find()) {
            int n = Numerals.number(a.group(1));
            String named = lawBefore(t.substring(from, a.start()), names);
            if (named != null) {
                law = named;
            } else if (law == null || !GAP.matcher(t.substring(lawEnd, a.start())).matches()) {
                law = null;
            }
            if (law != null && n > 0) out.add(new QueryCitation(law, n));
            lawEnd = a.end();
            from = a.end();
        }
        return List.copyOf(out);
    }

    private static String lawBefore(String before, Function<String, String> names) {
        String s = before.stripTrailing();
        int close = s.lastIndexOf('》');
        if (close >= 0 && s.substring(close + 1).isBlank()) {
            int open = s.lastIndexOf('《', close);
            if (open >= 0) {
                String key = LawTable.key(s.substring(open + 1, close));
                String known = names.apply(key);
                return known != null ? known : key;
            }
        }
        int start = s.length();
        while (start > 0 && Character.UnicodeScript.of(s.charAt(start - 1)) == Character.UnicodeScript.HAN) start--;
        String run = s.substring(start);
        for (int i = 0; i < run.length() - 1; i++) {
            String known = names.apply(LawTable.withoutCountry(run.substring(i)));
            if (known != null) return known;
        }
        return null;
    }

    /** Every law named in 《》 in the text, in {@link LawTable#key} form. */
    public static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = BOOK.matcher(LawTable.fold(text));
        while (m.find()) {
            String n = LawTable.key(m.group(1));
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** A table's names as {@link #inQuery} wants them: each name to its entry's id. */
    public Function<String, String> lawIds() {
        return key -> {
            LawEntry e = table.byKey(key);
            return e == null ? null : e.id();
        };
    }
}
