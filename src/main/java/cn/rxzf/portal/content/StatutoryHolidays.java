package cn.rxzf.portal.content;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statutory holidays (全体公民放假的节日) of 《全国年节及纪念日放假办法》 as revised in 2024, in force from 2025,
 * for any year: 元旦 1 January; 春节 农历除夕 and 正月初一至初三; 清明节 (the day of the 节气); 劳动节 1–2 May;
 * 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1–3 October. These are never working days, whatever a year's notice
 * says; the notice adds the days around them and the 调休 working weekends (content/credit/calendar-YYYY.yaml).
 */
public final class StatutoryHolidays {
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private StatutoryHolidays() {}

    /** The holidays of {@code year}, each with its name, in date order within each festival. */
    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> m = new LinkedHashMap<>();
        m.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate spring = ChineseCalendar.springFestival(year);
        for (int i = -1; i <= 2; i++) m.put(spring.plusDays(i), "春节");
        m.put(ChineseCalendar.qingming(year), "清明节");
        m.put(LocalDate.of(year, 5, 1), "劳动节");
        m.put(LocalDate.of(year, 5, 2), "劳动节");
        m.put(ChineseCalendar.dragonBoat(year), "端午节");
        m.put(ChineseCalendar.midAutumn(year), "中秋节");
        for (int d = 1; d <= 3; d++) m.put(LocalDate.of(year, 10, d), "国庆节");
        return Collections.unmodifiableMap(m);
    }

    /** The holiday's name when {@code d} is a statutory holiday, else null. */
    public static String name(LocalDate d) {
        String n = of(d.getYear()).get(d);
        // 春节's 除夕 can fall in the Gregorian year before the 春节's own year
        return n != null ? n : "春节".equals(of(d.getYear() + 1).get(d)) ? "春节" : null;
    }
}
