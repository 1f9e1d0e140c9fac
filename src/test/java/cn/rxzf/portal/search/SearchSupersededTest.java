package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same act on a repealed list and on a current one: the current wording comes first, the old one stays found; an
 * act only a repealed list has keeps its place.
 */
class SearchSupersededTest {
    private static final String ACT = "在人行道上摆放落地广告牌";
    @TempDir
    Path dir;

    @Test
    void an_item_of_a_repealed_list_ranks_below_the_same_act_on_a_current_list() throws Exception {
        TestSite site = TestSite.minimal(dir);
        // The repealed list's item has the smaller id: with equal scores, ids alone would put it first.
        SearchFixtures.writeList(site, "guanggaopai-2024.md", "测试广告牌清单", SearchFixtures.item("scj-b01", ACT));
        site.write("departments/scj/lists/guanggaopai-2019.md", """
                ---
                部门: scj
                标题: 测试广告牌清单（旧）
                类型: 首违不罚
                发布机构: 测试市市场监督管理局
                成文日期: 2019-01-01
                生效日期: 2019-02-01
                状态: 已废止
                领域: 市场监管/广告
                条目:
                """ + SearchFixtures.item("scj-a01", ACT)
                + SearchFixtures.item("scj-a02", "未按规定在店堂内张贴收费标准") + "---\n");
        try (SearchService search = SearchFixtures.indexed(site, dir.resolve("index"))) {
            SearchResult r = search.search(new SearchRequest("摆放落地广告牌", "item", null, null, null, null, 1));
            List<String> ids = r.hits().stream().map(SearchResult.Hit::id).toList();
            assertEquals(List.of("scj-b01", "scj-a01"), ids.subList(0, 2), r.hits().stream().map(h -> h.id() + " " + h.score()).toList().toString());
            // An act only a repealed list has is still the answer, first.
            SearchResult only = search.search(new SearchRequest("张贴收费标准", "item", null, null, null, null, 1));
            assertEquals("scj-a02", only.hits().get(0).id());
        }
    }
}
