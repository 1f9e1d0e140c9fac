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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 告知承诺, 行政回访 and a public questionnaire walked in headless Chromium at 390 px: the officer issues a commitment,
 * the party opens, signs, uploads and prints; the officer creates a visit, the party answers it; anyone reaches a
 * questionnaire in two taps, answers it and gets a receipt, and the department's reviewer approves the free text. With
 * JavaScript off (screenshots in {@code target/browser-checks/commitments/}, {@code visits/} and
 * {@code questionnaires/}) and on (axe-core on every step), against the real service and PostgreSQL with the sample
 * content (copied, with a questionnaire open whatever the day).
 */
class EnforcementOnlineIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String QUESTIONNAIRE = "liulanqi-wenjuan";
    private static final String QUESTIONNAIRE_DEPARTMENT = "jtysj";

    @TempDir
    Path dir;

    @Test
    void a_party_signs_uploads_and_answers_a_visit_on_a_phone_with_and_without_javascript() throws Exception {
        // The sample content and a questionnaire open whatever the day, with the questions questionnaire-flow.mjs answers.
        Path content = dir.resolve("content");
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        LocalDate today = LocalDate.now(Settings.ZONE);
        Files.writeString(content.resolve("departments/" + QUESTIONNAIRE_DEPARTMENT + "/questionnaires/" + QUESTIONNAIRE + ".md"), """
                ---
                部门: %s
                标题: （测试）执法满意度问卷
                目的: 浏览器测试：在手机上填写问卷。
                开始日期: %s
                截止日期: %s
                问题:
                  - id: role
                    题目: 您的身份
                    类型: 单选
                    选项: [个体工商户, 企业, 其他]
                  - id: manyi
                    题目: 总体满意度
                    类型: 评分
                    两端说明: [非常不满意, 非常满意]
                  - id: advice
                    题目: 您的建议
                    类型: 填空
                    字数上限: 200
                ---
                """.formatted(QUESTIONNAIRE_DEPARTMENT, today.minusDays(1), today.plusDays(30)));
        Settings settings = Settings.defaults().withDirs(content, Path.of("site-templates"), dir.resolve("site"));
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        assertEquals(0, ChildProcess.run(List.of("bash", "src/test/browser/setup.sh"), 900));
        try (Database db = TestDatabase.fresh()) {
            Keys keys = Keys.random();
            keys.checkAgainst(db.jdbi);
            // An officer of a department that publishes a list, so the commitment form offers its items.
            String department = built.content().lists.values().iterator().next().department();
            new ReviewerStore(db.jdbi).add("officer", department, "reviewer", Passwords.hash(PASSWORD));
            new ReviewerStore(db.jdbi).add("moderator", QUESTIONNAIRE_DEPARTMENT, "reviewer", Passwords.hash(PASSWORD));
            Javalin app = WebApp.create(Services.of(settings, new LiveSite(settings, built.content()), db, keys))
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
                assertEquals(0, ChildProcess.run(List.of("node", "src/test/browser/questionnaire-flow.mjs", "--base",
                        "http://127.0.0.1:" + app.port(), "--out", "target/browser-checks/questionnaires",
                        "--id", QUESTIONNAIRE, "--user", "moderator", "--password", PASSWORD), 300),
                        "questionnaire flow (-1: did not finish in time): see the FAIL lines above");
            } finally {
                app.stop();
            }
        }
    }
}
