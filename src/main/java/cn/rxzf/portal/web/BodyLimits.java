package cn.rxzf.portal.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;

/**
 * One body limit per route, whatever the body's type (urlencoded or multipart): {@link #FORM} for every route,
 * larger only for the routes named at construction (file uploads). Checked before any handler or form parsing reads
 * the body: a body declared larger gets 413, a body without a declared length 411 (so no limit can be streamed
 * past). Jetty's multipart limits stay as the second line, sized for the largest upload route.
 */
public final class BodyLimits {
    /** Form posts are small; anything larger is refused with 413 before a handler reads it. */
    public static final long FORM = 64 * 1024;
    private final Map<String, Long> larger;

    /** {@code larger}: exact request paths and their limits in bytes. */
    public BodyLimits(Map<String, Long> larger) {
        this.larger = Map.copyOf(larger);
    }

    public long limit(String path) {
        return larger.getOrDefault(path, FORM);
    }

    public void check(Context ctx) {
        HandlerType m = ctx.method();
        if (!m.equals(HandlerType.POST) && !m.equals(HandlerType.PUT) && !m.equals(HandlerType.PATCH)) return;
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
            ctx.header("Connection", "close");
            throw new HttpError(411, "请求缺少内容长度");
        }
        if (length > limit(ctx.path())) {
            ctx.header("Connection", "close");
            throw new HttpError(413, larger.containsKey(ctx.path()) ? Uploads.TOO_LARGE : "提交的内容过大");
        }
    }
}
