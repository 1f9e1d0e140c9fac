package cn.rxzf.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's start reuses a published site only when every input is the same (SiteBuilder.buildOrReuse). */
class SiteReuseTest {
    @TempDir
    Path dir;

    /** A file a full build would not keep: the published folder is swapped for a new one. */
    private static Path mark(TestSite site) throws IOException {
        return Files.writeString(site.out.resolve("mark.txt"), "left by the test");
    }

    private static BuildResult start(Settings settings) throws IOException {
        SiteBuilder builder = SiteBuilds.of(settings);
        BuildResult r = builder.buildOrReuse();
        builder.close();
        assertTrue(r.ok(), r.problems().toString());
        return r;
    }

    @Test
    void a_second_start_on_the_same_inputs_serves_the_published_site_without_writing_it() throws IOException {
        TestSite site = TestSite.minimal(dir);
        assertTrue(start(site.settings()).written() > 0, "the first start builds");
        Path mark = mark(site);
        BuildResult second = start(site.settings());
        assertEquals(0, second.written());
        assertTrue(Files.exists(mark), "the published folder was kept as it is");
        assertTrue(second.content() != null && !second.content().recentLists(1).isEmpty(),
                "the content is still read for the service");
    }

    @Test
    void any_change_of_content_templates_or_date_means_a_full_build() throws IOException {
        TestSite site = TestSite.minimal(dir);
        Path templates = dir.resolve("templates");
        SiteBuilderTest.copyTree(Path.of("site-templates"), templates);
        Settings settings = site.settings().withDirs(site.content, templates, site.out);
        start(settings);

        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        site.write("departments/scj/lists/mianfa.md", list.replace("未按规定公示营业执照", "未按规定亮照经营"));
        Path mark = mark(site);
        assertTrue(start(settings).written() > 0);
        assertFalse(Files.exists(mark), "a content change rebuilds");
        assertTrue(Files.readString(site.out.resolve("items/scj-01/index.html")).contains("未按规定亮照经营"));

        Files.writeString(templates.resolve("zz-unused-partial.peb"), "{# a new template file #}");
        mark = mark(site);
        assertTrue(start(settings).written() > 0);
        assertFalse(Files.exists(mark), "a template change rebuilds");

        mark = mark(site);
        assertTrue(start(settings.withDate(TestSite.TODAY.plusDays(1))).written() > 0);
        assertFalse(Files.exists(mark), "another build date rebuilds: pages say what is in force today");
    }

    @Test
    void a_missing_index_or_a_watch_rebuild_forgets_the_record() throws IOException {
        TestSite site = TestSite.minimal(dir);
        start(site.settings());
        cn.rxzf.portal.common.FileTrees.delete(site.settings().indexDir());
        assertTrue(start(site.settings()).written() > 0, "no index: full build");
        assertTrue(Files.isDirectory(site.settings().indexDir()));

        SiteBuilder watching = SiteBuilds.of(site.settings());
        assertEquals(0, watching.buildOrReuse().written());
        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        site.write("departments/scj/lists/mianfa.md", list.replace("未按规定公示营业执照", "门头招牌遮挡营业执照"));
        BuildResult saved = watching.rebuild();
        assertTrue(saved.ok() && saved.written() > 0 && saved.written() < 100,
                "the first save after a reused start is an incremental rebuild: " + saved.written());
        watching.close();
        assertFalse(Files.exists(SiteInputs.record(site.settings())), "the site now differs from any record");

        // the save is undone; the record is gone, so the next start builds instead of trusting the edited site
        site.write("departments/scj/lists/mianfa.md", list);
        Path mark = mark(site);
        assertTrue(start(site.settings()).written() > 0);
        assertFalse(Files.exists(mark));
    }

    @Test
    void a_content_error_is_reported_even_when_a_site_was_published() throws IOException {
        TestSite site = TestSite.minimal(dir);
        start(site.settings());
        site.write("departments/scj/lists/mianfa.md", "---\n部门: scj\n标题: [未闭合\n---\n");
        BuildResult r = SiteBuilds.of(site.settings()).buildOrReuse();
        assertFalse(r.ok());
        assertTrue(r.problems().stream().map(Problem::toString).anyMatch(p -> p.contains("mianfa.md")),
                r.problems().toString());
    }
}
