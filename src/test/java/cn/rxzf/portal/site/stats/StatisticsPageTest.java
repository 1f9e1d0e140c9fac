package cn.rxzf.portal.site.stats;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsPageTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Document page;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.minimal(dir).write("departments/scj/statistics/2025.yaml", """
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
                """);
        site.write("departments/scj/lists/second.md", """
                ---
                部门: scj
                标题: 第二份清单
                类型: 首违不罚
                发布机构: 测试市市场监督管理局
                成文日期: 2024-03-01
                生效日期: 2024-03-01
                状态: 生效
                领域: 市场监管
                条目:
                  - id: scj-02
                    违法行为: 甲
                    违反条款: 乙
                    处罚依据: 丙
                    适用条件: [丁]
                    处理结果: 可以不予处罚
                    实施机关: 戊
                    配套监管措施: [己]
                    领域: 价格
                  - id: scj-03
                    违法行为: 甲二
                    违反条款: 乙
                    处罚依据: 丙
                    适用条件: [丁]
                    处理结果: 可以不予处罚
                    实施机关: 戊
                    配套监管措施: [己]
                ---
                """);
        var built = SiteBuilds.of(site.settings()).build();
        assertTrue(built.ok(), built.problems().toString());
        page = Jsoup.parse(Files.readString(site.out.resolve("statistics/index.html")));
    }

    @Test
    void every_chart_shows_the_numbers_of_the_table_beneath_it() {
        List<Element> sections = page.select("section.chart-section");
        assertEquals(5, sections.size());
        for (Element s : sections) {
            List<String> svgValues = s.select("svg text.value").eachAttr("data-value");
            assertEquals(svgValues, s.select("svg text.value").eachText(), "the value drawn is the value");
            List<String> tableValues = new ArrayList<>();
            for (Element row : s.select("table tbody tr")) tableValues.add(row.selectFirst("td").text());
            assertEquals(tableValues, svgValues, s.id());
            assertEquals(s.select("table tbody th").size(), s.select("svg rect").size());
            assertTrue(s.selectFirst("svg").hasAttr("role") && s.selectFirst("svg title") != null, "the chart is a labelled image");
        }
    }

    @Test
    void counts_are_by_department_type_area_status_and_method() {
        assertEquals(List.of("测试市市场监督管理局 3"), rows("chart-department"));
        assertEquals(List.of("不予处罚 1", "首违不罚 1"), rows("chart-type"));
        assertEquals(List.of("市场监管 2", "价格 1"), rows("chart-area"));
        assertEquals(List.of("生效 2"), rows("chart-status"));
        assertEquals(List.of("说服教育 1"), rows("chart-method"));
    }

    @Test
    void bars_are_drawn_to_scale() {
        List<String> widths = page.select("#chart-area svg rect").eachAttr("width");
        assertEquals(Integer.parseInt(widths.get(0)), 2 * Integer.parseInt(widths.get(1)), 1.0);
    }

    @Test
    void department_forms_are_shown_and_downloadable() throws IOException {
        Element forms = page.selectFirst("table.forms");
        assertEquals("测试市市场监督管理局（2025年）", forms.select("thead th").get(1).text());
        assertTrue(forms.select("tbody tr").eachText().contains("不予处罚合计 8"));
        assertTrue(forms.select("tbody tr").eachText().contains("执法方式：说服教育 12"));
        String csv = Files.readString(site.out.resolve("statistics/statistics.csv"));
        assertTrue(csv.startsWith("\uFEFF部门,统计期间,开始日期,结束日期,不予处罚：轻微违法"), csv);
        assertTrue(csv.contains("测试市市场监督管理局,2025年,2025-01-01,2025-12-31,3,5,0,8,12000,2,3000,1,500,0,4,6,0,1,12\r\n"), csv);
        assertTrue(Files.size(site.out.resolve("statistics/statistics.xlsx")) > 1000);
        assertFalse(page.html().contains("style="), "no inline styles: the CSP forbids them");
    }

    private static List<String> rows(String chart) {
        return page.select("#" + chart + " table tbody tr").eachText();
    }
}
