package cn.rxzf.portal.web;


import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Where every error reaches the user: JSON problem details (RFC 9457) for {@code /api/} paths and clients that ask
 * for JSON only, the site's error page otherwise. Nothing from the request is echoed; unexpected failures are logged
 * without request data and shown as a plain 500.
 */
public final class ErrorPages {
    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(ErrorPages.class), System::nanoTime);
    /** The page's own address for the layout: fixed, so that nothing of the requested path reaches the page. */
    private static final String ERROR_PAGE_URL = "/";
    static final String UNAVAILABLE = "暂时无法提交，请稍后再试";
    public static final int RETRY_AFTER_SECONDS = 10;
    /** Form fields sent again but not shown: the form token and the honeypot. */
    private static final Set<String> HIDDEN_FIELDS = Set.of("token", "website");
    private final LiveSite site;

    public ErrorPages(LiveSite site) {
        this.site = site;
    }

    public void render(Context ctx, int status, String message) {
        render(ctx, status, message, null);
    }

    /** The error page with {@code next} as the first way on (null: only the site's usual ones). */
    public void render(Context ctx, int status, String message, HttpError.Link next) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        if (wantsJson(ctx)) {
            problem(ctx, status, message, Map.of());
            return;
        }
        try {
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put("status", status);
            vars.put("message", message);
            vars.put("next", next);
            byte[] html = site.pages().page("error.peb", ERROR_PAGE_URL, vars).produce();
            ctx.contentType("text/html; charset=utf-8").result(html);
        } catch (Exception e) {
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + message);
        }
    }

    /**
     * A problem document (RFC 9457) whatever the request asked for, with {@code extensions} as extra members (e.g.
     * one error per form field).
     */
    public void problem(Context ctx, int status, String title, Map<String, Object> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.putAll(extensions);
        ctx.status(status).json(problem).contentType("application/problem+json; charset=utf-8");
    }

    /** JSON for {@code /api/} paths and for clients that accept JSON but not HTML (scripts). */
    public static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/") || acceptsJson(ctx.header("Accept"));
    }

    /** An {@code Accept} header naming JSON and not HTML (a browser's names HTML). */
    public static boolean acceptsJson(String accept) {
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    /**
     * An exception no handler expected. A request the server could not even read (a broken multipart or chunked body,
     * a multipart type without its boundary, too many form fields, a charset that does not exist) is the client's error: 400, or 413 when a size
     * limit was hit; it is not logged. Anything else is ours: 500, logged through {@link FailureLog}.
     */
    public void unexpected(Exception e, Context ctx) {
        if (DatabaseDown.is(e)) {
            unavailable(ctx);
            return;
        }
        int status = clientError(e);
        if (status > 0) {
            // The body was not read to its end, so the connection cannot carry another request: say so, or a
            // client that reuses it finds it closed under its next request.
            ctx.header("Connection", "close");
            render(ctx, status, genericMessage(status));
            return;
        }
        FAILURES.failure(ctx.method().name(), e);
        render(ctx, 500, genericMessage(500));
    }

    /**
     * 503 while the database cannot be reached (it is being restarted): "暂时无法提交，请稍后再试" with
     * {@code Retry-After}; a posted form comes back with what was typed, to be sent again (never a password).
     */
    public void unavailable(Context ctx) {
        ctx.status(503);
        ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ctx.header("Cache-Control", "no-store");
        if (wantsJson(ctx)) {
            problem(ctx, 503, UNAVAILABLE, Map.of());
            return;
        }
        List<Map<String, String>> fields = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        if (ctx.method() == HandlerType.POST && isUrlEncodedForm(ctx)) {
            ctx.formParamMap().forEach((name, values) -> {
                if (name.toLowerCase(Locale.ROOT).contains("password")) return;
                for (String value : values) {
                    fields.add(Map.of("name", name, "value", value));
                    if (!HIDDEN_FIELDS.contains(name) && !value.isBlank()) shown.add(value);
                }
            });
        }
        try {
            byte[] html = site.pages().page("unavailable.peb", ERROR_PAGE_URL,
                    Map.of("action", ctx.path(), "fields", fields, "shown", shown)).produce();
            ctx.contentType("text/html; charset=utf-8").result(html);
        } catch (Exception e) {
            ctx.contentType("text/plain; charset=utf-8").result("503 " + UNAVAILABLE);
        }
    }

    private static boolean isUrlEncodedForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * 400 or 413 when the failure came from reading the request, else 0. A size limit may show only deeper in the
     * chain (Jetty wraps "max file size exceeded" in a "400: bad multipart"), so the whole chain is read.
     */
    static int clientError(Throwable e) {
        boolean parsing = false;
        boolean tooLarge = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            parsing |= t instanceof jakarta.servlet.ServletException
                    || type.startsWith("org.eclipse.jetty.http.") || type.startsWith("org.eclipse.jetty.io.")
                    || (t instanceof IllegalStateException && message.contains("multipart"))
                    || t instanceof java.io.EOFException
                    || t instanceof java.nio.charset.UnsupportedCharsetException
                    || t instanceof java.nio.charset.IllegalCharsetNameException;
            tooLarge |= message.contains("exceed") || message.contains("too large") || message.contains("max");
        }
        if (!parsing) return 0;
        return tooLarge ? 413 : 400;
    }

    /** The short Chinese message of an HTTP error status, for pages and problem documents. */
    public static String genericMessage(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确";
            case 403 -> "没有权限访问";
            case 404 -> "页面不存在";
            case 405 -> "不支持的请求方法";
            case 413 -> "提交的内容过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁，请稍后再试";
            case 431 -> "请求头过大";
            default -> status >= 500 ? "服务暂时出现问题，请稍后再试" : "请求未能处理";
        };
    }
}
