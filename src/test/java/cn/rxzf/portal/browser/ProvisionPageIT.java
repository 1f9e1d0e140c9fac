package cn.rxzf.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ChildProcess;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.app.WebApp;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.citations.Provisions;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison page of the real content's most-cited shared provision, in Chromium at 390 px with JavaScript off:
 * its table reads as stacked, labelled cards with nothing scrolled sideways ({@code provision-page.mjs}); the
 * provision pages also pass the site-wide page checks (accessibility, overflow, structure).
 */
class ProvisionPageIT {
    private static final Path BROWSER = Path.of("src/test/browser");

    @TempDir
    Path dir;

    @Test
    void the_comparison_reads_as_cards_on_a_phone_without_javascript() throws Exception {
        Settings settings = Settings.defaults().withDirs(Path.of("content"), Path.of("site-templates"),
                dir.resolve("site")).withDate(TestSite.TODAY);
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        Provisions.Provision shown = built.content().provisions.shared().stream().filter(p -> !p.isGeneral())
                .max(Comparator.comparingInt((Provisions.Provision p) -> p.groups().size())
                        .thenComparingInt(p -> p.entries().size()))
                .orElseThrow();
        assertTrue(shown.groups().size() >= 2, "a provision lists treat differently: " + shown.key());

        assertEquals(0, ChildProcess.run(List.of("bash", BROWSER.resolve("setup.sh").toString()), 900), "setup.sh failed");
        Javalin app = WebApp.create(new Services(settings, new LiveSite(settings, built.content()), TestSite.clock()))
                .start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            assertEquals(0, ChildProcess.run(List.of("node", BROWSER.resolve("provision-page.mjs").toString(),
                    "--base", base, "--out", "target/browser-checks/provisions", shown.url()), 300),
                    "the provision page on a phone: see the FAIL lines above");
            assertEquals(0, ChildProcess.run(List.of("node", BROWSER.resolve("check-pages.mjs").toString(),
                    "--base", base, "--out", "target/browser-checks/provisions", "/provisions/", "/provisions/report/",
                    shown.url()), 600), "page checks of the provision pages: see the FAIL lines above");
        } finally {
            app.stop();
        }
    }
}
