package cn.rxzf.portal.publish;

import java.nio.charset.StandardCharsets;

/**
 * {@code _headers} and {@code _redirects} for Netlify; nginx users translate the same rules (README). The CSP allows
 * only the site's own scripts, styles and images, and forms that post to the site itself (the service behind
 * {@code /api}, proxied on the same origin).
 */
public final class NetlifyFiles {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    private NetlifyFiles() {}

    public static byte[] headers() {
        String s = """
                /*
                  Content-Security-Policy: %s
                  X-Content-Type-Options: nosniff
                  Strict-Transport-Security: max-age=31536000; includeSubDomains
                  Referrer-Policy: strict-origin-when-cross-origin
                  X-Frame-Options: DENY
                  Permissions-Policy: camera=(), microphone=(), geolocation=()
                /*.csv
                  Content-Type: text/csv; charset=utf-8
                /*.json
                  Content-Type: application/json; charset=utf-8
                /css/*
                  Cache-Control: public, max-age=3600
                /js/*
                  Cache-Control: public, max-age=3600
                """.formatted(CSP);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] redirects() {
        String s = """
                # Bare ids are permanent addresses of items and lists. (No catch-all here: Netlify serves
                # /404.html by itself, and a catch-all would shadow the /api proxy rule of netlify.toml.)
                /item/:id       /items/:id/     301
                /list/:id       /lists/:id/     301
                """;
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
