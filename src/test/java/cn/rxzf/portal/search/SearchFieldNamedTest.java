package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A condition question that names a field and no act (生态环境 … 第一次 … 改了还罚吗) finds that field's item first,
 * although another field's item says the question's conditions more fully.
 */
class SearchFieldNamedTest {
    private static final String QUERY = "生态环境 第一次发现 当场改正 没有危害后果 还罚吗";
    @TempDir
    Path dir;

    @Test
    void a_condition_question_naming_a_field_finds_that_fields_item_first() throws Exception {
        TestSite site = TestSite.minimal(dir);
        SearchFixtures.writeList(site, "guanggao-2024.md", "测试广告清单", "市场监管/广告", SearchFixtures.item("scj-g01",
                "未按规定在店堂内张贴收费标准", "[第一次发现, 当场改正, 没有危害后果]"));
        SearchFixtures.writeList(site, "huanjing-2024.md", "测试排放清单", "生态环境", SearchFixtures.item("scj-h01",
                "未按规定设置排放口标志", "[第一次发现]"));
        try (SearchService search = SearchFixtures.indexed(site, dir.resolve("index"));
             SearchService without = SearchService.over(dir.resolve("index"), withoutFieldPrior())) {
            // Without the prior the other field's conditions win (so this test can fail).
            assertEquals("scj-g01", first(without), ids(without, QUERY).toString());
            assertEquals("scj-h01", first(search), ids(search, QUERY).toString());
            // Not a condition question: ranked as before.
            assertEquals(ids(without, "生态环境 排放口 收费标准"), ids(search, "生态环境 排放口 收费标准"));
        }
    }

    private static String first(SearchService s) {
        List<String> ids = ids(s, QUERY);
        return ids.isEmpty() ? "nothing" : ids.get(0).split(" ")[0];
    }

    private static List<String> ids(SearchService s, String q) {
        return s.search(new SearchRequest(q, "item", null, null, null, null, 1)).hits().stream()
                .map(h -> h.id() + " " + h.score()).toList();
    }

    private static Ranking withoutFieldPrior() {
        return Rankings.with(Ranking.DEFAULT, Map.of("name", "test", "fieldNamed", 0f, "fieldNamedOnlyInConditionQuestions", true));
    }
}
