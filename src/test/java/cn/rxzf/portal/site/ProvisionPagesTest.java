package cn.rxzf.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.Problem;
import cn.rxzf.portal.content.citations.ConsistencyReport;
import cn.rxzf.portal.content.citations.Provisions;
import cn.rxzf.portal.content.model.Item;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 同事不同罚 over the real content: the citations are read (≥ 95 %), provision pages exist for articles that items
 * of two or more lists rest on, every item that cites a provision links to its page, the report's rows match what
 * was worked out by hand from the lists, and the open data holds one row per item–provision pair.
 */
class ProvisionPagesTest {
    @TempDir
    static Path dir;
    static Path site;
    static Content content;

    @BeforeAll
    static void build() throws IOException {
        Settings settings = Settings.defaults().withDirs(Path.of("content"), Path.of("site-templates"),
                dir.resolve("site")).withDate(TestSite.TODAY);
        BuildResult built = SiteBuilds.of(settings).build();
        assertTrue(built.ok(), built.problems().toString());
        site = settings.outDir();
        content = built.content();
    }

    @Test
    void the_real_citations_are_read_and_each_unreadable_one_is_a_warning_at_its_item() throws IOException {
        Provisions p = content.provisions;
        assertTrue(p.parseRate() >= 95.0, "parse rate " + p.parseRate());
        assertTrue(p.parsed() >= 150, "parsed " + p.parsed());
        List<Problem> warnings = content.citationWarnings();
        assertEquals(p.failures().size(), warnings.size());
        for (Problem w : warnings) {
            String line = Files.readAllLines(Path.of(w.path())).get(w.line() - 1);
            assertTrue(line.contains("id:") && w.message().contains(line.substring(line.indexOf("id:") + 3).strip()),
                    "the warning points at its item: " + w);
        }
    }

    @Test
    void provisions_with_items_of_two_or_more_lists_have_pages_comparing_them() throws IOException {
        List<Provisions.Provision> shared = content.provisions.shared();
        assertTrue(shared.size() >= 5, "shared provisions: " + shared.size());
        for (Provisions.Provision p : shared) {
            String html = page(p.url());
            Set<String> lists = new HashSet<>();
            for (Provisions.Entry e : p.entries()) {
                // A general article (《行政处罚法》第三十三条) lists the lists citing it, not each of their items.
                boolean itemShown = html.contains("href=\"" + e.item().url() + "\"");
                assertEquals(!p.isGeneral(), itemShown, p.key() + " links " + e.item().id());
                assertTrue(html.contains("href=\"" + e.list().url() + "\""), p.key() + " links " + e.list().id());
                lists.add(e.list().id());
            }
            assertTrue(lists.size() >= 2);
            if (p.isGeneral()) continue;
            for (String group : p.groups()) assertTrue(html.contains(">" + group + "（"), p.key() + " groups " + group);
        }
        String index = page("/provisions/");
        for (Provisions.Provision p : content.provisions.all()) assertTrue(index.contains(p.url()), p.key());
    }

    @Test
    void every_item_that_cites_a_provision_links_to_its_page() throws IOException {
        int linked = 0;
        for (Item i : content.items.values()) {
            List<Provisions.Provision> ps = content.provisions.ofItem(i.id());
            String html = page(i.url());
            for (Provisions.Provision p : ps) {
                assertTrue(html.contains("href=\"" + p.url() + "\""), i.id() + " → " + p.key());
                assertTrue(Files.isRegularFile(site.resolve(p.url().substring(1) + "index.html")), p.key());
                linked++;
            }
            boolean block = html.contains("同一违法条款的其他清单");
            assertEquals(!content.provisions.neighbours(i).isEmpty(), block, i.id());
        }
        assertTrue(linked >= 150, "item → provision links: " + linked);
        String item = page("/items/" + "yj-xn2022-01" + "/");
        assertTrue(item.contains("另有 1 份清单：1 份首违不罚"), "the block counts the other list and its outcome");
    }

    @Test
    void a_provision_resting_only_on_a_repealed_list_says_so() {
        // 《食品安全法》第一百二十六条: the one list citing it (中山) is 已废止 — the new-user trial read its leniency as current.
        Provisions.Provision p = content.provisions.get("shipin-anquan/126");
        assertTrue(p != null, "shipin-anquan/126");
        assertTrue(p.overview().contains("已废止或已修订"), p.overview());
    }

    @Test
    void the_report_matches_the_hand_made_expectation() throws IOException {
        Map<String, ConsistencyReport.Row> rows = new java.util.LinkedHashMap<>();
        for (ConsistencyReport.Row r : ConsistencyReport.of(content.provisions)) rows.put(r.provision().key(), r);
        // 危化品条例第七十八条: 咸宁 (不予处罚, 无危害后果、及时改正) and 江津 (首违不罚, 主动改正).
        assertEquals("2 个地区：1 份不予处罚，1 份首违不罚；1 份须无危害后果",
                rows.get("weixian-huaxuepin/78").summary());
        // 隐患排查规定第二十六条: 威海 (可以不予处罚) and 江津 (首违不罚); both require prompt correction and no harm.
        assertEquals("2 个地区：1 份不予处罚，1 份首违不罚", rows.get("yinhuan-paicha/26").summary());
        // 环评法第三十一条: two 不予处罚 lists, only one sets a time to correct.
        assertEquals("2 个地区：2 份不予处罚；1 份设改正期限", rows.get("huanjing-yingxiang-pingjia/31").summary());
        assertEquals(2, rows.get("weixian-huaxuepin/78").regions());
        // Both lists on 安全生产法第九十七条 are 首违不罚 with the same conditions: not a row.
        assertNull(rows.get("anquan-shengchan/97"));
        // The general article every list cites is never a row.
        assertNull(rows.get("xingzheng-chufa/33"));
        List<String> order = List.copyOf(rows.keySet());
        assertEquals("weixian-huaxuepin/78", order.get(0), "more differences rank first at equal regions");
        String html = page("/provisions/report/");
        for (ConsistencyReport.Row r : rows.values()) assertTrue(html.contains(r.summary()), r.provision().key());
        String csv = Files.readString(site.resolve("data/provisions-report.csv"));
        assertEquals(rows.size() + 1, csv.split("\r\n").length);
        assertTrue(csv.contains("weixian-huaxuepin/78"));
    }

    @Test
    void the_open_data_has_one_row_per_item_and_provision() throws IOException {
        int pairs = 0;
        for (Provisions.Provision p : content.provisions.all()) pairs += p.entries().size();
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/provisions.json").toFile());
        assertEquals(pairs, json.size());
        JsonNode schema = new ObjectMapper().readTree(site.resolve("data/schema/provisions.schema.json").toFile());
        Set<String> properties = new HashSet<>();
        schema.get("items").get("properties").fieldNames().forEachRemaining(properties::add);
        for (JsonNode row : json) {
            row.fieldNames().forEachRemaining(f -> assertTrue(properties.contains(f), f));
            for (JsonNode required : schema.get("items").get("required")) assertNotNull(row.get(required.asText()));
            assertTrue(row.get("provision").asText().matches("[a-z0-9][a-z0-9-]*/[0-9]+(-[0-9]+)?"));
        }
        String csv = Files.readString(site.resolve("data/provisions.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF条款键,"));
        assertTrue(Files.size(site.resolve("data/provisions.xlsx")) > 1000);
        assertFalse(page("/data/").isEmpty());
        assertTrue(page("/data/").contains("/data/provisions.csv"));
    }

    private static String page(String url) throws IOException {
        return Files.readString(site.resolve(url.substring(1) + "index.html"));
    }
}
