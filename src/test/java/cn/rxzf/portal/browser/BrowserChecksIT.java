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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the sample content, serves it, and runs {@code src/test/browser/check-pages.mjs}: headless Chromium at
 * desktop and phone width, JavaScript on and off, no horizontal scrolling, and axe-core with no serious or
 * critical WCAG 2.1 AA violation. Screenshots land in {@code target/browser-checks/}.
 */
class BrowserChecksIT {
    private static final Path BROWSER = Path.of("src/test/browser");

    @TempDir
    Path dir;

    @Test
    void sample_pages_pass_the_browser_and_accessibility_checks() throws Exception {
        Settings settings = Settings.defaults().withDirs(Path.of("content"), Path.of("site-templates"),
                dir.resolve("site")).withDate(TestSite.TODAY);
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());

        assertEquals(0, ChildProcess.run(List.of("bash", BROWSER.resolve("setup.sh").toString()), 900), "setup.sh failed");
        Javalin app = WebApp.create(new Services(settings, new LiveSite(settings, built.content()), TestSite.clock()))
                .start("127.0.0.1", 0);
        try {
            List<String> cmd = new ArrayList<>(List.of("node", BROWSER.resolve("check-pages.mjs").toString(),
                    "--base", "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks"));
            cmd.addAll(pagesToCheck(settings.outDir()));
            assertEquals(0, ChildProcess.run(cmd, 600), "browser checks failed: see the FAIL lines above");
        } finally {
            app.stop();
        }
    }

    /** Home and one page of every kind (the first of each, by name, so the choice is stable). */
    private static List<String> pagesToCheck(Path site) throws IOException {
        List<String> paths = new ArrayList<>(List.of("/", "/lists/", "/cases/", "/methods/", "/drafts/", "/departments/",
                "/forms/", "/search?q=货车超载第一次被查", "/search?q=xyzzy"));
        for (String kind : List.of("lists", "items", "cases", "methods", "procedures", "forms", "drafts", "departments", "pages")) {
            try (Stream<Path> dirs = Files.list(site.resolve(kind))) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
                        .map(d -> d.getFileName().toString())
                        .filter(n -> !List.of("type", "status", "area", "department").contains(n))
                        .sorted().findFirst()
                        .ifPresent(n -> paths.add("/" + kind + "/" + n + "/"));
            }
        }
        return paths;
    }
}
