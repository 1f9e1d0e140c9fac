package cn.rxzf.portal.browser;

import cn.rxzf.portal.ChildProcess;
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
        assertEquals(0, ChildProcess.run(List.of("bash", "src/test/browser/setup.sh"), 900));
        try (Database db = TestDatabase.fresh()) {
            Keys keys = Keys.random();
            keys.checkAgainst(db.jdbi);
            Javalin app = WebApp.create(Services.of(settings, new LiveSite(settings, built.content()), db, keys))
                    .start("127.0.0.1", 0);
            try {
                assertEquals(0, ChildProcess.run(List.of("node", "src/test/browser/credit-flow.mjs", "--base",
                        "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks/credit"), 300),
                        "credit flow (-1: did not finish in time): see the FAIL lines above");
            } finally {
                app.stop();
            }
        }
    }
}
