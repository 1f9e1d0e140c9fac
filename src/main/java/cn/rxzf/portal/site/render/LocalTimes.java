package cn.rxzf.portal.site.render;

import cn.rxzf.portal.config.Settings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Every time a person reads, written one way: China Standard Time, as a Chinese date and the minute
 * ("2026年12月5日 14:03"), never a UTC timestamp with fractions of a second.
 */
public final class LocalTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private LocalTimes() {}

    /**
     * An instant, a zoned or offset time, a JDBC timestamp, or a local time taken as already in China Standard
     * Time; {@code null} gives "".
     */
    public static String format(Object time) {
        if (time == null) return "";
        TemporalAccessor t;
        if (time instanceof Instant i) t = i.atZone(Settings.ZONE);
        else if (time instanceof java.sql.Timestamp ts) t = ts.toInstant().atZone(Settings.ZONE);
        else if (time instanceof OffsetDateTime o) t = o.atZoneSameInstant(Settings.ZONE);
        else if (time instanceof ZonedDateTime z) t = z.withZoneSameInstant(Settings.ZONE);
        else if (time instanceof LocalDateTime l) t = l;
        else throw new IllegalArgumentException("not a time: " + time.getClass().getName());
        return FORMAT.format(t);
    }
}
