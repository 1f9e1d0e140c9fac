package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What lets search work on lists it was not tuned on (issue 16), over a small site written inline: homophones,
 * short law names, nonsense finding nothing, keywords only breaking ties, twins sharing a group.
 */
class SearchGeneralisationTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static SearchService search;

    private static String item(String id, String act, String basis, String keywords) {
        return SearchFixtures.itemCiting(id, act, basis, keywords);
    }

    @BeforeAll
    static void index() throws Exception {
        site = TestSite.minimal(dir);
        SearchFixtures.writeList(site, "a.md", "测试清单甲", item("ga-01", "未在经营场所悬挂营业执照", "《市场主体登记管理条例》第三十六条", null)
                + item("ga-02", "餐具集中消毒单位未在包装上标注消毒日期", "《中华人民共和国食品安全法》第一百二十六条第二款", null)
                + item("ga-03", "销售超过保质期的食品", "清单未列", null)
                + item("ga-04", "统计调查对象迟报统计资料", "清单未列", null)
                + item("ga-05", "在经营场所外堆放物品", "清单未列", null));
        SearchFixtures.writeList(site, "b.md", "测试清单乙", item("gb-01", "经营者未在经营场所悬挂营业执照的", "清单未列", null)
                + item("gb-02", "销售超过保质期的食品", "清单未列", "过期零食"));
        site.write("search/synonyms.yaml", "同义词:\n  - 说法: [食安法]\n    规范用语: [食品安全法]\n"
                + "  - 说法: [乱堆]\n    规范用语: [堆放]\n");
        search = SearchFixtures.indexed(site, dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<String> ids(String q) {
        return search.search(SearchRequest.of(q)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void a_typo_that_sounds_the_same_finds_the_word() {
        assertTrue(Set.of("ga-01", "gb-01").contains(ids("营业执找没悬挂").get(0)), ids("营业执找没悬挂").toString());
    }

    @Test
    void a_short_law_name_and_arabic_numbers_find_the_article() {
        assertEquals("ga-02", ids("食安法126条").get(0));
        assertEquals("ga-02", ids("《食品安全法》第一百二十六条第一款").get(0));
    }

    @Test
    void a_word_the_segmenter_does_not_know_still_finds_its_item() {
        // The segmenter cuts 迟报 into 迟 and 报; the pair then only matches when nothing else did.
        assertEquals(List.of("ga-04"), ids("迟报"));
        // A pair where two known words meet (标注 in 商标注册) is no word, even when nothing else matched.
        assertEquals(0, search.search(SearchRequest.of("商标注册查询")).total());
    }

    @Test
    void a_spoken_word_of_the_dictionary_finds_its_formal_wording_when_nothing_else_does() {
        // 店门口 and 东西 are on no list; 乱堆 is the dictionary's spoken word for 堆放.
        assertEquals(List.of("ga-05"), ids("店门口乱堆东西"));
    }

    @Test
    void nonsense_finds_nothing() {
        for (String q : List.of("火星移民", "唐诗三百首", "12345", "asdfghjkl", "红烧肉的做法")) {
            assertEquals(0, search.search(SearchRequest.of(q)).total(), q);
        }
    }

    @Test
    void nonsense_gets_no_suggested_item_or_department_without_a_shared_pair() {
        for (String q : List.of("火星移民", "唐诗三百首", "红烧肉的做法")) {
            var suggestions = search.search(SearchRequest.of(q)).suggestions();
            if (suggestions == null) continue;
            Set<String> pairs = new java.util.HashSet<>();
            for (int i = 0; i + 1 < q.length(); i++) pairs.add(q.substring(i, i + 2));
            for (var h : suggestions.items()) assertTrue(SuggestedItems.sharesAPair(h.title(), pairs), q + " suggested " + h.title());
            assertTrue(suggestions.departments().isEmpty(), q + " suggested departments " + suggestions.departments());
        }
        assertTrue(!SuggestedItems.sharesAPair("危险废物移出居民区", Set.of("火星", "星移", "移民")));
        assertTrue(SuggestedItems.sharesAPair("经营者未依法取得营业执照", Set.of("亮照", "经营")));
    }

    @Test
    void a_keyword_breaks_a_tie_but_is_no_match_by_itself() {
        // Both lists have the same act; only gb-02 has the keyword 过期零食 (without it, equal scores rank by id).
        assertEquals("gb-02", ids("销售超过保质期的食品 过期零食").get(0));
        assertEquals(0, search.search(SearchRequest.of("过期零食")).total());
    }

    @Test
    void twins_on_two_lists_share_a_group_that_the_json_keeps() {
        List<SearchResult.Hit> hits = search.search(SearchRequest.of("悬挂营业执照")).hits();
        SearchResult.Hit a = hits.stream().filter(h -> h.id().equals("ga-01")).findFirst().orElseThrow();
        SearchResult.Hit b = hits.stream().filter(h -> h.id().equals("gb-01")).findFirst().orElseThrow();
        assertEquals(a.group(), b.group());
        assertEquals("ga-01", a.group());
        SearchResult.Hit other = search.search(SearchRequest.of("消毒日期")).hits().get(0);
        assertEquals(other.id(), other.group());
    }

    @Test
    void the_page_shows_twins_once_with_the_chosen_region_first() {
        SearchResult.Hit a = hit("ga-01", "g", "上海");
        SearchResult.Hit b = hit("gb-01", "g", "江门");
        SearchResult.Hit c = hit("gc-01", "gc-01", "上海");
        List<SearchController.Entry> plain = SearchController.entries(List.of(a, b, c), null);
        assertEquals(2, plain.size());
        assertEquals("ga-01", plain.get(0).hit().id());
        assertEquals(1, plain.get(0).twins().size());
        List<SearchController.Entry> chosen = SearchController.entries(List.of(a, b, c), "江门");
        assertEquals("gb-01", chosen.get(0).hit().id());
        assertEquals("上海", chosen.get(0).twins().get(0).region());
    }

    private static SearchResult.Hit hit(String id, String group, String region) {
        return new SearchResult.Hit(id, "item", id, id, "/items/" + id + "/", 1f, "", "scj", "测试", "首违不罚", "市场监管",
                "生效", group, region);
    }

    @Test
    void withheld_keywords_are_not_in_the_index() throws Exception {
        var loaded = new ContentLoader(site.content, TestSite.TODAY).load();
        Path withheld = dir.resolve("withheld");
        java.nio.file.Files.createDirectories(withheld);
        SearchIndexer.writeInto(loaded.content(), withheld, false,
                new SearchIndexer.Options(FieldWeights.DEFAULT, Set.of("b")));
        try (SearchService s = SearchService.over(withheld)) {
            List<String> top = s.search(SearchRequest.of("销售超过保质期的食品 过期零食")).hits().stream()
                    .map(SearchResult.Hit::id).toList();
            assertEquals("ga-03", top.get(0), "the withheld keyword still breaks the tie: " + top);
        }
    }

    @Test
    void twin_keys_set_aside_punctuation_frame_and_subject() {
        assertEquals(Twins.key("建设单位未依法备案建设项目环境影响登记表的"), Twins.key("未依法备案建设项目环境影响登记表"));
        assertEquals(Twins.key("对擅自停用消防设施、器材的处罚"), Twins.key("擅自停用消防设施器材"));
        assertNotEquals(Twins.key("超过大气污染物排放标准排放大气污染物"), Twins.key("超过水污染物排放标准排放水污染物"));
    }
}
