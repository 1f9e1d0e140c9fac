package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Statistics;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a department's statistics form ({@code departments/<code>/statistics/<id>.yaml}). */
final class StatisticsReader {
    private StatisticsReader() {}

    static Statistics read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String department = r.department(folderCode);
        String period = f.text("统计期间", true);
        LocalDate from = f.date("开始日期", true);
        LocalDate to = f.date("结束日期", true);
        if (from != null && to != null && to.isBefore(from)) {
            f.problem(f.line("结束日期"), "“结束日期”" + to + " 早于“开始日期”" + from);
        }
        Map<String, Integer> uses = new LinkedHashMap<>();
        Fields methods = f.mapping("执法方式使用次数", false);
        if (methods != null) {
            for (String method : methods.keys()) {
                uses.put(method, count(methods, method, true));
                r.refer(Reference.Kind.METHOD, method, "执法方式使用次数");
            }
            methods.finish();
        }
        Fields noPenalty = f.mapping("不予处罚", true);
        Fields lighter = f.mapping("从轻处罚", true);
        Fields reduced = f.mapping("减轻处罚", true);
        Statistics s = new Statistics(r.source.id(), department, period, from, to, uses,
                count(noPenalty, "轻微违法", true), count(noPenalty, "首违", true), count(noPenalty, "无主观过错", true),
                amount(noPenalty, "免罚金额"), count(lighter, "件数", true), amount(lighter, "金额"),
                count(reduced, "件数", true), amount(reduced, "金额"), count(f, "不予行政强制", true),
                count(f, "告知承诺", true), count(f, "行政回访", true), count(f, "回访后再次违法", true),
                count(f, "公布典型案例", true), r.source.displayPath());
        for (Fields sub : new Fields[] {noPenalty, lighter, reduced}) if (sub != null) sub.finish();
        f.finish();
        return s;
    }

    private static int count(Fields f, String key, boolean required) {
        if (f == null) return 0;
        Integer n = f.integer(key);
        if (n == null) {
            if (required && !f.has(key)) f.problem(f.line(), "缺少必填字段“" + key + "”");
            return 0;
        }
        if (n < 0) f.problem(f.line(key), "“" + key + "”不能为负数");
        return Math.max(n, 0);
    }

    /** Yuan, whole numbers; optional (0 when absent). */
    private static long amount(Fields f, String key) {
        if (f == null) return 0;
        String text = f.text(key, false);
        if (text == null) return 0;
        try {
            long v = Long.parseLong(text);
            if (v < 0) f.problem(f.line(key), "“" + key + "”不能为负数");
            return Math.max(v, 0);
        } catch (NumberFormatException e) {
            f.problem(f.line(key), "“" + key + "”应为整数（元）：“" + text + "”");
            return 0;
        }
    }
}
