package cn.rxzf.portal.search;

import cn.rxzf.portal.content.citations.Citation;
import cn.rxzf.portal.content.citations.CitationParser;
import cn.rxzf.portal.content.citations.LawTable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Legal citations as keywords {@code 法名:条号}: {@code 《中华人民共和国广告法》第九条}, {@code 《广告法》第9条} and
 * {@code 广告法第九条} all become {@code 广告法:9}. The reading is the content room's one citation parser
 * ({@link CitationParser}); this class only turns what it finds into the index's keywords. Content cites laws in
 * 《》; people searching often leave them out, so a query's bare name is recognised against the law names the
 * index knows.
 */
public final class Citations {
    private static final CitationParser TEXT = new CitationParser(LawTable.EMPTY);

    private Citations() {}

    /** A law's name as the index keys it: no 《》, no 中华人民共和国, no trailing parenthesis such as （试行）. */
    public static String lawName(String name) {
        return LawTable.key(name);
    }

    /** Every law named in 《》 in the text, normalised. */
    public static Set<String> laws(String text) {
        return CitationParser.names(text);
    }

    /** The citations of content text: each article is attributed to the 《law》 written just before it. */
    public static Set<String> inText(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Citation c : TEXT.parse(text).citations()) out.add(c.lawName() + ":" + c.article());
        return out;
    }

    /**
     * The citations in a query. A law is named in 《》 or bare; a bare name is the longest law of {@code knownLaws}
     * that ends just before the article ({@code 违反广告法第九条} → 广告法). {@code 第} may be left out before digits.
     */
    public static Set<String> inQuery(String query, Set<String> knownLaws) {
        Set<String> out = new LinkedHashSet<>();
        for (CitationParser.QueryCitation c : CitationParser.inQuery(query, n -> knownLaws.contains(n) ? n : null)) {
            out.add(c.lawName() + ":" + c.article());
        }
        return out;
    }
}
