package cn.rxzf.portal.search;

import cn.rxzf.portal.search.SearchResult.DepartmentRef;
import cn.rxzf.portal.search.SearchResult.Hit;
import cn.rxzf.portal.search.SearchResult.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;

/**
 * What a page that found nothing offers instead: items whose act (违法行为) holds two of the query's pairs of characters
 * that are not words of the process ({@link ProcessWords}: 处理, 申请, 办理 …), or its one such pair, those sharing more
 * and rarer pairs first; and departments whose name or duties hold a pair of the query; none rather than all of them
 * (the page then links the list of departments). Two characters apart are chance (火星移民 and 危险废物…移出…居民), a
 * word of the process is on every kind of list (交通违章怎么处理), and one everyday word in common is chance too
 * (外星人存在吗 and an item on 存在 … 屏蔽点位): an item suggested on a page that found nothing must not look like the
 * answer when it is not. The acts' pairs lead: a search through the few items that have them, not a ranking of every
 * item by the query's single characters.
 */
final class SuggestedItems {
    private static final int SIZE = 5;

    private SuggestedItems() {}

    static Suggestions of(IndexState s, Set<String> pairs, TermLookups lookups) throws IOException {
        Set<String> shared = new LinkedHashSet<>();
        for (String p : pairs) if (p.length() == 2 && !s.process().contains(p)) shared.add(p);
        List<Hit> items = List.of();
        if (!shared.isEmpty()) {
            List<Clause> clauses = shared.stream().map(p -> new Clause(new Term(SearchIndexer.ACT, p), 1f)).toList();
            Matches matches = new Matches(s.reader(), s.table(), new String[] {"item", null, null, null, null});
            matches.requireTwo(clauses.size() >= 2);
            matches.add(Clause.terms(clauses, 0), lookups);
            List<ScoreDoc> top = TopByType.search(s.searcher(), Clause.query(clauses, lookups), matches, s.table(),
                    s.ids(), SIZE, 1f);
            items = Hits.of(s, top, 0, SIZE, shared);
        }
        List<DepartmentRef> departments = new ArrayList<>();
        for (DepartmentRef d : s.departments()) {
            if (sharesAPair(d.name() + s.duties().getOrDefault(d.code(), ""), pairs)) departments.add(d);
        }
        return new Suggestions(items, departments);
    }

    /** Whether {@code text} holds one of the query's pairs of adjacent characters. */
    static boolean sharesAPair(String text, Set<String> pairs) {
        if (text == null) return false;
        for (String p : pairs) if (p.length() == 2 && text.contains(p)) return true;
        return false;
    }
}
