package cn.rxzf.portal.site.history;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose content folder is a git repository with a history a department would make: publish a list, add an
 * item, change a condition, repeal the list, and publish its successor. The build shows that history on the pages.
 */
class HistoryBuildTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static String published, itemAdded, conditionChanged, repealed, replaced;

    @BeforeAll
    static void buildFromHistory() throws IOException {
        site = TestSite.minimal(dir);
        String[] ids = HistorySite.commit(site);
        published = ids[0];
        itemAdded = ids[1];
        conditionChanged = ids[2];
        repealed = ids[3];
        replaced = ids[4];
        BuildResult r = SiteBuilds.of(site.settings()).build();
        assertTrue(r.ok(), r.problems().toString());
    }

    @Test
    void list_page_shows_every_change_with_date_department_and_message() throws IOException {
        Document page = page("lists/mianfa/index.html");
        List<String> rows = page.select("table.history tbody tr").eachText();
        assertEquals(4, rows.size(), rows.toString());
        assertEquals("2025-01-01 测试市市场监督管理局 废止测试免罚清单 状态改为已废止 与上一版比较", rows.get(0));
        assertTrue(rows.get(1).contains("内容更新") && rows.get(1).contains("修改 1 项"), rows.get(1));
        assertTrue(rows.get(2).contains("新增 1 项"), rows.get(2));
        assertTrue(rows.get(3).startsWith("2024-01-10 测试市市场监督管理局 发布测试免罚清单 首次发布，共 1 项 与最新版比较"), rows.get(3));
        assertFalse(page.text().contains("README"), "files outside the content folder are not content history");
    }

    @Test
    void repealed_list_keeps_its_banner_linking_the_successor() throws IOException {
        Element banner = page("lists/mianfa/index.html").selectFirst(".banner");
        assertTrue(banner.text().contains("本清单已废止"), banner.text());
        assertEquals("/lists/mianfa-2/", banner.selectFirst("a").attr("href"));
        assertTrue(page("items/scj-01/index.html").selectFirst(".banner").text().contains("测试免罚清单（第二版）"));
    }

    @Test
    void diff_page_shows_the_changed_condition_field_by_field() throws IOException {
        Document diff = page("lists/mianfa/diff/" + itemAdded + "-" + conditionChanged + "/index.html");
        assertEquals("版本比较：测试免罚清单", diff.selectFirst("h1").text());
        assertEquals("新增事项（0 项）", diff.getElementById("h-added").text());
        assertEquals("修改事项（1 项）", diff.getElementById("h-changed").text());
        Element row = diff.select("#h-changed ~ table tbody tr").first();
        assertEquals("适用条件", row.selectFirst("th").text());
        assertEquals("及时改正", row.select("td").get(0).selectFirst("del").text());
        assertEquals("在责令改正期限内改正", row.select("td").get(1).selectFirst("ins").text());
        assertEquals("首次发现", row.select("td").get(1).select("li").get(0).text(), "unchanged conditions stay plain");
    }

    @Test
    void diff_pages_exist_for_every_pair_of_versions_and_name_added_items_and_status() throws IOException {
        Document added = page("lists/mianfa/diff/" + published + "-" + itemAdded + "/index.html");
        assertEquals("新增事项（1 项）", added.getElementById("h-added").text());
        assertEquals("/items/scj-02/", added.selectFirst("#h-added + ul a").attr("href"));
        Document whole = page("lists/mianfa/diff/" + published + "-" + repealed + "/index.html");
        assertTrue(whole.select("table.diff tr").eachText().contains("状态 生效 已废止"),
                whole.select("table.diff tr").eachText().toString());
        // 4 versions: 6 pairs, each linked from every comparison page
        assertEquals(6, whole.select("nav[aria-labelledby=h-others] li").size());
        assertTrue(Files.isDirectory(site.out.resolve("lists/mianfa/diff/" + published + "-" + conditionChanged)));
    }

    @Test
    void item_pages_show_what_happened_to_the_item() throws IOException {
        List<String> first = page("items/scj-01/index.html").select("table.history tbody tr").eachText();
        assertEquals(List.of("2025-01-01 测试市市场监督管理局 废止测试免罚清单 清单信息修改：状态（查看比较）",
                "2024-06-01 测试市市场监督管理局 内容更新 修改：适用条件（查看比较）",
                "2024-01-10 测试市市场监督管理局 发布测试免罚清单 随清单发布"), first);
        List<String> second = page("items/scj-02/index.html").select("table.history tbody tr").eachText();
        assertTrue(second.get(second.size() - 1).contains("新增"), second.toString());
    }

    @Test
    void changes_page_lists_every_content_commit_newest_first_with_links() throws IOException {
        Document changes = page("changes/index.html");
        List<String> headings = changes.select("ol.changes > li > h2").eachText();
        String scj = "测试市市场监督管理局";
        assertEquals(List.of("2025-01-02 · " + scj + "：发布第二版免罚清单，替代原清单", "2025-01-01 · " + scj + "：废止测试免罚清单",
                "2024-06-01 · " + scj + "：内容更新", "2024-03-01 · " + scj + "：免罚清单新增一项：未按规定悬挂价格标签",
                "2024-01-10 · " + scj + "、站点：发布测试免罚清单"), headings);
        assertEquals("/lists/mianfa/diff/" + conditionChanged.substring(0, 12) + "-" + repealed + "/",
                changes.select("#c" + repealed + " a").stream().filter(a -> a.text().equals("比较修改")).findFirst()
                        .orElseThrow().attr("href"));
    }

    @Test
    void no_page_or_feed_shows_a_developers_commit_subject() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(site.out)) {
            files = all.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml")).toList();
        }
        assertTrue(files.size() > 20, files.toString());
        for (Path f : files) {
            String text = Files.readString(f);
            for (String subject : HistorySite.ENGLISH_SUBJECTS) {
                assertFalse(text.contains(subject), site.out.relativize(f) + " shows the commit subject " + subject);
            }
            assertFalse(text.contains("公示说明"), site.out.relativize(f) + " shows the note's key");
        }
    }

    @Test
    void site_and_department_feeds_have_an_entry_per_commit() throws IOException {
        Document feed = xml("changes/feed.xml");
        assertEquals(5, feed.select("entry").size());
        assertEquals("2025-01-02T12:00+08:00", feed.selectFirst("feed > updated").text());
        assertTrue(feed.selectFirst("entry title").text().contains("发布第二版免罚清单"));
        Document department = xml("departments/scj/feed.xml");
        assertEquals(5, department.select("entry").size());
        assertTrue(department.selectFirst("feed > title").text().contains("测试市市场监督管理局"));
    }

    @Test
    void open_data_reflects_the_repeal_and_the_successor() throws IOException {
        com.fasterxml.jackson.databind.JsonNode lists = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.out.resolve("data/lists.json").toFile());
        Map<String, String> status = new TreeMap<>();
        lists.forEach(l -> status.put(l.get("id").asText(), l.get("status").asText()));
        assertEquals(Map.of("mianfa", "已废止", "mianfa-2", "生效"), status);
        String successor = Files.readString(site.out.resolve("lists/mianfa-2/mianfa-2.json"));
        assertTrue(successor.contains("\"supersedes\" : \"mianfa\""), successor);
        assertTrue(Files.readString(site.out.resolve("data/items.csv")).contains("mianfa-2,scj,1,scj2-01,"));
        assertTrue(Files.exists(site.out.resolve("lists/mianfa-2/mianfa-2.xlsx")));
    }

    @Test
    void building_twice_from_the_same_repository_gives_the_same_bytes() throws IOException {
        Path again = dir.resolve("again");
        assertTrue(SiteBuilds.of(site.settings().withDirs(site.content, Path.of("site-templates"), again)).build().ok());
        Map<String, byte[]> a = snapshot(site.out), b = snapshot(again);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((f, bytes) -> assertArrayEquals(bytes, b.get(f), f));
    }

    @Test
    void a_content_folder_outside_git_builds_and_says_history_is_unavailable(@TempDir Path plain) throws IOException {
        TestSite s = TestSite.minimal(plain);
        assertTrue(SiteBuilds.of(s.settings()).build().ok());
        String list = Files.readString(s.out.resolve("lists/mianfa/index.html"));
        assertTrue(list.contains("修改记录暂不可用：内容文件夹不在 git 仓库中"), list);
        assertTrue(Files.readString(s.out.resolve("changes/index.html")).contains("更新记录暂不可用"));
        assertEquals(1, Jsoup.parse(Files.readString(s.out.resolve("departments/scj/feed.xml")), "", Parser.xmlParser())
                .select("entry").size(), "without history the department feed lists its lists");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.out.resolve(path)));
    }

    private static Document xml(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.out.resolve(path)), "", Parser.xmlParser());
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
}
