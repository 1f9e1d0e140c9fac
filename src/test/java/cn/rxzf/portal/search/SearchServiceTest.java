package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search API over a small site written inline: citations, synonyms, filters, facets, paging, suggestions. */
class SearchServiceTest {
    @TempDir
    static Path dir;
    static SearchService search;

    @BeforeAll
    static void index() throws Exception {
        TestSite site = TestSite.minimal(dir);
        StringBuilder items = new StringBuilder();
        for (int i = 2; i <= 25; i++) {
            items.append(String.format("""
                      - id: scj-%02d
                        违法行为: 发布广告使用绝对化用语第%d种情形
                        违反条款: 《中华人民共和国广告法》第%s条
                        处罚依据: 《广告法》第五十七条
                        适用条件: [首次发现]
                        处理结果: 不予处罚
                        实施机关: 测试市市场监督管理局
                        配套监管措施: [批评教育]
                    """, i, i, i == 2 ? "九" : "二十八"));
        }
        SearchFixtures.writeList(site, "guanggao.md", "测试广告清单", items.toString());
        site.write("search/synonyms.yaml", "同义词:\n  - 说法: [亮照]\n    规范用语: [公示营业执照]\n");
        search = SearchFixtures.indexed(site, dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void a_law_article_written_any_way_finds_the_item_resting_on_it() {
        for (String q : List.of("广告法第九条", "《广告法》第9条", "中华人民共和国广告法第９条")) {
            assertEquals("scj-02", ids(search.search(SearchRequest.of(q))).get(0), q);
        }
    }

    @Test
    void a_spoken_word_finds_the_formal_wording_through_the_synonyms_file() {
        SearchResult r = search.search(SearchRequest.of("亮照"));
        assertEquals("scj-01", ids(r).get(0));
        assertTrue(r.hits().get(0).titleHtml().contains("<mark>"), r.hits().get(0).titleHtml());
    }

    @Test
    void full_width_and_half_width_queries_rank_alike() {
        assertEquals(ids(search.search(SearchRequest.of("广告法第9条"))), ids(search.search(SearchRequest.of("广告法第９条"))));
    }

    @Test
    void results_are_paged_ten_at_a_time_with_facet_counts_over_all_matches() {
        SearchResult first = search.search(SearchRequest.of("绝对化用语"));
        assertEquals(24, first.total());
        assertEquals(10, first.hits().size());
        assertEquals(3, first.pages());
        SearchResult third = search.search(SearchRequest.of("绝对化用语").withPage(3));
        assertEquals(4, third.hits().size());
        assertEquals(List.of(new SearchResult.FacetValue("首违不罚", "首违不罚", 24)), first.facets().get("listType"));
        assertEquals("测试市市场监督管理局", first.facets().get("department").get(0).label());
    }

    @Test
    void filters_narrow_by_type_and_department() {
        SearchRequest cases = new SearchRequest("营业执照", "case", null, null, null, null, 1);
        assertEquals(List.of("anli-1"), ids(search.search(cases)));
        SearchRequest elsewhere = new SearchRequest("营业执照", null, "other", null, null, null, 1);
        assertEquals(0, search.search(elsewhere).total());
    }

    @Test
    void nothing_found_gives_suggestions_instead_of_nothing() {
        SearchRequest r = new SearchRequest("营业执照", "procedure", null, null, null, null, 1);
        SearchResult none = search.search(r);
        assertEquals(0, none.total());
        assertEquals("scj-01", none.suggestions().items().get(0).id());
        // No department's name or duties holds a pair of the query: none is suggested (the page links them all).
        assertTrue(none.suggestions().departments().isEmpty());
        SearchResult nonsense = search.search(SearchRequest.of("zzzz"));
        assertEquals(0, nonsense.total());
        assertTrue(nonsense.suggestions().departments().isEmpty());
    }

    @Test
    void single_characters_in_common_are_not_a_match() {
        SearchResult r = search.search(SearchRequest.of("执营照"));
        assertFalse(r.broadened());
        assertEquals(0, r.total());
    }

    @Test
    void a_new_index_swapped_in_by_a_build_is_picked_up_without_a_restart() throws Exception {
        TestSite site = TestSite.minimal(dir.resolve("swap"));
        Path index = dir.resolve("swap-index");
        SearchIndexer.write(new ContentLoader(site.content, TestSite.TODAY).load().content(), index);
        try (SearchService live = SearchService.over(index)) {
            assertEquals(0, live.search(SearchRequest.of("施工铭牌")).total());
            site.write("departments/scj/lists/mianfa.md", java.nio.file.Files.readString(
                    site.content.resolve("departments/scj/lists/mianfa.md")).replace("未按规定公示营业执照", "未设置施工铭牌"));
            SearchIndexer.write(new ContentLoader(site.content, TestSite.TODAY).load().content(), index);
            Thread.sleep(1_100); // the service looks for a new index at most once a second
            assertEquals("scj-01", ids(live.search(SearchRequest.of("施工铭牌"))).get(0));
        }
    }

    @Test
    void requests_over_the_limits_are_refused_without_repeating_them() {
        SearchRequest tooLong = SearchRequest.of("超".repeat(101));
        assertEquals("q", tooLong.problems().get(0).param());
        assertFalse(tooLong.problems().get(0).message().contains("超超"));
        assertEquals("page", SearchRequest.of("超载").withPage(101).problems().get(0).param());
        assertEquals("type", new SearchRequest("超载", "bogus", null, null, null, null, 1).problems().get(0).param());
    }
}
