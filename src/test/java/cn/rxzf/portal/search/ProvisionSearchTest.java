package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.app.WebApp;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A citation query on {@code /search} lands on the provision's comparison page as well as on the items. */
class ProvisionSearchTest {
    @TempDir
    static Path dir;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.write("law/fagui-minglu.yaml", """
                法规:
                  - id: ceshi
                    名称: 测试条例
                    简称: [测条]
                    层级: 地方性法规
                """);
        BuildResult built = SiteBuilds.of(site.settings()).build();
        assertTrue(built.ok(), built.problems().toString());
        app = WebApp.create(new Services(site.settings(), new LiveSite(site.settings(), built.content())))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static Document page(String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return Jsoup.parse(r.body());
    }

    @Test
    void a_citation_query_offers_the_provision_page_and_the_items() throws Exception {
        for (String q : new String[] {"测试条例第1条", "《测试条例》第一条", "测条1条"}) {
            Document d = page(q);
            assertEquals("/provisions/ceshi/1/", d.select(".provision-matches a").attr("href"), q);
            assertTrue(d.select(".provision-matches").text().contains("1 份清单"), q);
        }
        assertEquals("/items/scj-01/", page("测试条例第1条").select(".search-results a[href^=/items/]").attr("href"));
    }

    @Test
    void other_queries_offer_no_provision() throws Exception {
        assertTrue(page("营业执照").select(".provision-matches").isEmpty());
        assertTrue(page("测试条例第9条").select(".provision-matches").isEmpty(), "an article no list cites has no page");
    }
}
