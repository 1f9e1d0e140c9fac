package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.MutableClock;
import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counters against the real (embedded) PostgreSQL. */
class RateLimiterTest {
    private static Database db;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T04:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static RateLimiter limiter;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
        limiter = new RateLimiter(db.jdbi, CLOCK);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void aLimitAllowsExactlyItsCountPerWindowAndEachBucketCountsAlone() {
        for (int i = 0; i < 3; i++) assertTrue(limiter.allow("t1:a", 3, Duration.ofMinutes(10)));
        assertFalse(limiter.allow("t1:a", 3, Duration.ofMinutes(10)));
        assertTrue(limiter.allow("t1:b", 3, Duration.ofMinutes(10)));
        CLOCK.advance(Duration.ofMinutes(10));
        assertTrue(limiter.allow("t1:a", 3, Duration.ofMinutes(10)), "a new window starts afresh");
    }

    @Test
    void aRequestIsRefusedWhenAnyOfItsBucketsIsFullAndStillCountsInTheOthers() {
        assertTrue(limiter.allow("t2:full", 1, Duration.ofHours(1)));
        List<RateLimiter.Limit> both = List.of(new RateLimiter.Limit("t2:full", 1, Duration.ofHours(1)),
                new RateLimiter.Limit("t2:other", 2, Duration.ofHours(1)));
        assertFalse(limiter.allow(both));
        assertTrue(limiter.allow("t2:other", 2, Duration.ofHours(1)));
        assertFalse(limiter.allow("t2:other", 2, Duration.ofHours(1)), "the refused request was counted too");
    }

    @Test
    void unitsGivenBackCanBeSpentAgainInEveryBucketOfTheRequest() {
        RateLimiter.Limit client = new RateLimiter.Limit("t7:client", 2, Duration.ofHours(1));
        RateLimiter.Limit draft = new RateLimiter.Limit("t7:draft", 2, Duration.ofHours(1), RateLimiter.SPREAD);
        assertTrue(limiter.take(List.of(client, draft)).allowed());
        RateLimiter.Permit second = limiter.take(List.of(client, draft));
        assertTrue(second.allowed());
        limiter.giveBack(second);
        assertTrue(limiter.allow(List.of(client, draft)), "the unit given back is spent again");
        assertFalse(limiter.allow(List.of(client)), "and the limit holds after it");
        assertFalse(limiter.allow(List.of(draft)), "in the spread bucket too");
        RateLimiter.Permit fresh = limiter.take(List.of(new RateLimiter.Limit("t7:zero", 1, Duration.ofHours(1))));
        limiter.giveBack(fresh);
        limiter.giveBack(fresh);
        int count = db.jdbi.withHandle(h -> h.createQuery(
                "SELECT sum(count) FROM rate_counters WHERE bucket = 't7:zero'").mapTo(Integer.class).one());
        assertEquals(0, count, "never below zero");
    }

    @Test
    void aSpreadBucketHoldsItsLimitOverTheSumOfItsRows() {
        RateLimiter.Limit spread = new RateLimiter.Limit("t3:draft", 40, Duration.ofHours(1), RateLimiter.SPREAD);
        for (int i = 0; i < 40; i++) assertTrue(limiter.allow(List.of(spread)), "request " + (i + 1));
        for (int i = 0; i < 5; i++) assertFalse(limiter.allow(List.of(spread)));
        int rows = db.jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM rate_counters WHERE bucket = 't3:draft'").mapTo(Integer.class).one());
        assertTrue(rows > 1 && rows <= RateLimiter.SPREAD, rows + " rows");
    }

    @Test
    void concurrentRequestsOnASpreadBucketOvershootByLessThanTheirConcurrencyAndNeverFail() throws Exception {
        RateLimiter.Limit spread = new RateLimiter.Limit("t4:draft", 200, Duration.ofHours(1), RateLimiter.SPREAD);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> allowed = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int client = t;
            allowed.add(pool.submit(() -> {
                int n = 0;
                for (int i = 0; i < 100; i++) {
                    if (limiter.allow(List.of(new RateLimiter.Limit("t4:client:" + client + ":" + i, 5,
                            Duration.ofHours(1)), spread))) {
                        n++;
                    }
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : allowed) total += f.get();
        pool.shutdown();
        assertTrue(total >= 200 && total < 204, total + " allowed");
    }

    @Test
    void countersAreUnloggedAndABucketTwiceInOneRequestIsAMistake() {
        String persistence = db.jdbi.withHandle(h -> h.createQuery(
                "SELECT relpersistence FROM pg_class WHERE relname = 'rate_counters'").mapTo(String.class).one());
        assertEquals("u", persistence);
        assertThrows(IllegalArgumentException.class, () -> limiter.allow(List.of(
                new RateLimiter.Limit("t5:x", 1, Duration.ofHours(1)), new RateLimiter.Limit("t5:x", 2,
                        Duration.ofDays(1)))));
    }

    @Test
    void oddBucketTextIsStoredAsAHash() {
        assertTrue(limiter.allow("t6:\u0000name", 1, Duration.ofHours(1)));
        assertFalse(limiter.allow("t6:\u0000name", 1, Duration.ofHours(1)));
        assertTrue(RateLimiter.key("t6:\u0000name").startsWith("h:"));
    }
}
