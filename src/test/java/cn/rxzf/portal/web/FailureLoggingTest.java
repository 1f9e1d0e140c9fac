package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The log of 500s cannot be flooded and holds nothing of the request: a real database failure repeated is logged
 * once with its stack trace (then counted), without the values bound to the statement; a client's error is not
 * logged at all.
 */
class FailureLoggingTest {
    @TempDir
    Path dir;
    ServiceHarness s;
    final Logger logger = (Logger) LoggerFactory.getLogger(ErrorPages.class);
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        s = new ServiceHarness(TestSite.minimal(dir).write("departments/scj/drafts/yijian.md", """
                ---
                部门: scj
                标题: 征求意见稿
                征求意见开始: 2026-11-01
                征求意见截止: 2026-12-15
                ---
                正文。
                """));
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() throws Exception {
        logger.detachAppender(logged);
        s.close();
    }

    /** Every text of an event: its message and every message and frame of its throwable chain. */
    private static String text(ILoggingEvent e) {
        StringBuilder b = new StringBuilder(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            b.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return b.toString();
    }

    @Test
    void a_repeated_database_failure_is_logged_once_with_its_stack_trace_and_without_request_data() throws Exception {
        s.db.jdbi.useHandle(h -> h.execute("DROP TABLE comments CASCADE"));
        for (int i = 0; i < 50; i++) assertEquals(500, s.get("/api/drafts/yijian").statusCode());
        assertEquals(1, logged.list.size(), "one line for 50 identical failures");
        ILoggingEvent first = logged.list.get(0);
        assertNotNull(first.getThrowableProxy(), "the first comes with its stack trace");
        assertTrue(first.getThrowableProxy().getStackTraceElementProxyArray().length > 0);
        String text = text(first);
        assertFalse(text.contains("yijian") || text.contains("SELECT") || text.contains("comments"), text);
    }

    @Test
    void client_errors_are_not_logged() throws Exception {
        s.postRaw("/drafts/yijian/comments", "multipart/form-data; boundary=zz", "--zz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nx");
        s.postRaw("/drafts/yijian/comments", "application/x-www-form-urlencoded; charset=utf-7", "body=x");
        assertEquals(413, s.postAlone("/drafts/yijian/comments", "application/x-www-form-urlencoded",
                "body=x".repeat(20_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(0, logged.list.size(), logged.list.toString());
    }

    @Test
    void after_a_minute_a_repeated_failure_is_one_line_with_its_count() {
        AtomicLong now = new AtomicLong();
        FailureLog log = new FailureLog(logger, now::get);
        IllegalStateException same = new IllegalStateException("secret 13800000000");
        for (int i = 0; i < 100; i++) log.failure("GET", same);
        assertEquals(1, logged.list.size());
        now.addAndGet(FailureLog.REPEAT_INTERVAL.toNanos());
        log.failure("GET", same);
        assertEquals(2, logged.list.size());
        ILoggingEvent line = logged.list.get(1);
        assertNull(line.getThrowableProxy(), "no stack trace the second time");
        assertTrue(line.getFormattedMessage().contains("100 more"), line.getFormattedMessage());
        log.failure("GET", new IllegalArgumentException("other"));
        assertEquals(3, logged.list.size(), "another kind is logged at once");
        for (ILoggingEvent e : logged.list) assertFalse(text(e).contains("13800000000"), text(e));
    }
}
