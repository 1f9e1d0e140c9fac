package cn.rxzf.portal.content.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the working-day calendar ({@code content/credit/calendar-<year>.yaml}): public holidays, and the
 * weekend days that are working days (调休). Weekends are otherwise days off.
 */
public record WorkCalendarYear(int year, String basis, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {}
