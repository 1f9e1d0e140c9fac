package cn.rxzf.portal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of the 农历 and the 节气 that the statutory holidays need (春节, 清明, 端午, 中秋), computed from the
 * positions of the sun and the moon as the Chinese calendar (GB/T 33661-2017) defines them: a month begins on the
 * day (China Standard Time, UTC+8) of a new moon; the month containing the winter solstice is the eleventh; in a year
 * of thirteen months between two eleventh months, the first month without a major solar term (中气) is the leap month.
 * New moons follow Meeus, <i>Astronomical Algorithms</i>, ch. 49 (its periodic terms; the planetary terms, under a
 * minute, are left out); the sun's apparent longitude follows ch. 25 (about 0.01°, a quarter of an hour). Both are
 * accurate to minutes, enough for dates unless an event falls within minutes of midnight; the tests compare
 * 2020–2030 with the published dates.
 */
public final class ChineseCalendar {
    private static final double SYNODIC = 29.530588861;
    private static final double TROPICAL = 365.242189;
    /** TT − UT, seconds: about 69 s in the 2020s; the drift over a century is a couple of minutes. */
    private static final double DELTA_T_DAYS = 69.0 / 86400;
    private static final double CST = 8.0 / 24;

    private ChineseCalendar() {}

    /** 正月初一 (春节) of the lunar year that begins in Gregorian {@code year}. */
    public static LocalDate springFestival(int year) {
        return lunarDate(year, 1, 1);
    }

    /** 清明: the day the sun's apparent longitude reaches 15°. */
    public static LocalDate qingming(int year) {
        return day(solarTerm(year, 15));
    }

    /** 端午 (五月初五) of Gregorian {@code year}. */
    public static LocalDate dragonBoat(int year) {
        return lunarDate(year, 5, 5);
    }

    /** 中秋 (八月十五) of Gregorian {@code year}. */
    public static LocalDate midAutumn(int year) {
        return lunarDate(year, 8, 15);
    }

    /**
     * The Gregorian date of the (non-leap) lunar {@code month} and {@code day} in the lunar year whose 正月 falls in
     * Gregorian {@code year}.
     */
    static LocalDate lunarDate(int year, int month, int day) {
        List<LocalDate> starts = monthStarts(year);
        return starts.get(month - 1).plusDays(day - 1);
    }

    /** The first days of months 1…10 (index 0 = 正月; leap months left out) of the lunar year beginning in {@code year}. */
    private static List<LocalDate> monthStarts(int year) {
        LocalDate solstice0 = day(solarTerm(year - 1, 270));
        LocalDate solstice1 = day(solarTerm(year, 270));
        List<LocalDate> moons = new ArrayList<>();
        double k = Math.floor((year - 1 - 2000) * 12.3685 + 10.27) - 2; // a new moon before the solstice of year - 1
        while (true) {
            LocalDate d = day(newMoon(k));
            moons.add(d);
            if (d.isAfter(solstice1.plusDays(31))) break;
            k++;
        }
        int a = containing(moons, solstice0); // 十一月 of the year before
        int b = containing(moons, solstice1); // 十一月 of this year
        boolean leapYear = b - a == 13;
        boolean leapUsed = false;
        int number = 11;
        List<LocalDate> starts = new ArrayList<>();
        for (int i = a + 1; i < b; i++) {
            if (leapYear && !leapUsed && !hasMajorTerm(moons.get(i), moons.get(i + 1))) {
                leapUsed = true; // a leap month repeats the number of the month before it
                continue;
            }
            number = number % 12 + 1;
            if (number <= 10) starts.add(moons.get(i));
        }
        return starts;
    }

    private static int containing(List<LocalDate> moons, LocalDate d) {
        for (int i = moons.size() - 1; i >= 0; i--) if (!moons.get(i).isAfter(d)) return i;
        throw new IllegalStateException("no new moon before " + d);
    }

    /** Whether a major solar term (a multiple of 30° of the sun's longitude) falls in [start, next). */
    private static boolean hasMajorTerm(LocalDate start, LocalDate next) {
        double jd = jdOf(start);
        double lon = sunLongitude(jd - CST);
        double target = Math.ceil(lon / 30) * 30;
        LocalDate term = day(solveSun(target % 360, jd));
        return !term.isBefore(start) && term.isBefore(next);
    }

    /** Julian day (TT) of the moment the sun's apparent longitude is {@code degrees} in {@code year}. */
    static double solarTerm(int year, double degrees) {
        // mean position: longitude 0 (spring equinox) near 20 March
        double jd0 = jdOf(LocalDate.of(year, 3, 20)) + degrees / 360 * TROPICAL;
        return solveSun(degrees, jd0);
    }

    private static double solveSun(double degrees, double guess) {
        double jd = guess;
        for (int i = 0; i < 20; i++) {
            double diff = degrees - sunLongitude(jd);
            diff = ((diff + 540) % 360) - 180;
            jd += diff * TROPICAL / 360;
            if (Math.abs(diff) < 1e-7) break;
        }
        return jd;
    }

    /** The sun's apparent longitude in degrees at Julian day {@code jd} (TT), Meeus ch. 25. */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        return ((lambda % 360) + 360) % 360;
    }

    /** Julian day (TT) of new moon number {@code k} (k = 0 near 2000-01-06), Meeus ch. 49. */
    static double newMoon(double k) {
        double t = k / 1236.85;
        double jde = 2451550.09766 + SYNODIC * k + 0.00015437 * t * t - 0.000000150 * t * t * t
                + 0.00000000073 * t * t * t * t;
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
        double mp = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
                - 0.000000058 * t * t * t * t);
        double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
                + 0.000000011 * t * t * t * t);
        double om = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
        double c = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
        return jde + c;
    }

    /** The China Standard Time date of a moment given as a Julian day (TT). */
    static LocalDate day(double jdTT) {
        double jdCst = jdTT - DELTA_T_DAYS + CST;
        long epochDay = (long) Math.floor(jdCst - 2440587.5);
        return LocalDate.ofEpochDay(epochDay);
    }

    /** The Julian day of 00:00 China Standard Time on {@code d}, as TT. */
    private static double jdOf(LocalDate d) {
        return d.toEpochDay() + 2440587.5 - CST + DELTA_T_DAYS;
    }
}
