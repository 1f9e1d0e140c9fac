package cn.rxzf.portal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * The index a {@link SearchService} answers from, and its replacement: when the build swaps in a new index folder,
 * the next search (at most once a second) opens it; searches in flight finish on the old one, which is closed when
 * the last of them releases it. Thread-safe.
 */
final class OpenIndex implements Closeable {
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private final Path dir;
    private volatile IndexState state;
    private volatile long checkedAt;

    OpenIndex(Path dir) {
        this.dir = dir;
    }

    /** The current index, held open until {@link #release}; opens or reopens it when the folder changed. */
    IndexState acquire() {
        long now = System.nanoTime();
        if (state == null || now - checkedAt > RECHECK_NANOS) refresh(now);
        while (true) {
            IndexState s = state;
            if (s.reader().tryIncRef()) return s;
            refresh(System.nanoTime());
        }
    }

    static void release(IndexState s) {
        try {
            s.reader().decRef();
        } catch (IOException ignored) {
            // closing a replaced reader can only fail to free its files early; the OS frees them with the process
        }
    }

    private synchronized void refresh(long now) {
        checkedAt = now;
        Object key = key();
        IndexState current = state;
        if (current != null && Objects.equals(current.key(), key) && current.reader().getRefCount() > 0) return;
        // A build swaps a new index folder in by rename; opening at that very moment can see files of both. So a
        // failed open is retried a few times (the swap takes milliseconds) before it counts.
        for (int attempt = 1; ; attempt++) {
            try {
                state = IndexState.open(dir, key);
                break;
            } catch (IOException | RuntimeException e) {
                if (attempt < 5) {
                    sleepQuietly(20L * attempt);
                    key = key();
                    continue;
                }
                if (current != null && current.reader().getRefCount() > 0) return; // keep answering from the last good one
                throw new SearchService.IndexUnavailable("no search index at " + dir + "; run the build first", e);
            }
        }
        if (current != null) release(current);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object key() {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public synchronized void close() {
        IndexState s = state;
        state = null;
        if (s != null) release(s);
    }
}
