package cn.rxzf.portal.comments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of comments. Request threads hand their comment to one writer thread and wait; the writer stores
 * whatever is queued in one statement and one transaction ({@link CommentStore#insertAll}), so that concurrent
 * comments share one commit and one WAL flush instead of one each. A request learns its tracking number only after
 * the transaction holding its comment has committed: an acknowledged comment is as durable as before.
 *
 * <p>There is no waiting for a batch to fill: the writer takes what is queued (up to {@value #MAX_BATCH}) the moment
 * the previous batch is done, so at a low rate a batch is one comment, and under load the batches grow by
 * themselves. The queue is bounded; it holds only requests that are still waiting for their answer, so nothing in it
 * needs to outlive the process or be seen by another instance.
 */
public final class CommentWriter implements AutoCloseable {
    static final int MAX_BATCH = 256;
    private static final int MAX_QUEUED = 1024;
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);
    /** How soon the idle writer notices {@link #close}. */
    private static final long IDLE_CHECK_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(CommentWriter.class);

    private final CommentStore store;
    private final BlockingQueue<Pending> queue;
    private final Duration maxWait;
    private final Thread thread;
    private volatile boolean closed;

    /** A comment and the request waiting for it; compared by identity (the queue removes this very one). */
    private static final class Pending {
        final NewComment comment;
        final CompletableFuture<Optional<String>> result = new CompletableFuture<>();

        Pending(NewComment comment) {
            this.comment = comment;
        }
    }

    /**
     * Refused before anything was written: the queue is full, the writer is stopping, or the wait ended while the
     * comment was still queued (it was taken out, so it will never be stored). The citizen may simply try again.
     */
    static final class NotWritten extends RuntimeException {
        NotWritten(String message) {
            super(message);
        }
    }

    public CommentWriter(CommentStore store) {
        this(store, MAX_QUEUED, MAX_WAIT);
    }

    /** With a smaller queue or a shorter wait (tests). */
    CommentWriter(CommentStore store, int maxQueued, Duration maxWait) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(maxQueued);
        this.maxWait = maxWait;
        this.thread = new Thread(this::run, "comment-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stores a comment and commits it; returns its tracking number, or empty when the same text is already stored on
     * its draft (or was queued before it). Blocks until the commit.
     *
     * @throws NotWritten the comment was certainly not stored
     * @throws RuntimeException the database failed (the comment was not stored), or no answer came in time or the
     *     thread was interrupted while the comment was being written (it may be stored, without a tracking number
     *     having been shown: in doubt, as when a client's connection breaks)
     */
    Optional<String> write(NewComment comment) {
        Pending p = new Pending(comment);
        if (closed) throw new NotWritten("the comment writer is stopped");
        if (!queue.offer(p)) throw new NotWritten("the comment queue is full (" + queue.size() + " waiting)");
        // close() came between the check and the offer: whatever the writer did not take, it will not take.
        if (closed && queue.remove(p)) throw new NotWritten("the comment writer is stopped");
        try {
            return p.result.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("storing a batch of comments failed", e.getCause());
        } catch (TimeoutException e) {
            throw stopWaiting(p, "no commit within " + maxWait.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopWaiting(p, "interrupted while waiting for the commit", e);
        }
    }

    /** A comment the writer has not taken yet is taken out of the queue; one it has taken is in doubt. */
    private RuntimeException stopWaiting(Pending p, String why, Exception cause) {
        if (queue.remove(p)) return new NotWritten(why + "; the comment was not written");
        return new IllegalStateException(why + "; the comment may still be stored", cause);
    }

    /** Comments waiting for the writer (tests). */
    int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            Pending first;
            try {
                first = queue.poll(IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                continue; // nobody interrupts this thread; stopping is by close()
            }
            if (first == null) continue;
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            store(batch);
            batch.clear();
        }
    }

    /**
     * Stores a batch. When its statement fails, each comment is tried again on its own, so that one comment the
     * database refuses fails only its own request (and a database that is down fails each one quickly); the writer
     * then goes on with the next batch.
     */
    private void store(List<Pending> batch) {
        try {
            List<Optional<String>> results = store.insertAll(batch.stream().map(p -> p.comment).toList());
            for (int i = 0; i < batch.size(); i++) batch.get(i).result.complete(results.get(i));
        } catch (Throwable e) {
            if (batch.size() == 1) batch.get(0).result.completeExceptionally(e);
            else for (Pending p : batch) store(List.of(p));
        }
    }

    /**
     * Stops taking comments and waits until everything already queued is stored (for at most the longest wait of a
     * request): run when the server has stopped and before the database pool closes.
     */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(maxWait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) LOG.warn("the comment writer did not finish within {} s; {} comments still queued",
                maxWait.toSeconds(), queue.size());
    }
}
