package cn.rxzf.portal.search;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.citations.CitationParser;
import cn.rxzf.portal.content.citations.Provisions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A citation query ({@code 危化品条例第七十八条}, {@code 《安全生产法》97条}) lands on the provision's comparison page as
 * well as on the items: the query is read by the content room's citation parser against the law table (full, short
 * and former names), and each article some list cites is offered above the results.
 */
final class ProvisionMatches {
    /** At most this many provisions are offered for one query. */
    static final int MAX = 5;

    /** One provision the query names: its title, page and one-line overview. */
    record Match(String title, String url, String overview) {}

    private ProvisionMatches() {}

    static List<Match> of(String query, Content content) {
        if (query == null || query.isBlank() || content == null) return List.of();
        Provisions provisions = content.provisions;
        CitationParser parser = new CitationParser(provisions.table());
        Set<String> keys = new LinkedHashSet<>();
        for (CitationParser.QueryCitation c : CitationParser.inQuery(query, parser.lawIds())) {
            keys.add(c.lawName() + "/" + c.article());
        }
        List<Match> out = new ArrayList<>();
        for (String key : keys) {
            Provisions.Provision p = provisions.get(key);
            if (p != null && out.size() < MAX) out.add(new Match(p.title(), p.url(), p.overview()));
        }
        return out;
    }
}
