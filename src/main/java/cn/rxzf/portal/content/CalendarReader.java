package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.WorkCalendarYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code credit/calendar-<year>.yaml}: 放假 is a list of dates or [first, last] ranges, 调休上班 a list of
 * weekend dates that are working days.
 */
final class CalendarReader {
    private CalendarReader() {}

    static WorkCalendarYear read(ReadContext r) {
        Fields f = r.fields;
        Integer year = f.integer("年份");
        String fileYear = r.source.id().substring("calendar-".length());
        if (year == null) {
            if (!f.has("年份")) f.problem(f.line(), "缺少必填字段“年份”");
            year = 0;
        } else if (!fileYear.equals(String.valueOf(year))) {
            f.problem(f.line("年份"), "“年份”应与文件名一致：calendar-" + year + ".yaml");
        }
        String basis = f.text("依据", true);
        Set<LocalDate> holidays = new TreeSet<>();
        for (List<String> entry : f.textGroups("放假", true)) holidays.addAll(range(f, "放假", entry, year));
        Set<LocalDate> working = new TreeSet<>();
        for (List<String> entry : f.textGroups("调休上班", false)) {
            for (LocalDate d : range(f, "调休上班", entry, year)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    f.problem(f.line("调休上班"), "调休上班日 " + d + " 不是周末");
                }
                if (holidays.contains(d)) f.problem(f.line("调休上班"), d + " 同时列为放假和调休上班");
                working.add(d);
            }
        }
        f.finish();
        return new WorkCalendarYear(year, basis, Set.copyOf(holidays), Set.copyOf(working));
    }

    /** One date, or a [first, last] range, inside the calendar's year. */
    private static List<LocalDate> range(Fields f, String key, List<String> entry, int year) {
        try {
            LocalDate first = LocalDate.parse(entry.get(0));
            LocalDate last = entry.size() > 1 ? LocalDate.parse(entry.get(1)) : first;
            if (entry.size() > 2 || last.isBefore(first) || first.getYear() != year || last.getYear() != year) {
                f.problem(f.line(key), "“" + key + "”中的“" + entry + "”应为本年度的日期或 [起, 止] 日期段");
                return List.of();
            }
            return first.datesUntil(last.plusDays(1)).toList();
        } catch (DateTimeParseException e) {
            f.problem(f.line(key), "“" + key + "”中的“" + entry + "”不是有效日期（应为 YYYY-MM-DD）");
            return List.of();
        }
    }
}
