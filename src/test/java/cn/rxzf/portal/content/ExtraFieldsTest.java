package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 其他字段: an item's further published fields, read in order and checked. */
class ExtraFieldsTest {
    @TempDir
    Path dir;

    private static final String LIST = """
            ---
            部门: scj
            标题: 另一份清单
            类型: 从轻处罚
            发布机构: 测试局
            成文日期: 2024-01-01
            生效日期: 2024-01-01
            状态: 生效
            领域: 市场监管
            条目:
              - id: b-01
                违法行为: 行为
                违反条款: 条款
                处罚依据: 依据
                适用条件: [条件]
                处理结果: 从轻处罚
                实施机关: 测试局
                配套监管措施: [教育]
                其他字段:
            %s---
            """;

    @Test
    void extraFieldsAreReadInTheOrderWritten() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md", LIST.formatted("""
                      权力编码: "330019001"
                      条件关系: 同时满足
                """));
        ContentLoader.Result r = new ContentLoader(site.content, TestSite.TODAY).load();
        assertEquals(List.of(), r.problems().sorted());
        assertNotNull(r.content());
        assertEquals(List.of(Map.entry("权力编码", "330019001"), Map.entry("条件关系", "同时满足")),
                List.copyOf(r.content().items.get("b-01").extra().entrySet()));
    }

    @Test
    void aStandardKeyAnEmptyValueOrAListIsRefused() {
        TestSite site = TestSite.minimal(dir).write("departments/scj/lists/b.md", LIST.formatted("""
                      处罚依据: 重复
                      空的: ""
                      列表: [a, b]
                """));
        List<String> messages = new ContentLoader(site.content, TestSite.TODAY).load().problems().sorted().stream()
                .map(Problem::toString).toList();
        String path = site.path("departments/scj/lists/b.md");
        assertTrue(messages.contains(path + ":19: “其他字段”中的“处罚依据”是条目的标准字段，请直接写在条目中"), messages::toString);
        assertTrue(messages.contains(path + ":21: 缺少必填字段“空的”"), messages::toString);
        assertTrue(messages.contains(path + ":22: 字段“列表”应为一段文字"), messages::toString);
    }
}
