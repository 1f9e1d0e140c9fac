package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deadlines in working days over the real 2026 calendar data: weekends, holidays and 调休 working weekends. */
class WorkingDaysTest {
    static WorkingDays days;

    @BeforeAll
    static void load() {
        days = new WorkingDays(new ContentLoader(Path.of("content"), TestSite.TODAY).load().content().calendar);
    }

    @Test
    void weekends_are_days_off_and_holidays_too() {
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 21)), "a Saturday");
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 11, 23)), "a Monday");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 10, 2)), "National Day, a Friday");
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 10, 10)), "a Saturday worked for National Day");
    }

    @Test
    void three_working_days_from_a_friday_end_on_wednesday() {
        assertEquals(LocalDate.of(2026, 11, 25), days.addWorkingDays(LocalDate.of(2026, 11, 20), 3));
    }

    @Test
    void a_deadline_over_national_day_skips_the_holiday_and_counts_the_working_saturday() {
        // received Wed 30 Sep; 1–7 Oct off; Thu 8, Fri 9, Sat 10 (调休) are the three working days
        assertEquals(LocalDate.of(2026, 10, 10), days.addWorkingDays(LocalDate.of(2026, 9, 30), 3));
    }

    @Test
    void ten_working_days_across_the_spring_festival() {
        // received Fri 13 Feb 2026: Sat 14 worked, 15–23 off, then 24, 25, 26, 27, Sat 28 worked, 2, 3, 4, 5 March
        assertEquals(LocalDate.of(2026, 3, 5), days.addWorkingDays(LocalDate.of(2026, 2, 13), 10));
    }

    @Test
    void years_the_calendar_does_not_cover_are_reported() {
        assertTrue(days.covers(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertFalse(days.covers(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8)));
    }

    @Test
    void a_year_without_data_never_puts_a_deadline_on_a_statutory_holiday() {
        assertFalse(days.isWorkingDay(LocalDate.of(2027, 1, 1)), "元旦 2027, a Friday, with no notice for 2027");
        assertEquals(LocalDate.of(2027, 1, 4), days.addWorkingDays(LocalDate.of(2026, 12, 31), 1));
        assertFalse(days.isWorkingDay(LocalDate.of(2027, 2, 5)), "除夕 2027");
        assertFalse(days.isWorkingDay(LocalDate.of(2027, 2, 8)), "初三 2027");
        assertTrue(days.isWorkingDay(LocalDate.of(2027, 2, 9)), "初四 2027: only the notice could make it a holiday");
        assertFalse(days.isWorkingDay(LocalDate.of(2027, 6, 9)), "端午 2027");
        assertFalse(days.isWorkingDay(LocalDate.of(2027, 9, 15)), "中秋 2027");
    }

    @Test
    void the_statutory_holidays_of_2025_onwards_are_thirteen_days_unless_two_coincide() {
        for (int y = 2025; y <= 2035; y++) {
            if (y != 2028 && y != 2031) assertEquals(13, StatutoryHolidays.of(y).size(), "year " + y);
        }
        assertEquals(12, StatutoryHolidays.of(2028).size(), "中秋 2028 is 10-03, one of 国庆's days");
        assertEquals(12, StatutoryHolidays.of(2031).size(), "中秋 2031 is 10-01");
        assertEquals("春节", StatutoryHolidays.name(LocalDate.of(2028, 1, 25)), "除夕 2028");
        assertEquals("清明节", StatutoryHolidays.name(LocalDate.of(2027, 4, 5)));
    }

    @Test
    void a_period_of_calendar_days_ending_on_a_rest_day_ends_on_the_next_working_day() {
        assertEquals(LocalDate.of(2026, 11, 23), days.addDays(LocalDate.of(2026, 11, 20), 2), "Sunday → Monday (民法典 203)");
        assertEquals(LocalDate.of(2026, 10, 8), days.addDays(LocalDate.of(2026, 9, 28), 3), "国庆 → the first working day after");
        assertEquals(LocalDate.of(2026, 11, 26), days.addDays(LocalDate.of(2026, 11, 20), 6), "a Thursday stays");
    }
}
