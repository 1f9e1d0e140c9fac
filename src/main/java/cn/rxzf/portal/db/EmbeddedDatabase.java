package cn.rxzf.portal.db;


import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL 18 running from the service's data folder (zonky's binaries). Two measured hazards are handled here:
 * zonky's default {@code synchronous_commit=off} loses acknowledged rows on a crash, so commits are made durable;
 * after a {@code kill -9} the old postmaster can outlive the JVM, and a quick restart then fails on its
 * {@code postmaster.pid}, so a leftover server of this data folder is stopped (and waited for) before starting.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path pgDir = dataDir.toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(pgDir.getParent());
        stopLeftoverServer(pgDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new EmbeddedDatabase(pg);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Stops the server (fast shutdown: open transactions roll back, committed ones are on disk). */
    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * If {@code postmaster.pid} names a live postgres process (a server left behind by a crashed service), asks it
     * to shut down, then forces it, and waits until it is gone, so that the new server can take the folder.
     */
    static void stopLeftoverServer(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return;
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) return;
        ProcessHandle p = process.get();
        p.destroy();
        try {
            if (!waitGone(p, 10)) {
                p.destroyForcibly();
                waitGone(p, 10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping a leftover database server", e);
        }
        if (p.isAlive()) throw new IOException("a leftover database server (pid " + pid + ") did not stop");
    }

    private static boolean waitGone(ProcessHandle p, int seconds) throws InterruptedException {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !p.isAlive();
        }
    }
}
