package cn.rxzf.portal.browser;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credit-repair application walked in headless Chromium at phone width, with JavaScript off (screenshots of
 * every step in {@code target/browser-checks/credit/}) and on (axe-core on every step), against the real service and
 * PostgreSQL with the sample content.
 */
class CreditFlowIT {
    @TempDir
    Path dir;

    @Test
    void the_application_works_on_a_phone_with_and_without_javascript() throws Exception {
        Settings settings = Settings.defaults().withDirs(Path.of("content"), Path.of("site-templates"), dir.resolve("site"));
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        assertEquals(0, new ProcessBuilder("bash", "src/test/browser/setup.sh").inheritIO().start().waitFor());
        try (Database db = TestDatabase.fresh()) {
            Keys keys = Keys.random();
            keys.checkAgainst(db.jdbi);
            Javalin app = WebApp.create(Services.of(settings, new LiveSite(settings, built.content()), db.jdbi, keys))
                    .start("127.0.0.1", 0);
            try {
                Process p = new ProcessBuilder(List.of("node", "src/test/browser/credit-flow.mjs", "--base",
                        "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks/credit")).inheritIO().start();
                assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the flow finished in time");
                assertEquals(0, p.exitValue(), "credit flow: see the FAIL lines above");
            } finally {
                app.stop();
            }
        }
    }
}
