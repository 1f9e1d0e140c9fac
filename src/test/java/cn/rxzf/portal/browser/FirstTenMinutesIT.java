package cn.rxzf.portal.browser;

import cn.rxzf.portal.ChildProcess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestDatabase;
import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.app.WebApp;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.web.auth.Passwords;
import cn.rxzf.portal.web.auth.ReviewerStore;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first ten minutes on the sample site, in headless Chromium at 390 and 1366 px with JavaScript on and
 * off, against the real service and PostgreSQL ({@code src/test/browser/first-ten-minutes.mjs}): the services from
 * home and an item page, a comment looked up by its number, the first vote of a visit, the reviewers' start page,
 * the credit radios beside their words at 390, 640 and 1366 px, and every page template at 320 and 768 px.
 * Screenshots in {@code target/browser-checks/first-ten-minutes/}.
 */
class FirstTenMinutesIT {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void a_newcomer_finds_every_service_and_meets_no_dead_end() throws Exception {
        Settings settings = Settings.defaults().withDirs(Path.of("content"), Path.of("site-templates"), dir.resolve("site"))
                .withDate(TestSite.TODAY);
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        assertEquals(0, ChildProcess.run(List.of("bash", "src/test/browser/setup.sh"), 900));
        // The sample draft is open on TestSite.TODAY; the clock runs from there (form tokens need time to pass).
        Clock clock = Clock.offset(Clock.system(Settings.ZONE), Duration.between(Clock.system(Settings.ZONE).instant(),
                TestSite.TODAY.atTime(10, 0).atZone(Settings.ZONE).toInstant()));
        try (Database db = TestDatabase.fresh()) {
            Keys keys = Keys.random();
            keys.checkAgainst(db.jdbi);
            String draft = built.content().drafts.values().iterator().next().department();
            new ReviewerStore(db.jdbi).add("newcomer", draft, "reviewer", Passwords.hash(PASSWORD));
            Javalin app = WebApp.create(Services.of(settings, new LiveSite(settings, built.content()), db, keys, clock))
                    .start("127.0.0.1", 0);
            try {
                List<String> votePages = List.of("/lists/", "/cases/", "/methods/", "/departments/");
                List<String> cmd = new ArrayList<>(List.of("node", "src/test/browser/first-ten-minutes.mjs",
                        "--base", "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks/first-ten-minutes",
                        "--item", firstPage(settings.outDir(), "items"),
                        "--draft", built.content().drafts.values().iterator().next().url(),
                        "--reviewer", "newcomer:" + PASSWORD, "--vote-pages", String.join(",", votePages)));
                cmd.addAll(everyTemplate(settings.outDir()));
                assertEquals(0, ChildProcess.run(cmd, 600),
                        "first ten minutes (-1: did not finish in time): see the FAIL lines above");
                for (String page : votePages) {
                    assertEquals(Integer.valueOf(1), db.jdbi.withHandle(h -> h.createQuery(
                                    "SELECT count(*) FROM page_feedback WHERE page = :p AND kind = 'useful'")
                            .bind("p", page).mapTo(Integer.class).one()), "the first vote on " + page + " was counted");
                }
            } finally {
                app.stop();
            }
        }
    }

    /** One page of every template a visitor can reach, static and live. */
    private static List<String> everyTemplate(Path site) throws IOException {
        List<String> paths = new ArrayList<>(List.of("/", "/lists/", "/cases/", "/methods/", "/procedures/", "/forms/",
                "/drafts/", "/departments/", "/changes/", "/statistics/", "/data/", "/search?q=营业执照",
                "/search?q=xyzzy", "/check/", "/comments/", "/credit/", "/credit/status", "/feedback?page=/&kind=error_report",
                "/review/login", "/no-such-page/", "/questionnaires/"));
        for (String kind : List.of("lists", "items", "cases", "methods", "procedures", "forms", "drafts", "departments", "pages",
                "questionnaires")) {
            paths.add(firstPage(site, kind));
        }
        String item = firstPage(site, "items");
        paths.add("/check/" + item.substring("/items/".length(), item.length() - 1));
        return paths;
    }

    private static String firstPage(Path site, String kind) throws IOException {
        try (Stream<Path> dirs = Files.list(site.resolve(kind))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
                    .map(d -> d.getFileName().toString())
                    .filter(n -> !List.of("type", "status", "area", "department").contains(n))
                    .sorted().findFirst().map(n -> "/" + kind + "/" + n + "/").orElseThrow();
        }
    }
}
