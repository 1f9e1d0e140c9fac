package cn.rxzf.portal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.rxzf.portal.content.model.ListKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Headings worded a little off the alias table, as departments write them, map to the same item keys; headings that
 * name something else do not.
 */
class ImportHeadingsTest {
    @Test
    void headingsWordedOffTheAliasTableMapToTheirKeys() {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("违法行为名称及内容", ListKeys.VIOLATION);
        want.put("违法行为内容", ListKeys.VIOLATION);
        want.put("具体违法行为", ListKeys.VIOLATION);
        want.put("法律依据（违反条款）", ListKeys.VIOLATED);
        want.put("违反的法律规定", ListKeys.VIOLATED);
        want.put("（违反条款）", ListKeys.VIOLATED);
        want.put("行政处罚依据", ListKeys.PENALTY_BASIS);
        want.put("处罚的法律依据", ListKeys.PENALTY_BASIS);
        want.put("不予处罚的条件", ListKeys.CONDITIONS);
        want.put("不予行政处罚的条件", ListKeys.CONDITIONS);
        want.put("不予行政处罚的具体情形", ListKeys.CONDITIONS);
        want.put("免予处罚情形", ListKeys.CONDITIONS);
        want.put("适用情形", ListKeys.CONDITIONS);
        want.put("处罚结果/处理方式", ListKeys.OUTCOME);
        want.put("处理结果、处理方式", ListKeys.OUTCOME);
        want.put("执法主体", ListKeys.AUTHORITY);
        want.put("实施单位", ListKeys.AUTHORITY);
        want.put("备注说明", ListKeys.NOTE);
        want.put("序 号", ListKeys.SEQ);
        Map<String, String> got = new LinkedHashMap<>();
        want.keySet().forEach(h -> got.put(h, Columns.target(h)));
        assertEquals(want, got);
    }

    @Test
    void headingsOfOtherThingsStayExtraFields() {
        for (String h : new String[] {"权力编码", "事项类别", "违法行为类别", "罚款金额", "发布日期", "联系电话"}) {
            assertNull(Columns.target(h), h);
        }
    }
}
