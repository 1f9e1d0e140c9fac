package cn.rxzf.portal.web;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.site.stats.Chart;
import cn.rxzf.portal.site.stats.Count;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 满意度 per department and quarter from both sources — the scores of 行政回访 and of the closed questionnaires'
 * 满意度 question — each beside the other and together, every share with its n and none from fewer than
 * {@link StatisticsTable#MIN_ANSWERS}; the chart: each department's share over all quarters, from 5 answers up.
 */
public final class SatisfactionTable {
    private SatisfactionTable() {}

    private record Key(String department, int year, int quarter) {}

    public static StatisticsTable of(Content content, List<SatisfactionCount> visits, List<SatisfactionCount> questionnaires) {
        Map<Key, long[]> cells = new TreeMap<>(Comparator.comparing(Key::year).reversed()
                .thenComparing(Comparator.comparing(Key::quarter).reversed())
                .thenComparing(k -> content.departmentName(k.department())));
        add(cells, visits, 0);
        add(cells, questionnaires, 3);
        List<List<String>> rows = new ArrayList<>();
        Map<String, long[]> byDepartment = new TreeMap<>();
        cells.forEach((k, c) -> {
            long answered = c[0] + c[3], satisfied = c[1] + c[4], sum = c[2] + c[5];
            long[] d = byDepartment.computeIfAbsent(content.departmentName(k.department()), x -> new long[2]);
            d[0] += satisfied;
            d[1] += answered;
            rows.add(List.of(content.departmentName(k.department()), k.year() + " 年第 " + k.quarter() + " 季度",
                    StatisticsTable.share(c[1], c[0]), StatisticsTable.share(c[4], c[3]),
                    StatisticsTable.share(satisfied, answered), StatisticsTable.mean(sum, answered)));
        });
        return new StatisticsTable("satisfaction-all", "行政执法满意度（回访和问卷）", "回访按回答的行政回访创建的季度、问卷按"
                + "回答收到的季度统计；问卷只计已截止问卷中标为“满意度”的评分题。满意 = 评 4 分或 5 分；括号中为计算所用的份数；不足 "
                + StatisticsTable.MIN_ANSWERS + " 份的不计算。",
                List.of("部门", "季度", "回访满意率", "问卷满意率", "合计满意率", "合计平均分（5 分制）"), rows,
                new Chart("satisfaction-all-chart", "各部门满意率（%，回访和问卷合计，全部季度，仅含不少于 5 份回答的部门）",
                        byDepartment.entrySet().stream().filter(e -> e.getValue()[1] >= StatisticsTable.MIN_ANSWERS)
                                .map(e -> new Count("n=" + e.getValue()[1] + " " + e.getKey(), null,
                                        Math.round(100.0 * e.getValue()[0] / e.getValue()[1]))).toList()));
    }

    private static void add(Map<Key, long[]> cells, List<SatisfactionCount> counts, int at) {
        for (SatisfactionCount c : counts) {
            long[] cell = cells.computeIfAbsent(new Key(c.department(), c.year(), c.quarter()), k -> new long[6]);
            cell[at] += c.answered();
            cell[at + 1] += c.satisfied();
            cell[at + 2] += c.scoreSum();
        }
    }
}
