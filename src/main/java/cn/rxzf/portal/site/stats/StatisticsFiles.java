package cn.rxzf.portal.site.stats;

import cn.rxzf.portal.site.publish.DataFiles;
import cn.rxzf.portal.site.publish.Xlsx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The statistics forms as downloads: CSV (UTF-8 with BOM, CRLF, as the other CSV files) and XLSX. */
public final class StatisticsFiles {
    private StatisticsFiles() {}

    public static byte[] csv(SiteStatistics stats) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        DataFiles.row(sb, stats.formHeader());
        for (List<Object> row : stats.formRows()) {
            List<String> cells = new ArrayList<>();
            for (Object o : row) cells.add(String.valueOf(o));
            DataFiles.row(sb, cells);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(SiteStatistics stats) {
        return Xlsx.workbook("统计表", stats.formHeader(), stats.formRows());
    }
}
