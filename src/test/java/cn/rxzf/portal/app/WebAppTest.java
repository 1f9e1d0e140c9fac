package cn.rxzf.portal.app;

import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on a real port: pages, 404s, confinement to the site folder, security headers. */
class WebAppTest {
    @TempDir
    Path dir;
    Javalin app;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.minimal(dir);
        BuildResult built = SiteBuilds.of(site.settings()).build();
        assertTrue(built.ok());
        app = WebApp.create(new Services(site.settings(), new LiveSite(site.settings(), built.content())))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serves_pages_with_security_headers() throws Exception {
        HttpResponse<String> r = get("/items/scj-01/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("未按规定公示营业执照"));
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("content-type").orElse("").replace(" ", ""));
        assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(""));
        assertTrue(r.headers().firstValue("content-security-policy").orElse("").contains("default-src 'self'"));
    }

    @Test
    void unknown_paths_get_the_sites_404_page() throws Exception {
        HttpResponse<String> r = get("/items/nope/");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("页面不存在"));
    }

    @Test
    void paths_outside_the_site_and_hidden_files_are_not_served() throws Exception {
        for (String path : new String[] {"/../content/site.yaml", "/%2e%2e/content/site.yaml", "/..%2fcontent/site.yaml"}) {
            HttpResponse<String> r = get(path);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " → " + r.statusCode());
            assertTrue(!r.body().contains("站点名称"), path + " leaked the content file");
        }
        assertEquals(404, get("/_headers").statusCode());
    }

    @Test
    void healthz_answers() throws Exception {
        HttpResponse<String> r = get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"ok\"}", r.body());
    }

    @Test
    void a_directory_without_its_slash_is_redirected() throws Exception {
        HttpResponse<String> r = get("/items/scj-01");
        assertEquals(301, r.statusCode());
        assertEquals("/items/scj-01/", r.headers().firstValue("location").orElse(""));
    }
}
