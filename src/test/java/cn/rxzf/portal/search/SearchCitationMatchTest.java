package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citation query whose words are common to the content (中华人民共和国, 公路 on every item of a road list) finds the
 * documents that cite the article or name the law, not every document sharing two of its common words: on a large
 * site that was all of them (100,742 of 101,119 documents for 《中华人民共和国公路法》第54条), slow and useless.
 */
class SearchCitationMatchTest {
    @TempDir
    static Path dir;
    static SearchService search;

    private static String item(String id, String act, String basis) {
        return SearchFixtures.itemCiting(id, act, basis, null);
    }

    @BeforeAll
    static void index() throws Exception {
        TestSite site = TestSite.minimal(dir);
        StringBuilder items = new StringBuilder()
                .append(item("gl-01", "违反中华人民共和国公路管理规定在公路上堆放物品", "《中华人民共和国公路法》第五十四条"))
                .append(item("gl-02", "违反中华人民共和国公路管理规定在公路用地范围内设置标志", "《中华人民共和国公路法》第五十六条"));
        // Enough items saying 中华人民共和国 and 公路 that those words are common: in more than a fifth of all documents.
        String[] acts = {"摆摊设点", "晾晒粮食", "倾倒垃圾", "打场", "堆放杂物", "停车", "洗车", "试刹车", "烧秸秆", "放牧",
                "挖沙", "取土", "种植作物", "设置障碍", "挖沟引水", "利用桥梁铺设管道", "擅自开道口", "搭建棚屋",
                "设置广告牌", "超限行驶"};
        for (int i = 0; i < acts.length; i++) {
            items.append(item("gl-%02d".formatted(10 + i), "违反中华人民共和国公路管理规定在公路上" + acts[i],
                    "《公路安全保护条例》第六十二条"));
        }
        SearchFixtures.writeList(site, "gl.md", "公路测试清单", "交通运输/公路", items.toString());
        search = SearchFixtures.indexed(site, dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    void a_citation_of_common_words_finds_what_cites_it_or_names_its_law_and_nothing_else() {
        SearchResult r = search.search(SearchRequest.of("《中华人民共和国公路法》第54条"));
        assertEquals(List.of("gl-01", "gl-02"), r.hits().stream().map(SearchResult.Hit::id).toList());
        assertEquals(2, r.total());
    }

    @Test
    void the_same_words_without_a_citation_still_find_by_their_words() {
        // No article and no law: the common words are all the query has, so they make documents match.
        SearchResult r = search.search(new SearchRequest("中华人民共和国公路管理规定", "item", null, null, null, null, 1));
        assertTrue(r.total() >= 22, "found " + r.total());
    }
}
