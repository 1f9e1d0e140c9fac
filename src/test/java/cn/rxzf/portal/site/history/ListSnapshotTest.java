package cn.rxzf.portal.site.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry-by-entry reading of list versions gives exactly what reading the whole file gives. */
class ListSnapshotTest {
    private static final String HEAD = "---\n标题: 示例清单\n领域: 市场监管\n状态: 生效\n";

    private static final String TYPICAL = HEAD + """
            条目:
              - id: a-001
                违法行为: 未亮照经营
                适用条件:
                  - 首次被发现
                  - 及时改正
                处理结果: 不予处罚

              # a comment between entries
              - id: a-002
                序号: 7
                违法行为: |
                  第一行
                  第二行
                领域: 税务
            # a comment in column 0
              - id: a-003
                违法行为: 价格标签
                关键词: [标价, 价签]
            来源: https://example.gov.cn/a
            ---
            正文说明。
            """;

    @Test
    void typicalLayoutIsSplitAndEveryItemReadsAsTheWholeFileReadsIt() {
        assertSameAsWhole(TYPICAL, true);
        ListSnapshot s = ListSnapshot.parse(TYPICAL);
        assertEquals(List.of("a-001", "a-002", "a-003"), List.copyOf(s.items().keySet()));
        assertEquals("https://example.gov.cn/a", s.fields().get("来源"));
        assertEquals("1", s.items().get("a-001").fields().get("序号"));
        assertEquals("3", s.items().get("a-003").fields().get("序号"));
        assertEquals("市场监管", s.items().get("a-001").fields().get("领域"));
        assertEquals("税务", s.items().get("a-002").fields().get("领域"));
        assertEquals("第一行\n第二行\n", s.items().get("a-002").fields().get("违法行为"));
        assertEquals(List.of("标价", "价签"), s.items().get("a-003").fields().get("关键词"));
        assertEquals("正文说明。", s.body());
    }

    @Test
    void entriesInColumnZeroAreSplitToo() {
        String text = HEAD + "条目:\n- id: b-1\n  违法行为: 甲\n- id: b-2\n  违法行为: 乙\n版本: 第2批\n---\n";
        assertSameAsWhole(text, true);
        assertEquals("第2批", ListSnapshot.parse(text).fields().get("版本"));
    }

    @Test
    void layoutsTheSplitterDoesNotKnowAreReadWhole() {
        for (String items : List.of(
                "条目: [{id: c-1, 违法行为: 甲}]\n",
                "条目:\n  - id: c-1\n    违法行为: &v 甲\n  - id: c-2\n    违法行为: *v\n",
                "条目:\n  - id: \"c-1\"\n    违法行为: 甲\n",
                "条目:\n  - 违法行为: 甲\n    id: c-1\n",
                "条目:\n  -\n    id: c-1\n    违法行为: 甲\n")) {
            String text = HEAD + items + "---\n";
            assertNull(ListSnapshot.split(yaml(text), ""), items);
            assertSameAsWhole(text, false);
        }
    }

    @Test
    void sameTextInTheSamePlaceIsUnchangedWithoutParsingAndAMoveChangesTheDefaultSerial() {
        ListSnapshot before = ListSnapshot.parse(TYPICAL);
        ListSnapshot after = ListSnapshot.parse(TYPICAL.replace("价格标签", "价格标签没贴"));
        assertTrue(before.items().get("a-001").sameAs(after.items().get("a-001")));
        assertFalse(before.items().get("a-003").sameAs(after.items().get("a-003")));

        String moved = HEAD + "条目:\n  - id: a-000\n    违法行为: 新增\n" + TYPICAL.substring(TYPICAL.indexOf("  - id: a-001"));
        ListSnapshot shifted = ListSnapshot.parse(moved);
        assertFalse(before.items().get("a-001").sameAs(shifted.items().get("a-001")));
        assertEquals("2", shifted.items().get("a-001").fields().get("序号"));
    }

    private static void assertSameAsWhole(String text, boolean split) {
        ListSnapshot parsed = ListSnapshot.parse(text);
        String body = text.substring(text.indexOf("\n---\n", 3) + 5).strip();
        ListSnapshot whole = ListSnapshot.whole(yaml(text), body);
        assertNotNull(parsed);
        assertEquals(split, ListSnapshot.split(yaml(text), body) != null);
        assertEquals(whole.fields(), parsed.fields());
        assertEquals(whole.body(), parsed.body());
        assertEquals(fieldsOf(whole), fieldsOf(parsed));
    }

    private static String yaml(String text) {
        return text.substring(4, text.indexOf("\n---\n", 3) + 1);
    }

    private static Map<String, Map<String, Object>> fieldsOf(ListSnapshot s) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        s.items().forEach((id, item) -> out.put(id, item.fields()));
        return out;
    }
}
