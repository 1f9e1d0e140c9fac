package cn.rxzf.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ChildProcess;
import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.app.WebApp;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 告知承诺 and 行政回访 walked in headless Chromium at 390 px: the officer issues a commitment, the party opens, signs,
 * uploads and prints; the officer creates a visit, the party answers it. With JavaScript off (screenshots in
 * {@code target/browser-checks/commitments/} and {@code visits/}) and on (axe-core on every step), against the real
 * service and PostgreSQL with the sample content.
 */
class EnforcementOnlineIT {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void a_party_signs_uploads_and_answers_a_visit_on_a_phone_with_and_without_javascript() throws Exception {
        Settings settings = Settings.defaults().withDirs(Path.of("content"), Path.of("site-templates"), dir.resolve("site"));
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        assertEquals(0, ChildProcess.run(List.of("bash", "src/test/browser/setup.sh"), 900));
        try (Database db = TestDatabase.fresh()) {
            Keys keys = Keys.random();
            keys.checkAgainst(db.jdbi);
            // An officer of a department that publishes a list, so the commitment form offers its items.
            String department = built.content().lists.values().iterator().next().department();
            new ReviewerStore(db.jdbi).add("officer", department, "reviewer", Passwords.hash(PASSWORD));
            Javalin app = WebApp.create(Services.of(settings, new LiveSite(settings, built.content()), db.jdbi, keys))
                    .start("127.0.0.1", 0);
            try {
                assertEquals(0, ChildProcess.run(List.of("node", "src/test/browser/commitment-flow.mjs", "--base",
                        "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks/commitments",
                        "--user", "officer", "--password", PASSWORD), 300),
                        "commitment flow (-1: did not finish in time): see the FAIL lines above");
                assertEquals(0, ChildProcess.run(List.of("node", "src/test/browser/visit-flow.mjs", "--base",
                        "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks/visits",
                        "--user", "officer", "--password", PASSWORD), 300),
                        "visit flow (-1: did not finish in time): see the FAIL lines above");
            } finally {
                app.stop();
            }
        }
    }
}
