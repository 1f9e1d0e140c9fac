package cn.rxzf.portal.browser;

import cn.rxzf.portal.ChildProcess;
import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exemption check on the sample content, in headless Chromium: the page checks of {@code check-pages.mjs} (desktop
 * and phone, JavaScript on and off, axe-core) on the form and an answer page, then {@code exemption-flow.mjs}, which
 * fills the form in at phone width with JavaScript on (answer in place from JSON) and off (the server's page).
 * Screenshots land in {@code target/browser-checks-exemption/}.
 */
class ExemptionCheckIT {
    private static final Path BROWSER = Path.of("src/test/browser");
    private static final String OUT = "target/browser-checks-exemption";
    /** A 首违不罚 item in a cautious area (食品), with three conditions. */
    private static final String ITEM = "sj-zj2025-sw-01";

    @TempDir
    Path dir;

    @Test
    void the_check_works_and_is_accessible_with_javascript_on_and_off() throws Exception {
        Settings settings = Settings.defaults().withDirs(Path.of("content"), Path.of("site-templates"),
                dir.resolve("site")).withDate(TestSite.TODAY);
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        assertEquals(0, ChildProcess.run(List.of("bash", BROWSER.resolve("setup.sh").toString()), 900), "setup.sh failed");
        Javalin app = WebApp.create(new Services(settings, new LiveSite(settings, built.content()), TestSite.clock()))
                .start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            String answered = "/check/" + ITEM + "?c1=yes&c2=yes&c3=yes&first=yes&corrected=yes&harm=minor"
                    + "&emergency=no&nofault=no&party=person&age=16&capacity=full&m=remedied&actDate=2026-03-02"
                    + "&continuing=no&lifeOrFinance=no";
            assertEquals(0, ChildProcess.run(List.of("node", BROWSER.resolve("check-pages.mjs").toString(), "--base", base,
                    "--out", OUT, "/check/" + ITEM, answered, "/items/" + ITEM + "/", "/search?q=散装食品"), 600), "page checks failed");
            assertEquals(0, ChildProcess.run(List.of("node", BROWSER.resolve("exemption-flow.mjs").toString(), "--base", base,
                    "--out", OUT, "--item", ITEM), 600), "the check's flow failed: see the FAIL lines above");
        } finally {
            app.stop();
        }
    }
}
