package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import java.io.IOException;
import java.nio.file.Path;

/** Content and indexes the search tests share. */
final class SearchFixtures {
    private SearchFixtures() {}

    /** A 生效 首违不罚 list of the minimal site's department {@code scj}; {@code items} are its 条目 entries. */
    /** One item of a list file's 条目, first-violation style, with its act (违法行为). */
    static String item(String id, String act) {
        return item(id, act, "[首次发现]");
    }

    /** {@link #item(String, String)} with its own 适用条件 (a YAML list). */
    static String item(String id, String act, String conditions) {
        return """
                  - id: %s
                    违法行为: %s
                    违反条款: 《测试条例》第3条
                    处罚依据: 《测试条例》第4条
                    适用条件: %s
                    处理结果: 不予处罚
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [批评教育]
                """.formatted(id, act, conditions);
    }

    /**
     * One item citing {@code basis} (违反条款; its 处罚依据 清单未列), first-violation style, with the department's
     * 关键词 when {@code keywords} is not null.
     */
    static String itemCiting(String id, String act, String basis, String keywords) {
        return """
                  - id: %s
                    违法行为: %s
                    违反条款: %s
                    处罚依据: 清单未列
                    适用条件: [首次被发现, 及时改正]
                    处理结果: 不予处罚
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [批评教育]
                """.formatted(id, act, basis) + (keywords == null ? "" : "    关键词: [" + keywords + "]\n");
    }

    static void writeList(TestSite site, String file, String title, String items) {
        writeList(site, file, title, "市场监管/广告", items);
    }

    /** {@link #writeList(TestSite, String, String, String)} in the field {@code field} (领域). */
    static void writeList(TestSite site, String file, String title, String field, String items) {
        site.write("departments/scj/lists/" + file, """
                ---
                部门: scj
                标题: %s
                类型: 首违不罚
                发布机构: 测试市市场监督管理局
                成文日期: 2024-01-01
                生效日期: 2024-02-01
                状态: 生效
                领域: %s
                条目:
                """.formatted(title, field) + items + "---\n");
    }

    /** Loads the site's content (it must be valid), writes its index into {@code indexDir} and opens it. */
    static SearchService indexed(TestSite site, Path indexDir) throws IOException {
        ContentLoader.Result loaded = new ContentLoader(site.content, TestSite.TODAY).load();
        assertTrue(loaded.ok(), loaded.problems().sorted().toString());
        SearchIndexer.write(loaded.content(), indexDir);
        return SearchService.over(indexDir);
    }
}
