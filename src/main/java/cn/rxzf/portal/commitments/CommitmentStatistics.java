package cn.rxzf.portal.commitments;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.web.StatisticsTable;
import java.util.ArrayList;
import cn.rxzf.portal.site.stats.Chart;
import cn.rxzf.portal.site.stats.Count;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The public 告知承诺 figures: per department and quarter, issued, signed, corrected, overdue and the share corrected. */
public final class CommitmentStatistics {
    private CommitmentStatistics() {}

    public static StatisticsTable table(CommitmentStore store, Content content) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Long> issued = new TreeMap<>();
        for (CommitmentStore.Counts c : store.counts()) {
            issued.merge(content.departmentName(c.department()), c.issued(), Long::sum);
            rows.add(List.of(content.departmentName(c.department()), c.year() + " 年第 " + c.quarter() + " 季度",
                    Long.toString(c.issued()), Long.toString(c.signed()), Long.toString(c.corrected()),
                    Long.toString(c.overdue()), StatisticsTable.share(c.corrected(), c.corrected() + c.overdue())));
        }
        return new StatisticsTable("commitments", "告知承诺", "按开具的季度统计。按期纠正率 = 已纠正 ÷（已纠正 + 逾期未纠正），"
                + "括号中为计算所用的件数；不足 " + StatisticsTable.MIN_ANSWERS + " 件的不计算比例。超过保存期限删除的不再计入。",
                List.of("部门", "季度", "开具", "已签署", "已纠正", "逾期未纠正", "按期纠正率"), rows,
                new Chart("commitments-chart", "各部门开具的告知承诺（件）", issued.entrySet().stream()
                        .map(e -> new Count(e.getKey(), null, e.getValue())).toList()));
    }
}
