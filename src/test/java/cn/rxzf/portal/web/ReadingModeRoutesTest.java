package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.ServiceHarness;
import cn.rxzf.portal.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 长者模式 chosen by a plain link and remembered by a cookie, without JavaScript; and a government site's footer and
 * metadata from the site settings, each shown only when set.
 */
class ReadingModeRoutesTest {
    @TempDir
    Path dir;
    ServiceHarness s;

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir).write("site.yaml", """
                站点名称: 测试站
                主办单位: 测试单位
                网址: https://test.example.gov.cn
                联系方式: 电话 0000-1
                网站标识码: 3500000001
                备案号: 闽ICP备00000000号
                """);
        s = new ServiceHarness(site);
    }

    @AfterEach
    void stop() throws Exception {
        s.close();
    }

    @Test
    void elder_mode_is_chosen_by_a_link_and_remembered() throws Exception {
        String page = s.get("/items/scj-01/").body();
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/prefs/elder.css\">"));
        assertTrue(page.contains("href=\"/prefs/elder?on=1&amp;back=%2Fitems%2Fscj-01%2F\""), "a plain link, no script");
        HttpResponse<String> standard = s.get("/prefs/elder.css");
        assertEquals(200, standard.statusCode());
        assertFalse(standard.body().contains("font-size"), "empty unless chosen");
        assertEquals("Cookie", standard.headers().firstValue("vary").orElse(""));

        HttpResponse<String> choose = s.get("/prefs/elder?on=1&back=/items/scj-01/");
        assertEquals(303, choose.statusCode());
        assertEquals("/items/scj-01/", choose.headers().firstValue("location").orElse(""));
        String cookie = choose.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cookie.startsWith("rxzf_elder=1;") && cookie.contains("Max-Age=31536000"), cookie);
        assertTrue(s.get("/prefs/elder.css", "rxzf_elder=1").body().contains("font-size: 20px"), "the elder rules");

        HttpResponse<String> off = s.get("/prefs/elder?on=0&back=https://evil.example/");
        assertEquals("/", off.headers().firstValue("location").orElse(""), "only a path of this site");
        assertTrue(off.headers().firstValue("set-cookie").orElseThrow().contains("Max-Age=0"));
    }

    @Test
    void footer_and_metadata_come_from_the_site_settings_when_set() throws Exception {
        Document item = Jsoup.parse(s.get("/items/scj-01/").body());
        assertEquals("3500000001", item.selectFirst("meta[name=SiteIDCode]").attr("content"));
        assertEquals("test.example.gov.cn", item.selectFirst("meta[name=SiteDomain]").attr("content"));
        assertEquals("清单", item.selectFirst("meta[name=ColumnName]").attr("content"));
        assertEquals("测试市市场监督管理局", item.selectFirst("meta[name=ContentSource]").attr("content"));
        assertFalse(item.select("meta[name=PubDate]").attr("content").isEmpty());
        String footer = item.selectFirst(".site-footer").text();
        assertTrue(footer.contains("网站标识码：3500000001") && footer.contains("闽ICP备00000000号"), footer);
        assertFalse(footer.contains("公网安备"), "a filing not set is not shown");
    }
}
