package cn.rxzf.portal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running the service as an operator does, from the packaged jar, with the real embedded PostgreSQL: one owner per
 * data folder, a database only the service can use, and recovery by itself when the database is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {
    @TempDir
    static Path work;
    static ServeProcess serve;

    @BeforeAll
    static void start() throws Exception {
        serve = ServeProcess.start(work, "first");
        assertTrue(serve.waitServing(180), "serve did not start: " + serve.output());
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) serve.close();
    }

    @Test
    @Order(1)
    void reviewerAddBesideARunningServeLeavesItServing() throws Exception {
        long postgres = serve.owner().postgresPid();
        ServeProcess.Run r = ServeProcess.command(work, "correct-horse-battery-staple\n", "reviewer", "add",
                "ops-reviewer", "--department", "jtys", "--data", serve.data.toString());
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("beside the service running on it"), "the operator is told where it went: " + r.output());
        assertEquals(postgres, serve.owner().postgresPid(), "the service's database was replaced");
        assertTrue(ProcessHandle.of(postgres).map(ProcessHandle::isAlive).orElse(false), "the service's database was stopped");

        String token = serve.draftToken();
        Thread.sleep(2_200);
        HttpResponse<String> posted = serve.postForm("/drafts/" + ServeProcess.DRAFT + "/comments",
                ServeProcess.commentForm(token, "运维测试意见：建议明确首违不罚的适用条件并公开说理。"), "198.51.100.7");
        assertEquals(303, posted.statusCode(), posted.body());
        assertEquals(200, serve.get("/drafts/" + ServeProcess.DRAFT + "/").statusCode());
        assertEquals(200, serve.get("/healthz").statusCode());

        ServeProcess.Run again = ServeProcess.command(work, null, "reviewer", "disable", "ops-reviewer",
                "--data", serve.data.toString());
        assertEquals(0, again.code(), again.output());
    }

    @Test
    @Order(2)
    void aSecondServeOnTheSameFolderExitsWith3NamingTheFirst() throws Exception {
        try (ServeProcess second = ServeProcess.start(work, "second")) {
            assertTrue(second.process.waitFor(60, TimeUnit.SECONDS), "the second serve kept running");
            assertEquals(3, second.process.exitValue(), second.output());
            String line = second.output().lines().filter(l -> l.startsWith("portal: ")).findFirst().orElse("");
            assertTrue(line.contains("pid " + serve.process.pid()) && line.contains("port " + serve.port), second.output());
        }
        assertTrue(serve.process.isAlive());
        assertEquals(200, serve.get("/healthz").statusCode());
    }

    @Test
    @Order(3)
    void theDatabaseRefusesConnectionsWithoutThePassword() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + serve.owner().postgresPort() + "/postgres";
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, noPassword).close());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "wrong").close());
        try (Connection c = DriverManager.getConnection(url, "postgres", secret("postgres-superuser.password"))) {
            assertTrue(c.isValid(2), "the superuser's own password must work");
        }
        for (String file : List.of("postgres-superuser.password", "postgres-app.password")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(serve.data.resolve(file))));
        }
        // no socket in the shared temporary folder; the data folder's own socket folder is private
        assertFalse(Files.exists(Path.of("/tmp/.s.PGSQL." + serve.owner().postgresPort())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(serve.data.resolve("run"))));
    }

    @Test
    @Order(4)
    void theApplicationRoleCannotChangeTheAuditTrail() throws Exception {
        try (Connection c = app()) {
            assertTrue(c.createStatement().executeQuery("SELECT count(*) FROM audit_log").next());
            ResultSet role = c.createStatement().executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
            assertTrue(role.next() && !role.getBoolean(1), "the service's role is a superuser");
            for (String sql : List.of("DROP TRIGGER audit_log_append_only ON audit_log",
                    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only", "DELETE FROM audit_log",
                    "UPDATE audit_log SET actor = 'x'", "TRUNCATE audit_log", "DROP TABLE audit_log")) {
                assertThrows(SQLException.class, () -> c.createStatement().execute(sql), sql);
            }
            // A role cannot grant itself what it was not given (PostgreSQL only warns); DELETE stays refused.
            c.createStatement().execute("GRANT DELETE, UPDATE, TRUNCATE ON audit_log TO portal_app");
            ResultSet can = c.createStatement().executeQuery("SELECT has_table_privilege('audit_log', 'DELETE'), "
                    + "has_table_privilege('audit_log', 'UPDATE'), has_table_privilege('audit_log', 'TRUNCATE')");
            assertTrue(can.next() && !can.getBoolean(1) && !can.getBoolean(2) && !can.getBoolean(3));
        }
    }

    @Test
    @Order(5)
    void theDatabaseBinariesAndEveryFolderAboveThemAreWritableOnlyByTheServiceUser() throws Exception {
        Path exe = Files.readSymbolicLink(Path.of("/proc", Long.toString(serve.owner().postgresPid()), "exe"));
        Path root = exe.getParent().getParent(); // <root>/bin/postgres
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)), root.toString());
        for (Path p = root; p != null; p = p.getParent()) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            assertFalse(mode.contains(PosixFilePermission.OTHERS_WRITE) || mode.contains(PosixFilePermission.GROUP_WRITE),
                    p + " is writable by others: " + PosixFilePermissions.toString(mode));
            String owner = Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName();
            assertTrue(owner.equals(System.getProperty("user.name")) || owner.equals("root"), p + " belongs to " + owner);
        }
    }

    @Test
    @Order(6)
    void killingTheDatabaseGives503sThenServesAgainWithEveryAcknowledgedComment() throws Exception {
        String token = serve.draftToken();
        Thread.sleep(2_200);
        Map<String, String> acked = new ConcurrentHashMap<>();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicReference<HttpResponse<String>> first503 = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong seq = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    long n = seq.incrementAndGet();
                    String body = "恢复测试意见 " + n + "：建议公开不予处罚的裁量理由。";
                    try {
                        HttpResponse<String> r = serve.postForm("/drafts/" + ServeProcess.DRAFT + "/comments",
                                ServeProcess.commentForm(token, body), "2001:db8::" + Long.toHexString(n));
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        if (r.statusCode() == 303) {
                            acked.put(r.headers().firstValue("Location").orElseThrow().replace("/comments/", ""), body);
                        } else if (r.statusCode() == 503) {
                            first503.compareAndSet(null, r);
                        }
                    } catch (IOException e) {
                        statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(2_000);
        long killed = serve.owner().postgresPid();
        long killedAt = System.nanoTime();
        assertTrue(ProcessHandle.of(killed).orElseThrow().destroyForcibly());

        boolean sawUnhealthy = false;
        long healthyAfterMs = -1;
        while (System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(60)) {
            HttpResponse<String> h = serve.get("/healthz");
            if (h.statusCode() == 503) {
                sawUnhealthy = true;
                assertTrue(h.body().contains("reason"), h.body());
            } else if (h.statusCode() == 200 && sawUnhealthy) {
                healthyAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
                break;
            }
            Thread.sleep(20); // a restart after a crash can take well under a second
        }
        Thread.sleep(3_000); // comments go on being accepted after the restart
        stop.set(true);
        for (Thread c : clients) c.join(30_000);

        assertTrue(sawUnhealthy, "/healthz never said the database was gone; statuses " + statuses);
        assertTrue(healthyAfterMs >= 0, "not healthy again within 60 s: " + serve.output());
        assertNotEquals(killed, serve.owner().postgresPid(), "the database was not restarted");
        assertFalse(statuses.containsKey(500), "500s while the database was down: " + statuses);
        assertTrue(statuses.containsKey(503), "no 503 while the database was down: " + statuses);
        HttpResponse<String> page = first503.get();
        assertTrue(page.body().contains("暂时无法提交，请稍后再试"), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        assertTrue(page.body().contains("恢复测试意见"), "the 503 page lost what was typed");
        assertTrue(statuses.get(303).get() > 0);
        assertTrue(serve.output().contains("restarting"), serve.output());

        try (Connection c = app();
             PreparedStatement ps = c.prepareStatement("SELECT tracking_no, body FROM comments WHERE tracking_no = ANY (?)")) {
            Array numbers = c.createArrayOf("text", acked.keySet().toArray());
            ps.setArray(1, numbers);
            Map<String, String> found = new ConcurrentHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) found.put(rs.getString(1), rs.getString(2));
            }
            assertEquals(acked, found, "acknowledged comments lost: " + (acked.size() - found.size()));
        }
        System.out.printf("kill -9 of the postmaster: healthy again after %d ms; statuses %s; %d acknowledged, all found%n",
                healthyAfterMs, statuses, acked.size());
    }

    private static Connection app() throws IOException, SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + serve.owner().postgresPort() + "/postgres",
                "portal_app", secret("postgres-app.password"));
    }

    private static String secret(String file) throws IOException {
        return Files.readString(serve.data.resolve(file), StandardCharsets.UTF_8).trim();
    }
}
