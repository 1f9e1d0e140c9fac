package cn.rxzf.portal.visits;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.web.StatisticsTable;
import java.util.ArrayList;
import cn.rxzf.portal.site.stats.Chart;
import cn.rxzf.portal.site.stats.Count;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public 满意度 from 行政回访: per department and quarter, the visits, the share answered, the share satisfied
 * (4 or 5 of 5) and the mean score — each share with the number it is out of, none from fewer than 5.
 */
public final class SatisfactionStatistics {
    private SatisfactionStatistics() {}

    /** The answered visits' scores per department and quarter, for the 满意度 table with the questionnaires'. */
    public static List<cn.rxzf.portal.web.SatisfactionCount> counts(VisitStore store) {
        return store.counts().stream().map(c -> new cn.rxzf.portal.web.SatisfactionCount(c.department(), c.year(),
                c.quarter(), c.answered(), c.satisfied(), c.scoreSum())).toList();
    }

    public static StatisticsTable table(VisitStore store, Content content) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, long[]> byDepartment = new TreeMap<>();
        for (VisitStore.Counts c : store.counts()) {
            long[] d = byDepartment.computeIfAbsent(content.departmentName(c.department()), k -> new long[2]);
            d[0] += c.satisfied();
            d[1] += c.answered();
            rows.add(List.of(content.departmentName(c.department()), c.year() + " 年第 " + c.quarter() + " 季度",
                    Long.toString(c.visits()), StatisticsTable.share(c.answered(), c.visits()),
                    StatisticsTable.share(c.satisfied(), c.answered()), StatisticsTable.mean(c.scoreSum(), c.answered()),
                    StatisticsTable.count(c.complaints(), c.answered())));
        }
        return new StatisticsTable("satisfaction", "行政执法满意度（行政回访）", "按回访创建的季度统计。满意 = 评 4 分或 5 分；"
                + "括号中为计算所用的份数；不足 " + StatisticsTable.MIN_ANSWERS + " 份的不计算，投诉数也不公布。",
                List.of("部门", "季度", "回访", "回答率", "满意率", "平均分（5 分制）", "投诉"), rows,
                new Chart("satisfaction-chart", "各部门满意率（%，全部季度，仅含不少于 5 份回答的部门）",
                        byDepartment.entrySet().stream().filter(e -> e.getValue()[1] >= StatisticsTable.MIN_ANSWERS)
                                .map(e -> new Count("n=" + e.getValue()[1] + " " + e.getKey(), null,
                                        Math.round(100.0 * e.getValue()[0] / e.getValue()[1]))).toList()));
    }
}
