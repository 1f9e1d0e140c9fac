package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.search.SearchResult.FacetValue;
import cn.rxzf.portal.search.SearchResult.Hit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals, facet counts and paging over the sample content, for every query of the relevance set: the counts are
 * exact (they agree with the hits themselves, page after page), filters and facets agree with each other, and pages
 * continue one ranking without gaps or repeats.
 */
class SearchCountsTest {
    @TempDir
    static Path dir;
    static SearchService search;
    static List<String> queries;

    @BeforeAll
    static void index() throws Exception {
        ContentLoader.Result loaded = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        assertTrue(loaded.ok(), loaded.problems().sorted().toString());
        SearchIndexer.write(loaded.content(), dir.resolve("index"));
        search = SearchService.over(dir.resolve("index"));
        queries = Relevance.read(Relevance.DEFAULT_SET).stream().map(Relevance.Case::query).toList();
    }

    @AfterAll
    static void close() {
        search.close();
    }

    /** Every hit of a search, all pages. */
    private static List<Hit> all(SearchRequest r, SearchResult first) {
        List<Hit> out = new ArrayList<>(first.hits());
        for (int p = 2; p <= first.pages(); p++) out.addAll(search.search(r.withPage(p)).hits());
        return out;
    }

    private static final Map<String, Function<Hit, String>> FIELDS = Map.of("type", Hit::type, "department",
            Hit::department, "listType", Hit::listType, "area", Hit::area, "status", Hit::status);

    @Test
    void totals_and_facet_counts_are_exact_for_every_query() {
        int checked = 0;
        for (String q : queries) {
            for (String type : new String[] {null, "item", "case"}) {
                SearchRequest r = new SearchRequest(q, type, null, null, null, null, 1);
                SearchResult first = search.search(r);
                if (first.total() > SearchRequest.MAX_PAGE * SearchRequest.PAGE_SIZE) continue;
                List<Hit> hits = all(r, first);
                assertEquals(first.total(), hits.size(), q + " type=" + type);
                assertEquals(hits.size(), new HashSet<>(hits.stream().map(Hit::id).toList()).size(), "repeated hits: " + q);
                for (int i = 1; i < hits.size(); i++) {
                    assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "not in score order: " + q + " at " + i);
                }
                FIELDS.forEach((facet, value) -> {
                    Map<String, Long> expected = new TreeMap<>();
                    for (Hit h : hits) if (value.apply(h) != null) expected.merge(value.apply(h), 1L, Long::sum);
                    Map<String, Long> counted = new TreeMap<>();
                    for (FacetValue v : first.facets().get(facet)) counted.put(v.value(), v.count());
                    assertEquals(expected, counted, facet + " of " + q + " type=" + type);
                });
                if (type != null) for (Hit h : hits) assertEquals(type, h.type(), q);
                checked++;
            }
        }
        assertTrue(checked >= queries.size() * 2, "checked " + checked);
    }

    /**
     * Below {@link Ranking#fallbackBelow()} matches a filtered search broadens its own query (as it should), so it may
     * then find more than the unfiltered search counted; from there on the two must agree exactly.
     */
    @Test
    void each_facet_value_as_a_filter_finds_as_many_as_it_counted() {
        int checked = 0;
        for (String q : queries) {
            SearchResult r = search.search(SearchRequest.of(q));
            long sum = 0;
            for (FacetValue v : r.facets().get("department")) {
                sum += v.count();
                if (v.count() < Ranking.DEFAULT.fallbackBelow()) continue;
                checked++;
                SearchResult narrowed = search.search(new SearchRequest(q, null, v.value(), null, null, null, 1));
                assertEquals(v.count(), narrowed.total(), q + " department=" + v.value());
                assertTrue(narrowed.hits().stream().allMatch(h -> v.value().equals(h.department())), q);
            }
            for (FacetValue v : r.facets().get("area")) {
                if (v.count() < Ranking.DEFAULT.fallbackBelow()) continue;
                SearchResult narrowed = search.search(new SearchRequest(q, null, null, null, v.value(), null, 1));
                assertEquals(v.count(), narrowed.total(), q + " area=" + v.value());
            }
            assertTrue(sum <= r.total(), q);
            assertEquals(0, search.search(new SearchRequest(q, null, "no-such-department", null, null, null, 1)).total());
        }
        // 78 on the sample content (136 while a citation query also matched every document sharing its common words).
        assertTrue(checked >= 70, "checked " + checked);
    }
}
