package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.WorkCalendarYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days: never a statutory holiday ({@link StatutoryHolidays}, computed for any year); otherwise weekdays are
 * working days unless the year's notice (the calendar data) makes them holidays, and weekend days are not unless it
 * lists them as 调休 working days. For a year the data does not cover, only weekends and the statutory holidays are
 * known, and {@link #covers} says so (the pages then mark a due date as provisional).
 */
public final class WorkingDays {
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingWeekendDays = new HashSet<>();
    private final Set<Integer> years = new HashSet<>();

    public WorkingDays(List<WorkCalendarYear> calendar) {
        for (WorkCalendarYear y : calendar) {
            holidays.addAll(y.holidays());
            workingWeekendDays.addAll(y.workingWeekendDays());
            years.add(y.year());
        }
    }

    public boolean isWorkingDay(LocalDate d) {
        if (holidays.contains(d) || StatutoryHolidays.name(d) != null) return false;
        if (workingWeekendDays.contains(d)) return true;
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The due date of a deadline of {@code n} working days starting on {@code received}: the day of receipt does
     * not count, so the deadline ends on the n-th working day after it.
     */
    public LocalDate addWorkingDays(LocalDate received, int n) {
        LocalDate d = received;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) counted++;
        }
        return d;
    }

    /**
     * The last day of a period of {@code n} calendar days starting on {@code start}, counted as 《民法典》 counts
     * it: the day it starts does not count (art. 201), and a last day that is a rest day (a statutory holiday or a
     * weekend not worked) moves to the next working day (art. 203).
     */
    public LocalDate addDays(LocalDate start, int n) {
        LocalDate d = start.plusDays(n);
        while (!isWorkingDay(d)) d = d.plusDays(1);
        return d;
    }

    public boolean covers(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) if (!years.contains(y)) return false;
        return true;
    }
}
