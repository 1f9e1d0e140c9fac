package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.site.render.Output;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code _headers} and {@code _redirects} for Netlify; nginx users translate the same rules (README). The CSP allows
 * only the site's own scripts, styles and images, and forms that post to the site itself (the service behind
 * {@code /api}, proxied on the same origin).
 */
public final class NetlifyFiles {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    /**
     * The security headers of every response, the one list both the static host ({@code _headers}) and the service
     * ({@code serve/StaticSite}, the Jetty error page) send.
     */
    public static final java.util.Map<String, String> SECURITY_HEADERS = orderedHeaders(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private NetlifyFiles() {}

    private static java.util.Map<String, String> orderedHeaders(String... nameValue) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put(nameValue[i], nameValue[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The static host's files for these settings: {@code _headers}, {@code _redirects} and {@code robots.txt}. */
    public static List<Output> outputs(String baseUrl, String serviceUrl, boolean noindex) {
        Set<String> always = Set.of(Output.ALWAYS);
        return List.of(new Output("_headers", always, () -> headers(noindex)),
                new Output("_redirects", always, () -> redirects(serviceUrl)),
                new Output("robots.txt", always, () -> robots(baseUrl, noindex)));
    }

    static byte[] headers(boolean noindex) {
        StringBuilder all = new StringBuilder();
        SECURITY_HEADERS.forEach((name, value) -> all.append("  ").append(name).append(": ").append(value).append('\n'));
        String s = """
                /*
                %s%s/*.csv
                  Content-Type: text/csv; charset=utf-8
                /*.json
                  Content-Type: application/json; charset=utf-8
                /css/*
                  Cache-Control: public, max-age=3600
                /js/*
                  Cache-Control: public, max-age=3600
                """.formatted(all, noindex ? "  X-Robots-Tag: noindex, nofollow\n" : "");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Permanent addresses, and — when the service's address is known — the rules that proxy its paths to it (Netlify
     * reads {@code _redirects} before {@code netlify.toml}, so this is the one place that address is used).
     */
    static byte[] redirects(String serviceUrl) {
        StringBuilder s = new StringBuilder("""
                # Bare ids are permanent addresses of items and lists. (No catch-all here: Netlify serves
                # /404.html by itself, and a catch-all would shadow the service rules.)
                /item/:id       /items/:id/     301
                /list/:id       /lists/:id/     301
                """);
        if (serviceUrl != null) {
            s.append("# The service (its pages are live: comment windows, counts, forms, search).\n");
            for (String path : SERVICE_PATHS) {
                s.append(path).append("  ").append(serviceUrl).append(path.replace("*", ":splat")).append("  200!\n");
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] robots(String baseUrl, boolean noindex) {
        String s = noindex ? "User-agent: *\nDisallow: /\n"
                : "User-agent: *\nDisallow: /review/\nDisallow: /credit/apply/\nDisallow: /commitments/view\n"
                        + "Disallow: /visits/answer\nSitemap: " + baseUrl + "/sitemap.xml\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The service's paths, proxied from the static host. */
    static final List<String> SERVICE_PATHS = List.of("/api/*", "/search", "/check/*", "/drafts/*", "/comments/*",
            "/feedback", "/feedback/*", "/review/*", "/credit/*", "/commitments/*", "/visits/*", "/statistics/online/",
            "/statistics/online.json", "/prefs/*", "/healthz");
}
