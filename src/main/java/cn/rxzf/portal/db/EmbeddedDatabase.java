package cn.rxzf.portal.db;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 18 run from the service's data folder, as a child process of this JVM, private to the service's user:
 * <ul>
 * <li>binaries from a 0700 folder of this user ({@link PostgresBinaries}); data in {@code <data>/postgres};</li>
 * <li>scram-sha-256 for every connection; the superuser's random password is {@code <data>/postgres-superuser.password}
 * and the application role's {@code <data>/postgres-app.password} (both 0600, written once);</li>
 * <li>TCP on 127.0.0.1 only, the unix socket in {@code <data>/run} (0700), never in the shared temporary folder;</li>
 * <li>durable commits ({@code synchronous_commit=on}, {@code fsync=on});</li>
 * <li>a folder made by the previous layout (trust authentication) is upgraded in place: the superuser gets its
 * password in single-user mode, before the server listens at all.</li>
 * </ul>
 * Only the folder's owner starts it ({@link DataFolder}); leftovers of a crashed predecessor are cleared first
 * ({@link Leftovers}). If the server dies while the service runs, it is restarted with backoff, each attempt logged;
 * {@link #isUp()} says whether it is serving.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String SUPERUSER = "postgres";
    static final String HBA = """
            # Written by the portal at every start: every connection needs a password (scram-sha-256).
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            """;
    private static final int START_WAIT_SECONDS = 60;

    private final DataFolder folder;
    private final Path binDir;
    private final Path pgDir;
    private final Path socketDir;
    private final Path logFile;
    private final String superuserPassword;
    private final String appPassword;
    private volatile int port;
    private volatile Process postmaster;
    private volatile boolean up;
    private volatile boolean closing;
    private Thread restarter;

    private EmbeddedDatabase(DataFolder folder, Path binDir) throws IOException {
        this.folder = folder;
        this.binDir = binDir;
        Path data = folder.dir();
        this.pgDir = data.resolve("postgres");
        Path run = data.resolve("run");
        // A unix socket path has at most 107 bytes; a deeper folder gets TCP on 127.0.0.1 only.
        this.socketDir = run.resolve(".s.PGSQL.65535").toString().getBytes(StandardCharsets.UTF_8).length < 100 ? run : null;
        this.logFile = data.resolve("postgres.log");
        this.superuserPassword = PrivateFiles.secret(data.resolve("postgres-superuser.password"));
        this.appPassword = PrivateFiles.secret(data.resolve("postgres-app.password"));
    }

    /** Starts the server of {@code folder}, which the caller owns; it runs until {@link #close()}. */
    public static EmbeddedDatabase start(DataFolder folder) throws IOException {
        PrivateFiles.privateFolder(folder.dir());
        EmbeddedDatabase db = new EmbeddedDatabase(folder, PostgresBinaries.prepare());
        DataFolder.Owner previous = folder.previous();
        db.startOnce(previous == null ? 0 : previous.postgresPid());
        return db;
    }

    /** The superuser's login to database {@code name} (migrations, administration). */
    public Login superuser(String name) {
        return new Login(url(name), SUPERUSER, superuserPassword);
    }

    /** The application role's login to database {@code name}. */
    public Login app(String name) {
        return new Login(url(name), DatabaseRoles.APP_ROLE, appPassword);
    }

    /** The application role's login as another process reads it from the data folder, beside its running owner. */
    static Login appBeside(Path dataDir, int port) throws IOException {
        return new Login("jdbc:postgresql://127.0.0.1:" + port + "/postgres", DatabaseRoles.APP_ROLE,
                PrivateFiles.secret(dataDir.resolve("postgres-app.password")));
    }

    private String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    public int port() {
        return port;
    }

    /** Whether the server is running and accepting connections (false while it is being restarted). */
    public boolean isUp() {
        return up;
    }

    private synchronized void startOnce(long previousPid) throws IOException {
        Leftovers.clear(pgDir, previousPid);
        boolean fresh = !Files.isRegularFile(pgDir.resolve("PG_VERSION"));
        if (fresh) {
            initdb();
        } else if (!HBA.equals(readOrEmpty(pgDir.resolve("pg_hba.conf")))) {
            upgradeFromTrust();
        }
        Files.writeString(pgDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        if (socketDir != null) PrivateFiles.privateFolder(socketDir);
        if (port == 0) port = freePort();
        rotateLog();
        List<String> command = new ArrayList<>(NonRoot.prefix());
        command.addAll(List.of(bin("postgres"), "-D", pgDir.toString(), "-p", Integer.toString(port)));
        for (String setting : List.of("listen_addresses=127.0.0.1",
                "unix_socket_directories=" + (socketDir == null ? "" : socketDir.toString()),
                "unix_socket_permissions=0700", "password_encryption=scram-sha-256", "synchronous_commit=on",
                "fsync=on", "full_page_writes=on", "max_connections=100", "timezone=UTC")) {
            command.add("-c");
            command.add(setting);
        }
        long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        postmaster = p;
        folder.recordPostgres(p.pid(), port);
        waitReady(p, logStart);
        up = true;
        p.onExit().thenRun(() -> exited(p));
    }

    private void waitReady(Process p, long logStart) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_WAIT_SECONDS);
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", superuserPassword);
        props.setProperty("connectTimeout", "2");
        String url = url("postgres");
        while (true) {
            if (!p.isAlive()) {
                throw new IOException("the embedded database did not start: " + lastProblem(logStart));
            }
            try (Connection c = DriverManager.getConnection(url, props)) {
                c.createStatement().execute("SELECT 1");
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IOException("the embedded database did not accept connections within " + START_WAIT_SECONDS
                            + " s: " + lastProblem(logStart));
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                throw new IOException("interrupted while the embedded database started");
            }
        }
    }

    private void initdb() throws IOException {
        Files.createDirectories(pgDir);
        Files.setPosixFilePermissions(pgDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path pwFile = folder.dir().resolve("postgres-superuser.password");
        run(List.of(bin("initdb"), "-D", pgDir.toString(), "-U", SUPERUSER, "--auth=scram-sha-256",
                "--pwfile=" + pwFile, "-E", "UTF-8"), null, "initdb");
    }

    /**
     * A folder of the previous layout trusted every local connection and its superuser had no password: set it in
     * single-user mode (no network, no socket), before the new pg_hba.conf is written and the server listens.
     */
    private void upgradeFromTrust() throws IOException {
        LOG.info("upgrading the embedded database in {} to password authentication", pgDir);
        run(List.of(bin("postgres"), "--single", "-D", pgDir.toString(), "-c", "password_encryption=scram-sha-256",
                "postgres"), "ALTER ROLE " + SUPERUSER + " PASSWORD '" + superuserPassword + "';\n", "postgres --single");
    }

    private void run(List<String> command, String input, String what) throws IOException {
        Path out = Files.createTempFile(folder.dir(), "run-", ".log");
        try {
            List<String> full = new ArrayList<>(NonRoot.prefix());
            full.addAll(command);
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            try (OutputStream in = p.getOutputStream()) {
                if (input != null) in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(what + " did not finish within 120 s");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0 || output.contains("FATAL") || output.contains("ERROR:")) {
                throw new IOException(what + " failed: " + firstProblem(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + what);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The server exited. Unless we are stopping it, restart it with backoff (1, 2, 4, 8, 10, 10 … s), logging each attempt. */
    private void exited(Process p) {
        if (p != postmaster) return; // a server already replaced
        up = false;
        if (closing || !folder.held()) return; // only the folder's owner restarts its server
        LOG.warn("the embedded database stopped unexpectedly (exit {}); restarting it", p.exitValue());
        Thread t = new Thread(() -> {
            long delayMs = 0;
            for (int attempt = 1; !closing; attempt++) {
                try {
                    if (delayMs > 0) Thread.sleep(delayMs);
                    if (closing) return;
                    startOnce(p.pid());
                    LOG.warn("the embedded database is serving again (attempt {})", attempt);
                    return;
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    delayMs = Math.min(10_000, delayMs == 0 ? 1_000 : delayMs * 2);
                    LOG.warn("restarting the embedded database, attempt {} failed: {}; next in {} s", attempt,
                            e.getMessage(), delayMs / 1000);
                }
            }
        }, "embedded-database-restart");
        t.setDaemon(true);
        synchronized (this) {
            restarter = t;
        }
        t.start();
    }

    /** Stops the server this object started (fast shutdown: open transactions roll back, committed ones are on disk). */
    @Override
    public void close() throws IOException {
        closing = true;
        Thread t;
        synchronized (this) {
            t = restarter;
        }
        if (t != null) t.interrupt();
        synchronized (this) {
            Process p = postmaster;
            up = false;
            if (p == null || !p.isAlive()) return;
            try {
                List<String> stop = new ArrayList<>(NonRoot.prefix());
                stop.addAll(List.of(bin("pg_ctl"), "stop", "-D", pgDir.toString(), "-m", "fast", "-w", "-t", "20"));
                new ProcessBuilder(stop).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor(30, TimeUnit.SECONDS);
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    /** The postmaster's pid (for tests that kill it). */
    public long postmasterPid() {
        Process p = postmaster;
        return p == null ? 0 : p.pid();
    }

    private String bin(String name) {
        return binDir.resolve("bin").resolve(name).toString();
    }

    private void rotateLog() throws IOException {
        if (Files.exists(logFile) && Files.size(logFile) > 10L * 1024 * 1024) {
            Files.move(logFile, logFile.resolveSibling("postgres.log.1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String lastProblem(long from) {
        try {
            byte[] all = Files.readAllBytes(logFile);
            String text = new String(all, (int) Math.min(from, all.length), (int) (all.length - Math.min(from, all.length)),
                    StandardCharsets.UTF_8);
            return firstProblem(text);
        } catch (IOException e) {
            return "see " + logFile;
        }
    }

    /** The first FATAL/PANIC/ERROR line of a server's output, else its last line; one line either way. */
    static String firstProblem(String output) {
        String last = "(no output)";
        for (String line : output.split("\n")) {
            if (line.isBlank()) continue;
            if (line.contains("FATAL") || line.contains("PANIC") || line.contains("ERROR")) return line.trim();
            last = line.trim();
        }
        return last;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
