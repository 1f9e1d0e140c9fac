package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of content error: the message, and the file and line it points to. */
class ValidationTest {
    @TempDir
    Path dir;

    private List<Problem> problemsOf(TestSite site) {
        ContentLoader.Result r = new ContentLoader(site.content, TestSite.TODAY).load();
        return r.problems().sorted();
    }

    private static void assertProblem(List<Problem> problems, String path, int line, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.line() == line
                        && p.message().contains(fragment)),
                () -> "expected " + path + ":" + line + ": …" + fragment + "… in\n" + String.join("\n",
                        problems.stream().map(Problem::toString).toList()));
    }

    private static final String LIST_HEAD = """
            ---
            部门: scj
            标题: 另一份清单
            类型: 从轻处罚
            发布机构: 测试局
            成文日期: 2024-01-01
            生效日期: 2024-01-01
            状态: 生效
            领域: 市场监管
            """;

    private static final String ITEM = """
              - id: %s
                违法行为: 行为
                违反条款: 条款
                处罚依据: 依据
                适用条件: [条件]
                处理结果: 从轻处罚
                实施机关: 测试局
                配套监管措施: [教育]
            """;

    @Test
    void a_site_address_that_is_no_uri_is_refused_at_its_line() {
        TestSite site = TestSite.minimal(dir).write("site.yaml", """
                站点名称: 测试站
                主办单位: 测试单位
                网址: https://test.example.gov.cn/a|b
                """);
        assertProblem(problemsOf(site), site.path("site.yaml"), 3, "“网址”不是有效的网址");
    }

    @Test
    void the_site_domain_is_the_host_of_its_address() {
        ContentLoader.Result r = new ContentLoader(TestSite.minimal(dir).content, TestSite.TODAY).load();
        assertEquals("test.example.gov.cn", r.content().site.domain());
    }

    @Test
    void the_minimal_site_is_valid() {
        ContentLoader.Result r = new ContentLoader(TestSite.minimal(dir).content, TestSite.TODAY).load();
        assertEquals(List.of(), r.problems().sorted());
        assertNotNull(r.content());
        assertEquals(1, r.content().itemCount());
    }

    @Test
    void unknown_field_is_reported_at_its_line() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD + "备忘: 不该有\n条目:\n" + ITEM.formatted("b-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 10, "未知字段“备忘”");
    }

    @Test
    void unknown_field_inside_an_item_is_reported_at_its_line() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD + "条目:\n" + ITEM.formatted("b-01") + "    处罚金额: 100\n---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 19, "未知字段“处罚金额”");
    }

    @Test
    void missing_required_field_is_reported() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD.replace("发布机构: 测试局\n", "") + "条目:\n" + ITEM.formatted("b-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 2, "缺少必填字段“发布机构”");
    }

    @Test
    void missing_required_field_of_an_item_points_at_the_item() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD + "条目:\n" + ITEM.formatted("b-01").replace("    实施机关: 测试局\n", "") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 11, "缺少必填字段“实施机关”");
    }

    @Test
    void bad_date_is_reported() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD.replace("成文日期: 2024-01-01", "成文日期: 2024-02-30") + "条目:\n" + ITEM.formatted("b-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 6, "“成文日期”不是有效日期");
    }

    @Test
    void duplicate_item_id_names_both_places() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD + "条目:\n" + ITEM.formatted("scj-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/mianfa.md"), 12, "条目 id“scj-01”重复");
    }

    @Test
    void case_citing_a_missing_item_is_reported() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/cases/anli-2.md", """
                ---
                部门: scj
                标题: 案例二
                日期: 2024-06-01
                条目: [scj-99]
                处理结果: 不予处罚
                ---
                """);
        assertProblem(problemsOf(site), site.path("departments/scj/cases/anli-2.md"), 5, "引用的条目“scj-99”不存在");
    }

    @Test
    void file_in_another_departments_folder_is_reported() {
        TestSite site = TestSite.minimal(dir)
                .write("departments/swj/department.md", """
                        ---
                        部门: swj
                        名称: 税务局
                        职责: 税务
                        联系电话: 0000-1
                        ---
                        """)
                .write("departments/swj/lists/b.md", LIST_HEAD + "条目:\n" + ITEM.formatted("b-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/swj/lists/b.md"), 2, "文件位于部门文件夹“swj”");
    }

    @Test
    void list_in_force_past_its_expiry_is_reported() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD.replace("状态: 生效\n", "有效期至: 2025-12-31\n状态: 生效\n") + "条目:\n" + ITEM.formatted("b-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 9, "已过“有效期至”2025-12-31");
    }

    @Test
    void effective_date_after_expiry_is_reported() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD.replace("生效日期: 2024-01-01\n", "生效日期: 2028-01-01\n有效期至: 2027-12-31\n")
                        .replace("状态: 生效", "状态: 已废止") + "条目:\n" + ITEM.formatted("b-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 7, "“生效日期”2028-01-01 晚于“有效期至”2027-12-31");
    }

    @Test
    void yaml_syntax_error_points_at_the_line() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD + "条目: [\n  - id: x\n---\n");
        List<Problem> problems = problemsOf(site);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(site.path("departments/scj/lists/b.md"), problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith("YAML 格式错误"), problems.toString());
        assertTrue(problems.get(0).line() >= 11, problems.toString());
    }

    @Test
    void superseded_list_must_be_marked_revised_or_repealed() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md",
                LIST_HEAD.replace("状态: 生效\n", "状态: 生效\n替代: mianfa\n") + "条目:\n" + ITEM.formatted("b-01") + "---\n");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/b.md"), 9, "被替代的清单“mianfa”状态为“生效”");
    }

    @Test
    void unexpected_file_is_reported_not_ignored() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/清单.md", "x");
        assertProblem(problemsOf(site), site.path("departments/scj/lists/清单.md"), 1, "文件位置不符合约定");
    }

    @Test
    void short_comment_period_needs_an_explanation() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/drafts/yijian.md", """
                ---
                部门: scj
                标题: 征求意见稿
                征求意见开始: 2026-11-01
                征求意见截止: 2026-11-10
                ---
                正文
                """);
        assertProblem(problemsOf(site), site.path("departments/scj/drafts/yijian.md"), 5, "征求意见期少于 30 日");
    }

    @Test
    void links_and_images_may_point_only_to_http_https_mailto_tel_and_site_paths() {
        TestSite site = TestSite.minimal(dir).write("pages/links.md", """
                ---
                标题: 链接
                ---
                正文第一行。

                [站内](/items/x/) [上级](../lists/) [锚点](#a) [网站](https://www.gov.cn/) [邮件](mailto:a@b.cn) [电话](tel:12345)
                [脚本](javascript:alert(1))
                ![图](data:image/svg+xml;base64,PHN2Zz4=)
                [vb](VBScript:msgbox)
                [大小写](JavaScript:alert(2))
                [外站](//evil.example/x)
                <javascript:alert(1)>

                [ref]: file:///etc/passwd
                """);
        List<Problem> problems = problemsOf(site);
        String path = site.path("pages/links.md");
        assertProblem(problems, path, 7, "javascript:alert(1)");
        assertProblem(problems, path, 8, "data:image/svg+xml");
        assertProblem(problems, path, 9, "VBScript:msgbox");
        assertProblem(problems, path, 10, "JavaScript:alert(2)");
        assertProblem(problems, path, 11, "//evil.example/x");
        assertProblem(problems, path, 12, "javascript:alert(1)");
        assertProblem(problems, path, 14, "file:///etc/passwd");
        assertEquals(7, problems.size(), problems.toString());
    }

    @Test
    void link_targets_are_judged_as_a_browser_reads_them() {
        for (String ok : List.of("/items/x/", "../a", "#top", "a/b:c", "https://x.cn/", "HTTP://x.cn", "mailto:a@b.cn", "tel:+86-10")) {
            assertTrue(Markdown.allowedTarget(ok), ok);
        }
        for (String bad : List.of("java\tscript:alert(1)", " javascript:x", "\u0001javascript:x", "jav\nascript:x", "data:,x",
                "vbscript:x", "//evil.example", "\\\\evil.example", "/\\evil.example", "ftp://x", "blob:x", "file:///x")) {
            assertTrue(!Markdown.allowedTarget(bad), bad);
        }
    }

    @Test
    void every_problem_is_reported_in_one_run() {
        TestSite site = TestSite.minimal(dir)
                .write("departments/scj/lists/b.md", LIST_HEAD.replace("成文日期: 2024-01-01", "成文日期: 去年")
                        + "备忘: x\n条目:\n" + ITEM.formatted("scj-01") + "---\n")
                .write("departments/scj/cases/anli-2.md", """
                        ---
                        部门: scj
                        标题: 案例二
                        日期: 2024-13
                        条目: [nope]
                        处理结果: 不予处罚
                        ---
                        """);
        List<Problem> problems = problemsOf(site);
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void non_utf8_file_is_reported() throws Exception {
        TestSite site = TestSite.minimal(dir);
        java.nio.file.Files.write(site.content.resolve("departments/scj/cases/anli-1.md"),
                "---\n部门: scj\n---\n".getBytes("GBK"));
        assertProblem(problemsOf(site), site.path("departments/scj/cases/anli-1.md"), 1, "不是 UTF-8 编码");
    }

    @Test
    void synonyms_file_is_read_and_checked() {
        TestSite site = TestSite.minimal(dir).write("search/synonyms.yaml", """
                同义词:
                  - 说法: [亮照, 挂照]
                    规范用语: [公示营业执照]
                  - 说法: [亮照]
                    规范用语: [悬挂]
                    备注: x
                """);
        List<Problem> problems = problemsOf(site);
        assertProblem(problems, site.path("search/synonyms.yaml"), 4, "说法“亮照”重复");
        assertProblem(problems, site.path("search/synonyms.yaml"), 6, "未知字段“备注”");

        site.write("search/synonyms.yaml", "同义词:\n  - 说法: [亮照]\n    规范用语: [公示营业执照]\n");
        ContentLoader.Result ok = new ContentLoader(site.content, TestSite.TODAY).load();
        assertEquals(List.of(), ok.problems().sorted());
        assertEquals(List.of("公示营业执照"), ok.content().synonyms.get(0).formal());
    }

    @Test
    void statistics_form_is_read_and_checked() {
        String form = """
                部门: scj
                统计期间: 2025年
                开始日期: 2025-01-01
                结束日期: 2025-12-31
                执法方式使用次数:
                  shuofu-jiaoyu: 12
                不予处罚: {轻微违法: 3, 首违: 5, 无主观过错: 0, 免罚金额: 12000}
                从轻处罚: {件数: 2, 金额: 3000}
                减轻处罚: {件数: 1, 金额: 500}
                不予行政强制: 0
                告知承诺: 4
                行政回访: 6
                回访后再次违法: 0
                公布典型案例: 1
                """;
        TestSite site = TestSite.minimal(dir).write("departments/scj/statistics/2025.yaml", form);
        ContentLoader.Result ok = new ContentLoader(site.content, TestSite.TODAY).load();
        assertEquals(List.of(), ok.problems().sorted());
        assertEquals(8, ok.content().statistics.get(0).noPenaltyTotal());
        assertEquals(12, ok.content().statistics.get(0).methodUses().get("shuofu-jiaoyu"));

        site.write("departments/scj/statistics/2025.yaml", form.replace("shuofu-jiaoyu: 12", "nosuch: 12")
                .replace("告知承诺: 4", "告知承诺: -4"));
        List<Problem> problems = problemsOf(site);
        assertProblem(problems, site.path("departments/scj/statistics/2025.yaml"), 5, "引用的执法方式“nosuch”不存在");
        assertProblem(problems, site.path("departments/scj/statistics/2025.yaml"), 11, "“告知承诺”不能为负数");
    }
}
