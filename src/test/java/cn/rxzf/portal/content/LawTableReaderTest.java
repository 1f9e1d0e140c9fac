package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The law table is read with the same care as every content file: each mistake is a problem at its line. */
class LawTableReaderTest {
    @TempDir
    Path dir;

    private List<String> problems(String table) {
        TestSite site = TestSite.minimal(dir).write("law/fagui-minglu.yaml", table);
        ContentLoader.Result r = new ContentLoader(site.content, TestSite.TODAY).load();
        return r.problems().sorted().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void a_valid_table_resolves_every_name_of_a_law() {
        TestSite site = TestSite.minimal(dir).write("law/fagui-minglu.yaml", """
                法规:
                  - id: ceshi
                    名称: 测试条例
                    简称: [测条]
                    曾用名: [旧测试条例]
                    层级: 地方性法规
                    文号: 测试市人大常委会公告第1号
                    版本:
                      - 施行日期: 2020-01-01
                        说明: 首次公布
                """);
        ContentLoader.Result r = new ContentLoader(site.content, TestSite.TODAY).load();
        assertEquals(List.of(), r.problems().sorted());
        var table = r.content().lawTable;
        assertEquals("ceshi", table.resolve("《旧测试条例》").id());
        assertEquals("ceshi", table.resolve("测条").id());
        assertEquals("ceshi/1", r.content().provisions.ofItem("scj-01").get(0).key());
        assertEquals(100.0, r.content().provisions.parseRate());
    }

    @Test
    void a_name_two_laws_claim_a_wrong_level_and_a_missing_text_are_problems() {
        List<String> p = problems("""
                法规:
                  - id: a
                    名称: 测试条例
                    层级: 法律
                  - id: b
                    名称: 另一条例
                    简称: [测试条例]
                    层级: 条例
                  - id: c
                    名称: 第三条例
                    层级: 法律
                    文本: bu-cunzai
                    通用条款: [三十三]
                """);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("5: ") && s.contains("已属于“a”")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("8: ") && s.contains("层级")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("9: ") && s.contains("“文本”“bu-cunzai”不存在")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("13: ") && s.contains("通用条款")), p.toString());
    }
}
