package cn.rxzf.portal.site;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path dir;

    @Test
    void a_valid_site_builds_every_page_kind() throws IOException {
        TestSite site = TestSite.minimal(dir);
        BuildResult r = SiteBuilds.of(site.settings()).build();
        assertTrue(r.ok(), r.problems().toString());
        for (String f : List.of("index.html", "404.html", "sitemap.xml", "feed.xml", "_headers", "_redirects",
                "lists/index.html", "lists/mianfa/index.html", "lists/mianfa/mianfa.csv", "lists/mianfa/mianfa.json",
                "items/scj-01/index.html", "cases/anli-1/index.html", "methods/shuofu-jiaoyu/index.html",
                "departments/scj/index.html", "lists/type/no-penalty/index.html", "lists/department/scj/index.html",
                "css/site.css")) {
            assertTrue(Files.isRegularFile(site.out.resolve(f)), f);
        }
        String item = Files.readString(site.out.resolve("items/scj-01/index.html"));
        assertTrue(item.contains("某店未公示营业执照案"), "item page links its case");
    }

    /** A department with a 简称 is named by its full name on every page (a newcomer met both and took them for two). */
    @Test
    void a_department_is_named_by_its_full_name_on_every_page() throws IOException {
        TestSite site = TestSite.minimal(dir).write("departments/scj/department.md", """
                ---
                部门: scj
                名称: 测试市市场监督管理局
                简称: 测试市监局
                职责: 市场监管
                联系电话: 0000-1234567
                ---
                """);
        BuildResult r = SiteBuilds.of(site.settings()).build();
        assertTrue(r.ok(), r.problems().toString());
        List<String> pages;
        try (Stream<Path> files = Files.walk(site.out)) {
            pages = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".json"))
                    .map(f -> site.out.relativize(f).toString()).sorted().toList();
        }
        assertTrue(pages.size() > 10, pages.toString());
        for (String page : pages) {
            assertFalse(Files.readString(site.out.resolve(page)).contains("测试市监局"), page + " shows the 简称");
        }
        for (String page : List.of("lists/index.html", "cases/index.html", "departments/index.html")) {
            assertTrue(Files.readString(site.out.resolve(page)).contains("测试市市场监督管理局"), page);
        }
    }

    @Test
    void text_from_content_is_escaped_in_pages_and_markdown_cannot_inject_html() throws IOException {
        TestSite site = TestSite.minimal(dir);
        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        site.write("departments/scj/lists/mianfa.md", list
                .replace("违法行为: 未按规定公示营业执照", "违法行为: \"<script>alert(1)</script>\"")
                .replace("说明文字。", "<img src=x onerror=alert(2)> [链接](javascript:alert(3))"));
        BuildResult refused = SiteBuilds.of(site.settings()).build();
        assertFalse(refused.ok(), "a javascript: link is a content error, not dropped silently");
        assertTrue(refused.problems().toString().contains("javascript:alert(3)"), refused.problems().toString());
        site.write("departments/scj/lists/mianfa.md", Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"))
                .replace("[链接](javascript:alert(3))", "[链接](/items/scj-01/)"));
        assertTrue(SiteBuilds.of(site.settings()).build().ok());
        String item = Files.readString(site.out.resolve("items/scj-01/index.html"));
        String listPage = Files.readString(site.out.resolve("lists/mianfa/index.html"));
        assertFalse(item.contains("<script>alert"), "template output is escaped");
        assertTrue(item.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(listPage.contains("<img src=x"), "raw HTML in Markdown is escaped");
        assertTrue(listPage.contains("href=\"/items/scj-01/\""), "site links stay links");
    }

    @Test
    void a_broken_file_leaves_the_previous_site_untouched() throws IOException {
        TestSite site = TestSite.minimal(dir);
        assertTrue(SiteBuilds.of(site.settings()).build().ok());
        Map<String, byte[]> before = snapshot(site.out);

        site.write("departments/scj/lists/mianfa.md", "---\n部门: scj\n标题: [未闭合\n---\n");
        BuildResult r = SiteBuilds.of(site.settings()).build();

        assertFalse(r.ok());
        assertMapsEqual(before, snapshot(site.out));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .toList(), "no temporary folder is left behind");
        }
    }

    @Test
    void a_template_error_is_reported_with_template_and_line_and_nothing_is_published() throws IOException {
        TestSite site = TestSite.minimal(dir);
        Path templates = dir.resolve("templates");
        copyTree(Path.of("site-templates"), templates);
        Files.writeString(templates.resolve("item.peb"), "{% extends \"layout.peb\" %}\n{% block main %}\n{{ item.nosuchfield }}\n{% endblock %}\n");
        Settings settings = site.settings().withDirs(site.content, templates, site.out);

        BuildResult r = SiteBuilds.of(settings).build();

        assertFalse(r.ok());
        Problem p = r.problems().get(0);
        assertEquals(templates.resolve("item.peb").toString(), p.path());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("模板错误"), p.message());
        assertFalse(Files.exists(site.out));
    }

    @Test
    void a_failed_render_keeps_the_previous_site_and_search_index_and_leaves_no_temporary_folder() throws IOException {
        TestSite site = TestSite.minimal(dir);
        Path templates = dir.resolve("templates");
        copyTree(Path.of("site-templates"), templates);
        Settings settings = site.settings().withDirs(site.content, templates, site.out);
        assertTrue(SiteBuilds.of(settings).build().ok());
        Map<String, byte[]> site0 = snapshot(settings.outDir()), index0 = snapshot(settings.indexDir());
        assertFalse(index0.isEmpty(), "the build wrote the search index");

        Files.writeString(templates.resolve("item.peb"), "{% extends \"layout.peb\" %}\n{% block main %}\n{{ item.nosuchfield }}\n{% endblock %}\n");
        assertFalse(SiteBuilds.of(settings).build().ok());

        assertMapsEqual(site0, snapshot(settings.outDir()));
        assertMapsEqual(index0, snapshot(settings.indexDir()));
        try (Stream<Path> siblings = Files.list(settings.outDir().toAbsolutePath().getParent())) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .toList(), "no temporary folder is left");
        }
    }

    @Test
    void a_template_with_an_extension_no_engine_handles_is_an_error() throws IOException {
        TestSite site = TestSite.minimal(dir);
        Path templates = dir.resolve("templates");
        copyTree(Path.of("site-templates"), templates);
        Files.move(templates.resolve("page.peb"), templates.resolve("page.ftl"));
        BuildResult r = SiteBuilds.of(site.settings().withDirs(site.content, templates, site.out)).build();
        assertFalse(r.ok());
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("page.peb") && p.message().equals("缺少模板文件")),
                r.problems().toString());
    }

    @Test
    void two_builds_of_the_same_input_are_byte_identical() throws IOException {
        TestSite site = TestSite.minimal(dir);
        assertTrue(SiteBuilds.of(site.settings()).build().ok());
        Map<String, byte[]> first = snapshot(site.out);
        assertTrue(SiteBuilds.of(site.settings()).build().ok());
        Map<String, byte[]> second = snapshot(site.out);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((f, bytes) -> assertArrayEquals(bytes, second.get(f), f));
    }

    @Test
    void rebuild_rewrites_what_a_save_changed_and_deletes_what_is_gone() throws IOException {
        TestSite site = TestSite.minimal(dir);
        SiteBuilder builder = SiteBuilds.of(site.settings());
        assertTrue(builder.build().ok());
        Path itemPage = site.out.resolve("items/scj-01/index.html");
        assertTrue(Files.readString(itemPage).contains("某店未公示营业执照案"));

        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        site.write("departments/scj/lists/mianfa.md", list.replace("未按规定公示营业执照", "未按规定亮照经营"));
        site.delete("departments/scj/cases/anli-1.md");
        BuildResult r = builder.rebuild();

        assertTrue(r.ok(), r.problems().toString());
        String page = Files.readString(itemPage);
        assertTrue(page.contains("未按规定亮照经营"));
        assertFalse(page.contains("某店未公示营业执照案"), "the deleted case is no longer linked");
        assertFalse(Files.exists(site.out.resolve("cases/anli-1/index.html")));
        assertEquals(0, builder.rebuild().written(), "nothing changed, nothing written");
        builder.close();
    }

    /**
     * A provision page is redone when a list citing it changes, and left alone when a save touched none of them (they
     * were redone on every save: 8,534 pages of the 10k site for a one-item edit). Over a copy of the real content.
     */
    @Test
    void rebuild_redoes_the_provision_pages_of_the_saved_list_only() throws IOException {
        cn.rxzf.portal.config.Settings settings = copyOfTheRealContent();
        SiteBuilder builder = SiteBuilds.of(settings);
        BuildResult built = builder.build();
        assertTrue(built.ok(), built.problems().toString());
        var saved = built.content().lists.values().stream()
                .filter(l -> built.content().provisions.all().stream().anyMatch(p -> !p.isGeneral() && p.byList().containsKey(l.id())))
                .findFirst().orElseThrow();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(0);
        Map<Path, Boolean> cites = new java.util.HashMap<>();
        for (var p : built.content().provisions.all()) {
            Path page = settings.outDir().resolve(p.url().substring(1) + "index.html");
            cites.put(page, p.byList().containsKey(saved.id()));
            Files.setLastModifiedTime(page, old);
        }
        assertTrue(cites.containsValue(false), "some provision pages do not cite " + saved.id());

        Path file = Path.of(saved.path());
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("(违法行为: [^\n]+)", "$1（改）"));
        BuildResult r = builder.rebuild();
        assertTrue(r.ok(), r.problems().toString());
        cites.forEach((page, cited) -> {
            try {
                assertEquals(cited, !Files.getLastModifiedTime(page).equals(old), page + (cited ? " cites " : " does not cite ") + saved.id());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        builder.close();
    }

    /**
     * An item page shows the other lists citing its articles (同一违法条款的其他清单): it is redone when one of them is
     * saved, and left alone when the saved list shares none of its specific articles. Over a copy of the real content.
     */
    @Test
    void rebuild_redoes_the_item_pages_of_other_lists_sharing_an_article_with_the_saved_list() throws IOException {
        cn.rxzf.portal.config.Settings settings = copyOfTheRealContent();
        SiteBuilder builder = SiteBuilds.of(settings);
        BuildResult built = builder.build();
        assertTrue(built.ok(), built.problems().toString());
        var c = built.content();
        var saved = c.lists.values().stream()
                .filter(l -> c.provisions.all().stream().anyMatch(p -> !p.isGeneral() && p.byList().containsKey(l.id())
                        && p.byList().size() > 1))
                .findFirst().orElseThrow();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(0);
        Map<Path, Boolean> shares = new java.util.HashMap<>();
        for (var l : c.lists.values()) {
            if (l.id().equals(saved.id()) || c.successorOf(l.id()) != null && c.successorOf(l.id()).id().equals(saved.id())) continue;
            for (var i : l.items()) {
                if (!c.casesOfItem(i.id()).isEmpty()) continue;
                boolean shared = c.provisions.ofItem(i.id()).stream()
                        .anyMatch(p -> !p.isGeneral() && p.byList().containsKey(saved.id()));
                Path page = settings.outDir().resolve("items/" + i.id() + "/index.html");
                shares.put(page, shared);
                Files.setLastModifiedTime(page, old);
            }
        }
        assertTrue(shares.containsValue(true), "some other list's items share an article with " + saved.id());
        assertTrue(shares.containsValue(false), "some items share none");

        Path file = Path.of(saved.path());
        Files.writeString(file, Files.readString(file).replaceFirst("(违法行为: [^\n]+)", "$1（改）"));
        BuildResult r = builder.rebuild();
        assertTrue(r.ok(), r.problems().toString());
        shares.forEach((page, shared) -> {
            try {
                assertEquals(shared, !Files.getLastModifiedTime(page).equals(old), page + (shared ? " shares " : " shares nothing with ") + saved.id());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        builder.close();
    }

    /** Settings over a copy of the repository's content (the files a test saves are the copy's). */
    private cn.rxzf.portal.config.Settings copyOfTheRealContent() throws IOException {
        Path content = dir.resolve("content");
        try (var files = Files.walk(Path.of("content"))) {
            for (Path f : files.toList()) {
                Path to = content.resolve(Path.of("content").relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        return cn.rxzf.portal.config.Settings.defaults()
                .withDirs(content, Path.of("site-templates"), dir.resolve("site")).withDate(TestSite.TODAY);
    }

    /** What a rebuild writes first: the pages of the items the save changed and of their lists, nothing else. */
    @Test
    void the_pages_of_changed_items_are_named_for_writing_first() throws IOException {
        TestSite site = TestSite.minimal(dir);
        var before = new cn.rxzf.portal.content.ContentLoader(site.content, TestSite.TODAY).load().content();
        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        site.write("departments/scj/lists/mianfa.md", list.replace("未按规定公示营业执照", "未按规定亮照经营"));
        var after = new cn.rxzf.portal.content.ContentLoader(site.content, TestSite.TODAY).load().content();
        assertEquals(java.util.Set.of("items/scj-01/index.html", "lists/mianfa/index.html"),
                SiteBuilder.pagesOfChangedItems(before, after));
        assertEquals(java.util.Set.of(), SiteBuilder.pagesOfChangedItems(after, after));
    }

    @Test
    void rebuild_also_brings_the_search_index_up_to_date_in_the_background() throws Exception {
        TestSite site = TestSite.minimal(dir);
        SiteBuilder builder = SiteBuilds.of(site.settings());
        assertTrue(builder.build().ok());
        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        site.write("departments/scj/lists/mianfa.md", list.replace("未按规定公示营业执照", "门头招牌遮挡营业执照"));
        assertTrue(builder.rebuild().ok());
        try (var search = cn.rxzf.portal.search.SearchService.over(site.settings().indexDir())) {
            long deadline = System.currentTimeMillis() + 20_000;
            while (search.search(cn.rxzf.portal.search.SearchRequest.of("招牌遮挡")).total() == 0) {
                assertTrue(System.currentTimeMillis() < deadline, "the index caught up within 20 s");
                Thread.sleep(100);
            }
        }
        builder.close();
    }

    @Test
    void rebuild_with_a_broken_file_keeps_the_site_and_catches_up_after_the_fix() throws IOException {
        TestSite site = TestSite.minimal(dir);
        SiteBuilder builder = SiteBuilds.of(site.settings());
        assertTrue(builder.build().ok());
        String list = Files.readString(site.content.resolve("departments/scj/lists/mianfa.md"));
        site.write("departments/scj/lists/mianfa.md", list.replace("未按规定公示营业执照", "新的说法"));
        site.write("departments/scj/cases/anli-1.md", "---\n部门: scj\n---\n");
        assertFalse(builder.rebuild().ok());
        assertFalse(Files.readString(site.out.resolve("items/scj-01/index.html")).contains("新的说法"));

        site.delete("departments/scj/cases/anli-1.md");
        assertTrue(builder.rebuild().ok());
        assertTrue(Files.readString(site.out.resolve("items/scj-01/index.html")).contains("新的说法"),
                "the change saved during the broken round is published with the fix");
        builder.close();
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertMapsEqual(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((f, bytes) -> assertArrayEquals(bytes, actual.get(f), f));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
