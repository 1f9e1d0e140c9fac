package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Case;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

final class CaseReader {
    private CaseReader() {}

    static Case read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String department = r.department(folderCode);
        String date = f.text("日期", true);
        if (date != null && !isDateOrMonth(date)) {
            f.problem(f.line("日期"), "“日期”不是有效日期（应为 YYYY-MM-DD 或 YYYY-MM）：“" + date + "”");
        }
        List<String> items = f.texts("条目", false);
        List<String> methods = f.texts("执法方式", false);
        r.referAll(Reference.Kind.ITEM, items, "条目");
        r.referAll(Reference.Kind.METHOD, methods, "执法方式");
        Case c = new Case(r.source.id(), department, f.text("标题", true), date, f.text("地区", false),
                f.text("领域", false), items, methods, f.text("处理结果", true), f.url("来源"),
                f.text("来源说明", false), f.oneOf("文本性质", Case.FIDELITIES, false), r.bodyHtml(),
                r.source.displayPath());
        f.finish();
        return c;
    }

    private static boolean isDateOrMonth(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) LocalDate.parse(s);
            else if (s.matches("\\d{4}-\\d{2}")) YearMonth.parse(s);
            else return false;
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
