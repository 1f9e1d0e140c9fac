package cn.rxzf.portal.site.history;

import cn.rxzf.portal.ChildProcess;
import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history, comparison, statistics and open-data pages of a site built from a git repository, in headless
 * Chromium at desktop and phone width with JavaScript on and off, and through axe-core
 * ({@code src/test/browser/check-pages.mjs}, as {@code BrowserChecksIT} runs it for the other pages).
 */
class HistoryPagesIT {
    private static final Path BROWSER = Path.of("src/test/browser");

    @TempDir
    Path dir;

    @Test
    void history_diff_statistics_and_data_pages_pass_the_browser_and_accessibility_checks() throws Exception {
        TestSite site = TestSite.minimal(dir).write("departments/scj/statistics/2025.yaml", """
                部门: scj
                统计期间: 2025年
                开始日期: 2025-01-01
                结束日期: 2025-12-31
                执法方式使用次数: {shuofu-jiaoyu: 12}
                不予处罚: {轻微违法: 3, 首违: 5, 无主观过错: 0, 免罚金额: 12000}
                从轻处罚: {件数: 2, 金额: 3000}
                减轻处罚: {件数: 1, 金额: 500}
                不予行政强制: 0
                告知承诺: 4
                行政回访: 6
                回访后再次违法: 0
                公布典型案例: 1
                """);
        String[] ids = HistorySite.commit(site);
        BuildResult built = SiteBuilds.of(site.settings()).build();
        assertTrue(built.ok(), built.problems().toString());

        assertEquals(0, ChildProcess.run(List.of("bash", BROWSER.resolve("setup.sh").toString()), 900), "setup.sh failed");
        Javalin app = WebApp.create(new Services(site.settings(), new LiveSite(site.settings(), built.content())))
                .start("127.0.0.1", 0);
        try {
            List<String> cmd = new ArrayList<>(List.of("node", BROWSER.resolve("check-pages.mjs").toString(),
                    "--base", "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks/history"));
            cmd.addAll(List.of("/statistics/", "/data/", "/changes/", "/lists/mianfa/", "/items/scj-01/",
                    "/lists/mianfa/diff/" + ids[1] + "-" + ids[2] + "/", "/lists/mianfa/diff/" + ids[0] + "-" + ids[3] + "/"));
            assertEquals(0, ChildProcess.run(cmd, 600), "browser checks failed: see the FAIL lines above");
        } finally {
            app.stop();
        }
    }
}
