package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a search that found nothing suggests: items whose act shares the query's words, not one everyday word. */
class SearchSuggestionsTest {
    @TempDir
    static Path dir;
    static SearchService search;

    @BeforeAll
    static void index() throws Exception {
        TestSite site = TestSite.minimal(dir);
        SearchFixtures.writeList(site, "sg.md", "建议测试清单",
                SearchFixtures.item("sg-01", "火灾自动报警系统探测器存在非正常屏蔽点位")
                        + SearchFixtures.item("sg-02", "经营者未依法取得营业执照从事经营活动")
                        + SearchFixtures.item("sg-03", "未按规定设置危险废物识别标志"));
        search = SearchFixtures.indexed(site, dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<String> suggested(String q) {
        SearchResult r = search.search(SearchRequest.of(q));
        assertEquals(0, r.total(), q + " found " + r.hits());
        return r.suggestions().items().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void one_everyday_word_in_common_suggests_nothing() {
        assertEquals(List.of(), suggested("外星人存在吗"));
    }

    @Test
    void an_act_sharing_two_of_the_query_s_words_is_suggested() {
        // The minimal site's own item on 营业执照 (scj-01) shares them too; the other two acts share none.
        assertEquals(List.of("scj-01", "sg-02"), suggested("营业执照怎么注销"));
    }
}
