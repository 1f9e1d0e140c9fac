package cn.rxzf.portal.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.web.Keys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The group commit of comments against the real PostgreSQL. To make a batch of a known composition, a test locks the
 * comments table, lets the writer take a first comment (which then waits for the lock), queues the batch behind it
 * and releases the lock: the queued comments are then written together, in one transaction.
 */
class CommentWriterTest {
    static final String DRAFT = "yijian";
    Database db;
    CommentStore store;
    CommentWriter writer;
    ExecutorService threads = Executors.newCachedThreadPool();
    Handle lock;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        store = new CommentStore(db.jdbi, Keys.random());
        writer = new CommentWriter(store);
    }

    @AfterEach
    void close() throws Exception {
        if (lock != null) lock.close();
        writer.close();
        threads.shutdownNow();
        db.close();
    }

    private NewComment comment(String body) {
        return store.prepare(DRAFT, "scj", body, CommentService.hash(body), null, null, TestSite.TODAY);
    }

    private Future<Optional<String>> submit(CommentWriter w, String body) {
        return threads.submit(() -> w.write(comment(body)));
    }

    /** Locks the table, starts a first comment and waits until the writer has taken it: it now waits for the lock. */
    private Future<Optional<String>> blockWriter(CommentWriter w) {
        lock = db.jdbi.open();
        lock.begin();
        lock.execute("LOCK TABLE comments IN EXCLUSIVE MODE");
        Future<Optional<String>> first = submit(w, "先到的一条");
        waitFor(() -> w.queued() == 0 && waitingForLock() == 1);
        return first;
    }

    /** Queues comments one after another, in this order, behind the blocked writer. */
    private List<Future<Optional<String>>> queue(CommentWriter w, String... bodies) {
        List<Future<Optional<String>>> futures = new ArrayList<>();
        for (String body : bodies) {
            int before = w.queued();
            futures.add(submit(w, body));
            waitFor(() -> w.queued() == before + 1);
        }
        return futures;
    }

    private void unblockWriter() {
        lock.rollback();
        lock.close();
        lock = null;
    }

    private int waitingForLock() {
        return db.jdbi.withHandle(h -> h.createQuery("""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""")
                .mapTo(Integer.class).one());
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 10 s");
            Thread.onSpinWait();
        }
    }

    private static <T> T get(Future<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    /** tracking number → body of every stored comment. */
    private Map<String, String> stored() {
        return db.jdbi.withHandle(h -> h.createQuery("SELECT tracking_no, body FROM comments")
                .setMapKeyColumn("tracking_no").setMapValueColumn("body").collectInto(
                        new org.jdbi.v3.core.generic.GenericType<Map<String, String>>() {}));
    }

    /** Transactions that inserted the stored comments (rows of one transaction share its xmin). */
    private int transactions() {
        return db.jdbi.withHandle(h -> h.createQuery("SELECT count(DISTINCT xmin::text) FROM comments")
                .mapTo(Integer.class).one());
    }

    @Test
    void concurrent_comments_are_committed_together_and_each_is_acknowledged_with_its_own_number() throws Exception {
        Future<Optional<String>> first = blockWriter(writer);
        List<String> bodies = new ArrayList<>();
        List<Future<Optional<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            bodies.add("第 " + i + " 条意见");
            futures.add(submit(writer, bodies.get(i)));
        }
        waitFor(() -> writer.queued() == 64);
        assertFalse(first.isDone(), "nothing is acknowledged before its commit");
        unblockWriter();

        String firstNo = get(first).orElseThrow();
        List<String> numbers = new ArrayList<>();
        for (Future<Optional<String>> f : futures) numbers.add(get(f).orElseThrow());
        Map<String, String> stored = stored();
        assertEquals(65, stored.size());
        assertEquals("先到的一条", stored.get(firstNo));
        for (int i = 0; i < 64; i++) {
            assertEquals(bodies.get(i), stored.get(numbers.get(i)), "comment " + i + " is stored under its own number");
        }
        assertEquals(2, transactions(), "the first comment alone, then the 64 queued behind it in one transaction");
    }

    @Test
    void equal_texts_in_one_batch_give_one_comment_and_duplicates_deterministically() throws Exception {
        Optional<String> earlier = writer.write(comment("早已提交的意见"));
        assertTrue(earlier.isPresent());
        Future<Optional<String>> first = blockWriter(writer);
        List<Future<Optional<String>>> batch = queue(writer, "甲意见", "乙意见", "  甲意见 ", "早已提交的意见", "甲意见");
        unblockWriter();

        get(first).orElseThrow();
        String a = get(batch.get(0)).orElseThrow(() -> new AssertionError("the first of equal texts is stored"));
        String b = get(batch.get(1)).orElseThrow();
        assertEquals(Optional.empty(), get(batch.get(2)), "same text but for whitespace, later in the batch");
        assertEquals(Optional.empty(), get(batch.get(3)), "already stored by an earlier batch");
        assertEquals(Optional.empty(), get(batch.get(4)), "the same text a third time");
        Map<String, String> stored = stored();
        assertEquals(Map.of(earlier.get(), "早已提交的意见", first.get().get(), "先到的一条", a, "甲意见", b, "乙意见"), stored);
        assertEquals(3, transactions());
    }

    @Test
    void the_same_text_in_later_batches_is_a_duplicate() {
        assertTrue(writer.write(comment("同一条意见")).isPresent());
        assertEquals(Optional.empty(), writer.write(comment("同一条意见")));
        assertEquals(Optional.empty(), writer.write(comment(" 同一条意见\n")));
        assertTrue(writer.write(comment("另一条意见")).isPresent());
        assertEquals(2, stored().size());
    }

    @Test
    void a_taken_tracking_number_is_replaced_and_the_batch_written_again() {
        db.jdbi.useHandle(h -> h.execute("""
                INSERT INTO comments (tracking_no, draft_id, department, body, body_hash)
                VALUES ('YJ20261122-AAAAAA', 'other', 'scj', '旧', '\\x00')"""));
        // the first attempt's two numbers: one taken in the table, and the same one twice in the batch
        Iterator<String> scripted = List.of("AAAAAA", "AAAAAA").iterator();
        CommentStore clashing = new CommentStore(db.jdbi, Keys.random(),
                () -> scripted.hasNext() ? scripted.next() : CommentStore.randomCode(6));
        List<Optional<String>> numbers = clashing.insertAll(List.of(comment("一"), comment("二")));
        assertFalse(scripted.hasNext());
        assertEquals(2, new HashSet<>(numbers).size());
        for (Optional<String> no : numbers) {
            assertNotEquals("YJ20261122-AAAAAA", no.orElseThrow());
            assertTrue(no.get().matches("YJ20261122-[2-9A-Z]{6}"), no.get());
        }
        assertEquals(3, stored().size());

        CommentStore alwaysTaken = new CommentStore(db.jdbi, Keys.random(), () -> "AAAAAA");
        var e = assertThrows(RuntimeException.class, () -> alwaysTaken.insertAll(List.of(comment("三"))));
        assertEquals("23505", assertInstanceOf(PSQLException.class, e.getCause()).getSQLState(), "gives up after a few tries");
        assertEquals(3, stored().size());
    }

    @Test
    void a_comment_the_database_refuses_fails_alone_and_the_writer_goes_on() throws Exception {
        Future<Optional<String>> first = blockWriter(writer);
        // an empty body breaks the table's CHECK constraint: the batch's statement fails, then each is tried alone
        List<Future<Optional<String>>> batch = queue(writer, "好的一", "", "好的二");
        unblockWriter();

        String firstNo = get(first).orElseThrow();
        String one = get(batch.get(0)).orElseThrow();
        ExecutionException e = assertThrows(ExecutionException.class, () -> get(batch.get(1)));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("23514", sqlState(e), "the check violation reaches the refused comment's waiter");
        String two = get(batch.get(2)).orElseThrow();
        String later = writer.write(comment("之后的意见")).orElseThrow();
        assertEquals(Map.of(firstNo, "先到的一条", one, "好的一", two, "好的二", later, "之后的意见"), stored());
    }

    @Test
    void when_the_database_is_gone_every_write_fails_without_hanging() throws Exception {
        db.close();
        Future<Optional<String>> f = submit(writer, "数据库已关闭");
        ExecutionException e = assertThrows(ExecutionException.class, () -> get(f));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void close_stores_everything_queued_before_it_returns_and_refuses_what_comes_after() throws Exception {
        Future<Optional<String>> first = blockWriter(writer);
        List<Future<Optional<String>>> queued = queue(writer, "一", "二", "三", "四", "五");
        Thread closing = new Thread(writer::close);
        closing.start();
        waitFor(() -> closing.getState() == Thread.State.TIMED_WAITING); // in close(), waiting for the writer
        assertThrows(CommentWriter.NotWritten.class, () -> writer.write(comment("关闭之后")));
        Thread.sleep(200);
        assertTrue(closing.isAlive(), "close waits for the queued comments");
        unblockWriter();

        closing.join(10_000);
        assertFalse(closing.isAlive());
        assertEquals(6, stored().size(), "all stored when close returns");
        assertFalse(stored().containsValue("关闭之后"));
        assertTrue(get(first).isPresent());
        for (Future<Optional<String>> f : queued) assertTrue(get(f).isPresent());
    }

    @Test
    void a_waiter_that_gives_up_takes_its_queued_comment_back_and_one_in_flight_is_in_doubt() throws Exception {
        CommentWriter impatient = new CommentWriter(store, 16, Duration.ofMillis(500));
        try {
            Future<Optional<String>> inFlight = blockWriter(impatient);
            Future<Optional<String>> timedOut = queue(impatient, "等不及的意见").get(0);
            assertInstanceOf(IllegalStateException.class, assertThrows(ExecutionException.class, () -> get(inFlight)).getCause(),
                    "taken by the writer: in doubt, not refused");
            assertInstanceOf(CommentWriter.NotWritten.class, assertThrows(ExecutionException.class, () -> get(timedOut)).getCause());

            AtomicReference<RuntimeException> refusal = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                try {
                    impatient.write(comment("被中断的意见"));
                } catch (RuntimeException e) {
                    refusal.set(e);
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            waitFor(() -> impatient.queued() == 1);
            waiter.interrupt();
            waiter.join(10_000);
            assertInstanceOf(CommentWriter.NotWritten.class, refusal.get());
            assertTrue(stillInterrupted.get(), "the interrupt is kept for the caller");
            assertEquals(0, impatient.queued());
            unblockWriter();

            String later = impatient.write(comment("之后的意见")).orElseThrow();
            Map<String, String> stored = stored();
            assertEquals(2, stored.size(), stored.toString());
            assertTrue(stored.containsValue("先到的一条"), "the in-doubt comment was committed after all");
            assertEquals("之后的意见", stored.get(later));
        } finally {
            impatient.close();
        }
    }

    @Test
    void a_full_queue_refuses_at_once() throws Exception {
        CommentWriter small = new CommentWriter(store, 2, Duration.ofSeconds(30));
        try {
            Future<Optional<String>> first = blockWriter(small);
            List<Future<Optional<String>>> queued = queue(small, "一", "二");
            assertThrows(CommentWriter.NotWritten.class, () -> small.write(comment("三")));
            unblockWriter();
            assertTrue(get(first).isPresent());
            for (Future<Optional<String>> f : queued) assertTrue(get(f).isPresent());
            assertEquals(3, stored().size());
        } finally {
            small.close();
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof PSQLException p) return p.getSQLState();
        return null;
    }
}
