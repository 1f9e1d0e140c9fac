package cn.rxzf.portal.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    @Test
    void every_kind_of_time_reads_as_china_standard_time_to_the_minute() {
        Instant utc = Instant.parse("2026-12-05T06:03:11.123456Z");
        assertEquals("2026年12月5日 14:03", LocalTimes.format(utc));
        assertEquals("2026年12月5日 14:03", LocalTimes.format(Timestamp.from(utc)));
        assertEquals("2026年12月5日 14:03", LocalTimes.format(OffsetDateTime.parse("2026-12-05T06:03:59Z")));
        assertEquals("2026年1月6日 00:05", LocalTimes.format(Instant.parse("2026-01-05T16:05:00Z")), "the day turns at Beijing midnight");
        assertEquals("2026年12月5日 14:03", LocalTimes.format(LocalDateTime.parse("2026-12-05T14:03:30")));
        assertEquals("", LocalTimes.format(null));
    }
}
