package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case telling the story of an item, which matches the query better than the item's legal wording does, follows the
 * item instead of coming first; the same for a list and its items. The JSON still has every match.
 */
class SearchItemsFirstTest {
    private static final String QUERY = "店门口摆广告牌被查";
    @TempDir
    Path dir;

    @Test
    void a_case_or_list_ranked_above_its_item_follows_it() throws Exception {
        TestSite site = TestSite.minimal(dir);
        SearchFixtures.writeList(site, "guanggaopai-2024.md", "测试户外设施清单",
                SearchFixtures.item("scj-b01", "擅自在门店外人行道上设置广告牌")
                        + SearchFixtures.item("scj-b02", "未按规定在店堂内张贴收费标准"));
        site.write("departments/scj/cases/guanggaopai-anli.md", """
                ---
                部门: scj
                标题: 某店门口摆广告牌第一次被查改了不予处罚案
                日期: 2024-05
                地区: 测试市
                领域: 市场监管/广告
                条目: [scj-b01]
                处理结果: 当事人第一次被查，当场改了，不予处罚。
                来源: https://example.org/anli
                来源说明: 测试用案例。
                文本性质: 示例
                ---
                某店在门口摆广告牌，第一次被查，当场改了，执法人员依法不予处罚。
                """);
        try (SearchService search = SearchFixtures.indexed(site, dir.resolve("index"));
             SearchService without = SearchService.over(dir.resolve("index"), withoutItemsFirst())) {
            // Without the rule the case's story outranks the item (so this test can fail).
            assertEquals("guanggaopai-anli", ids(without).get(0), ids(without).toString());
            List<String> ids = ids(search);
            assertEquals(List.of("scj-b01", "guanggaopai-anli"), ids.subList(0, 2), ids.toString());
            // Every match is still returned, each once.
            assertEquals(ids(without).stream().sorted().toList(), ids.stream().sorted().toList());
            // Scores still fall down the page.
            List<Float> scores = search.search(request()).hits().stream().map(SearchResult.Hit::score).toList();
            for (int i = 1; i < scores.size(); i++) assertEquals(true, scores.get(i) <= scores.get(i - 1), scores.toString());
        }
    }

    private static SearchRequest request() {
        return new SearchRequest(QUERY, null, null, null, null, null, 1);
    }

    private static List<String> ids(SearchService s) {
        return s.search(request()).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static Ranking withoutItemsFirst() {
        return Rankings.with(Ranking.DEFAULT, Map.of("name", "test", "itemsFirst", false));
    }
}
