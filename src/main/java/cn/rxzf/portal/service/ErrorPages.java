package cn.rxzf.portal.service;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every error reaches the user: JSON problem details (RFC 9457) for {@code /api/} paths, the site's error page
 * otherwise. Nothing from the request is echoed; unexpected failures are logged without request data and shown as a
 * plain 500.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private final LiveSite site;

    public ErrorPages(LiveSite site) {
        this.site = site;
    }

    public void render(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", message);
            problem.put("status", status);
            ctx.json(problem).contentType("application/problem+json; charset=utf-8");
            return;
        }
        try {
            byte[] html = site.pages().page("error.peb", ctx.path(), Map.of("status", status, "message", message)).produce();
            ctx.contentType("text/html; charset=utf-8").result(html);
        } catch (Exception e) {
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + message);
        }
    }

    public void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure handling a {} request", ctx.method(), e);
        render(ctx, 500, "服务暂时出现问题，请稍后再试");
    }
}
