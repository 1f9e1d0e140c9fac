package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents with equal scores rank by id, whatever order the index holds them in. */
class SearchTiesTest {
    @TempDir
    Path dir;

    @Test
    void equal_scores_rank_by_id_not_by_the_order_the_items_were_indexed_in() throws Exception {
        TestSite site = TestSite.minimal(dir);
        StringBuilder items = new StringBuilder();
        for (int i = 12; i >= 1; i--) { // indexed in descending id order: document numbers run against the ids
            items.append(SearchFixtures.item(String.format("scj-t%02d", i), "在人行道上摆放落地广告牌"));
        }
        SearchFixtures.writeList(site, "guanggaopai.md", "测试广告牌清单", items.toString());
        try (SearchService search = SearchFixtures.indexed(site, dir.resolve("index"))) {
            SearchRequest r = new SearchRequest("摆放落地广告牌", "item", null, "首违不罚", null, null, 1);
            List<SearchResult.Hit> hits = new ArrayList<>(search.search(r).hits());
            hits.addAll(search.search(r.withPage(2)).hits());
            assertEquals(12, hits.size());
            for (SearchResult.Hit h : hits) assertEquals(hits.get(0).score(), h.score(), h.id());
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 12; i++) expected.add(String.format("scj-t%02d", i));
            assertEquals(expected, hits.stream().map(SearchResult.Hit::id).toList());
        }
    }
}
