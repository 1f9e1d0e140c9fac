package cn.rxzf.portal.site.history;

import cn.rxzf.portal.TestSite;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The history a department would make, committed into a test site's folder: publish a list, add an item, change a
 * condition, repeal the list, publish its successor (and a file outside the content folder changes alongside).
 */
final class HistorySite {
    private HistorySite() {}

    /**
     * The English subjects of the five commits: developers' words, which no public page may show (each commit
     * but the third has a Chinese {@code 公示说明} line; the third has none and reads 内容更新).
     */
    static final java.util.List<String> ENGLISH_SUBJECTS = java.util.List.of("Publish the test list", "Add an item",
            "See the ticket", "Clarify the correction period", "Repeal the list", "Publish version 2");

    /** Commits the five steps; returns their short ids, oldest first. */
    static String[] commit(TestSite site) throws IOException {
        Files.writeString(site.root.resolve("README.md"), "not content\n");
        GitRepo git = new GitRepo(site.root);
        String published = git.commit("2024-01-10", "Publish the test list\n\n公示说明：发布测试免罚清单");

        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        list = list.replace("""
                ---
                说明文字。""", """
                  - id: scj-02
                    违法行为: 未按规定悬挂价格标签
                    违反条款: 《测试条例》第3条
                    处罚依据: 《测试条例》第4条
                    适用条件:
                      - 首次发现
                    处理结果: 可以不予处罚
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [责令改正]
                ---
                说明文字。""");
        site.write("departments/scj/lists/mianfa.md", list);
        Files.writeString(site.root.resolve("README.md"), "still not content\n");
        String itemAdded = git.commit("2024-03-01", "Add an item\n\nSee the ticket.\n公示说明: 免罚清单新增一项：未按规定悬挂价格标签");

        list = list.replace("      - 及时改正\n", "      - 在责令改正期限内改正\n");
        site.write("departments/scj/lists/mianfa.md", list);
        String conditionChanged = git.commit("2024-06-01", "Clarify the correction period");

        site.write("departments/scj/lists/mianfa.md", list.replace("状态: 生效", "状态: 已废止"));
        String repealed = git.commit("2025-01-01", "Repeal the list\n\n公示说明：废止测试免罚清单");

        site.write("departments/scj/lists/mianfa-2.md", """
                ---
                部门: scj
                标题: 测试免罚清单（第二版）
                类型: 不予处罚
                发布机构: 测试市市场监督管理局
                文号: 测市监〔2025〕1号
                成文日期: 2025-01-02
                生效日期: 2025-02-01
                状态: 生效
                替代: mianfa
                领域: 市场监管
                条目:
                  - id: scj2-01
                    违法行为: 未按规定公示营业执照
                    违反条款: 《测试条例》第1条
                    处罚依据: 《测试条例》第2条
                    适用条件: [首次发现, 在责令改正期限内改正]
                    处理结果: 不予处罚
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [批评教育]
                ---
                """);
        String replaced = git.commit("2025-01-02", "Publish version 2\n\n公示说明：发布第二版免罚清单，替代原清单");

        return new String[] {published, itemAdded, conditionChanged, repealed, replaced};
    }
}
