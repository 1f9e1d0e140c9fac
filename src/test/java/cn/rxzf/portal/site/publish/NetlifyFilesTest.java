package cn.rxzf.portal.site.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NetlifyFilesTest {
    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void with_a_service_address_every_service_path_is_proxied_to_it() {
        String r = text(NetlifyFiles.redirects("https://svc.example.cn"));
        assertTrue(r.contains("/api/*  https://svc.example.cn/api/:splat  200!"));
        assertTrue(r.contains("/credit/*  https://svc.example.cn/credit/:splat  200!"));
        assertTrue(r.contains("/search  https://svc.example.cn/search  200!"));
        assertFalse(text(NetlifyFiles.redirects(null)).contains("200!"), "no service, no proxy rules");
    }

    @Test
    void previews_are_marked_noindex_and_the_real_site_is_not() {
        assertTrue(text(NetlifyFiles.headers(true)).contains("X-Robots-Tag: noindex"));
        assertTrue(text(NetlifyFiles.robots("https://x.cn", true)).contains("Disallow: /\n"));
        assertFalse(text(NetlifyFiles.headers(false)).contains("X-Robots-Tag"));
        assertTrue(text(NetlifyFiles.robots("https://x.cn", false)).contains("Sitemap: https://x.cn/sitemap.xml"));
    }

    @Test
    void the_headers_carry_csp_nosniff_hsts_and_referrer_policy() {
        String h = text(NetlifyFiles.headers(false));
        for (String header : new String[] {"Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
                "Strict-Transport-Security: max-age=", "Referrer-Policy: "}) {
            assertTrue(h.contains(header), header);
        }
    }
}
