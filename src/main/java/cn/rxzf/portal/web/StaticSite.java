package cn.rxzf.portal.web;

import cn.rxzf.portal.site.publish.NetlifyFiles;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves the files of the built site, reading each from disk on every request (no cache), so that a page rewritten
 * by the watcher is what the next request sees. Paths are confined to the site folder; directories serve their
 * {@code index.html}; anything else gets the site's {@code 404.html} with status 404. Every response carries the
 * same security headers as {@code _headers} gives the static host.
 */
public final class StaticSite {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("woff2", "font/woff2"));

    private final Path root;

    public StaticSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The headers every response of the service carries, including the error pages Jetty writes itself. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", NetlifyFiles.CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY");

    public static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    public void serve(Context ctx) throws IOException {
        securityHeaders(ctx);
        Path file = resolve(ctx.path());
        if (file == null) {
            notFound(ctx);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!ctx.path().endsWith("/")) {
                ctx.redirect(ctx.path() + "/", io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            notFound(ctx);
            return;
        }
        send(ctx, file, 200);
    }

    private void notFound(Context ctx) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) send(ctx, page, 404);
        else ctx.status(404).contentType("text/plain; charset=utf-8").result("404");
    }

    private static void send(Context ctx, Path file, int status) throws IOException {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        ctx.status(status).contentType(TYPES.getOrDefault(ext, "application/octet-stream"))
                .header("Cache-Control", "no-cache").result(Files.readAllBytes(file));
    }

    /** The file a URL path names, or null when it would leave the site folder or names a hidden file. */
    Path resolve(String urlPath) {
        String p = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (p.contains("\\") || p.contains("\0")) return null;
        for (String part : p.split("/")) if (part.startsWith(".") || part.startsWith("_")) return null;
        Path file = root.resolve(p).normalize();
        return file.startsWith(root) ? file : null;
    }
}
