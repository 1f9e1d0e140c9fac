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

    /** Commits the five steps; returns their short ids, oldest first. */
    static String[] commit(TestSite site) throws IOException {
        Files.writeString(site.root.resolve("README.md"), "not content\n");
        GitRepo git = new GitRepo(site.root);
        String published = git.commit("2024-01-10", "发布测试免罚清单");

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
        String itemAdded = git.commit("2024-03-01", "免罚清单新增一项：未按规定悬挂价格标签");

        list = list.replace("      - 及时改正\n", "      - 在责令改正期限内改正\n");
        site.write("departments/scj/lists/mianfa.md", list);
        String conditionChanged = git.commit("2024-06-01", "明确改正期限");

        site.write("departments/scj/lists/mianfa.md", list.replace("状态: 生效", "状态: 已废止"));
        String repealed = git.commit("2025-01-01", "废止测试免罚清单");

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
        String replaced = git.commit("2025-01-02", "发布第二版免罚清单，替代原清单");

        return new String[] {published, itemAdded, conditionChanged, repealed, replaced};
    }
}
