package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A questionnaire with mistakes is refused with path:line errors in Chinese, all at once, like a list. */
class QuestionnaireValidationTest {
    @TempDir
    Path dir;

    @Test
    void every_mistake_is_reported_at_its_line() {
        TestSite site = TestSite.minimal(dir);
        String file = "departments/scj/questionnaires/wj.md";
        site.write(file, """
                ---
                部门: scj
                标题: 测试问卷
                目的: 测试
                开始日期: 2026-12-10
                截止日期: 2026-12-01
                问题:
                  - id: a
                    题目: 第一题
                    类型: 判断
                  - id: b
                    题目: 第二题
                    类型: 单选
                    选项: [是, 是]
                  - id: b
                    题目: 第三题
                    类型: 填空
                    字数上限: 100
                  - id: c
                    题目: 第四题
                    类型: 填空
                    满意度: 是
                  - id: d
                    题目: 第五题
                    类型: 评分
                    满意度: 是
                  - id: e
                    题目: 第六题
                    类型: 评分
                    满意度: 是
                  - id: f
                    题目: 第七题
                    类型: 多选
                    选项: [甲, 乙, 都没有]
                    单独选项: [都没有了]
                  - id: g
                    题目: 第八题
                    类型: 单选
                    选项: [甲, 乙]
                    单独选项: [甲]
                ---
                说明。
                """);
        List<Problem> problems = new ContentLoader(site.content, TestSite.TODAY).load().problems().sorted();
        String path = site.content.resolve(file).toString();
        assertAt(problems, path, 6, "早于“开始日期”");
        assertAt(problems, path, 10, "未知的问题类型“判断”");
        assertAt(problems, path, 14, "选项“是”重复");
        assertAt(problems, path, 15, "重复");
        assertAt(problems, path, 22, "只有“评分”题可以计入满意度");
        assertAt(problems, path, 30, "一份问卷只能有一道题计入满意度");
        assertAt(problems, path, 35, "“单独选项”中的“都没有了”不是本题“选项”之一");
        assertAt(problems, path, 40, "只有“多选”题可以写“单独选项”");
    }

    private static void assertAt(List<Problem> problems, String path, int line, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.path().endsWith(path.substring(path.indexOf("departments")))
                        && p.line() == line && p.message().contains(fragment)),
                () -> "expected …" + ":" + line + ": …" + fragment + "… in\n"
                        + String.join("\n", problems.stream().map(Problem::toString).toList()));
    }
}
