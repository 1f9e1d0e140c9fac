package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The computed 农历 and 节气 dates against the published ones, 2020–2030 (each year's State Council notice). */
class ChineseCalendarTest {
    // year, 春节, 清明, 端午, 中秋
    static final String[][] KNOWN = {
        {"2020", "01-25", "04-04", "06-25", "10-01"},
        {"2021", "02-12", "04-04", "06-14", "09-21"},
        {"2022", "02-01", "04-05", "06-03", "09-10"},
        {"2023", "01-22", "04-05", "06-22", "09-29"},
        {"2024", "02-10", "04-04", "06-10", "09-17"},
        {"2025", "01-29", "04-04", "05-31", "10-06"},
        {"2026", "02-17", "04-05", "06-19", "09-25"},
        {"2027", "02-06", "04-05", "06-09", "09-15"},
        {"2028", "01-26", "04-04", "05-28", "10-03"},
        {"2029", "02-13", "04-04", "06-16", "09-22"},
        {"2030", "02-03", "04-05", "06-05", "09-12"},
    };

    @Test
    void the_festivals_of_2020_to_2030_fall_on_their_published_dates() {
        for (String[] y : KNOWN) {
            int year = Integer.parseInt(y[0]);
            assertEquals(LocalDate.parse(y[0] + "-" + y[1]), ChineseCalendar.springFestival(year), "春节 " + year);
            assertEquals(LocalDate.parse(y[0] + "-" + y[2]), ChineseCalendar.qingming(year), "清明 " + year);
            assertEquals(LocalDate.parse(y[0] + "-" + y[3]), ChineseCalendar.dragonBoat(year), "端午 " + year);
            assertEquals(LocalDate.parse(y[0] + "-" + y[4]), ChineseCalendar.midAutumn(year), "中秋 " + year);
        }
    }

    @Test
    void leap_months_do_not_shift_the_festivals() {
        // 2020 has 闰四月 (before 端午), 2023 闰二月, 2025 闰六月 (between 端午 and 中秋), 2028 闰五月
        assertEquals(LocalDate.of(2020, 6, 25), ChineseCalendar.dragonBoat(2020));
        assertEquals(LocalDate.of(2023, 6, 22), ChineseCalendar.dragonBoat(2023));
        assertEquals(LocalDate.of(2025, 10, 6), ChineseCalendar.midAutumn(2025));
        assertEquals(LocalDate.of(2028, 10, 3), ChineseCalendar.midAutumn(2028));
    }
}
