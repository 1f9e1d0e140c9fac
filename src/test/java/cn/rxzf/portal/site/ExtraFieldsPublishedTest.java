package cn.rxzf.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.SiteBuilds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An item's 其他字段 are published: on its page (escaped), as the list's extra CSV columns, and in its JSON. */
class ExtraFieldsPublishedTest {
    @TempDir
    Path dir;

    @Test
    void extraFieldsShowOnTheItemPageAndInTheListsDownloads() throws Exception {
        TestSite site = TestSite.minimal(dir);
        Path list = site.content.resolve("departments/scj/lists/mianfa.md");
        String text = Files.readString(list);
        int items = text.indexOf("  - id: scj-01\n");
        int end = text.indexOf("\n---", items);
        Files.writeString(list, text.substring(0, end) + "\n    其他字段:\n      权力编码: \"330019001\"\n      条件关系: <b>同时满足</b>"
                + text.substring(end));
        BuildResult r = SiteBuilds.of(site.settings()).build();
        assertTrue(r.ok(), r.problems().toString());

        Document page = Jsoup.parse(site.out.resolve("items/scj-01/index.html").toFile(), "UTF-8");
        assertEquals("330019001", page.select("dt:containsOwn(权力编码) + dd").text());
        assertEquals("<b>同时满足</b>", page.select("dt:containsOwn(条件关系) + dd").text(), "escaped, not markup");

        String csv = Files.readString(site.out.resolve("lists/mianfa/mianfa.csv"), StandardCharsets.UTF_8);
        String header = csv.substring(1, csv.indexOf("\r\n"));
        assertTrue(header.endsWith(",网址,权力编码,条件关系"), header);
        assertTrue(csv.contains(",330019001,<b>同时满足</b>\r\n"), csv);
        String json = Files.readString(site.out.resolve("lists/mianfa/mianfa.json"));
        assertTrue(json.contains("\"extra\" : {\n      \"权力编码\" : \"330019001\""), json);
    }
}
