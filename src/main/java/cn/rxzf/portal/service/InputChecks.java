package cn.rxzf.portal.service;

import io.javalin.http.Context;

/**
 * Refusals of malformed input that hold for every route, run before any handler: what fails here is the client's
 * error (400), never echoed.
 */
final class InputChecks {
    private InputChecks() {}

    /**
     * A {@code %} in the raw path that is not followed by two hex digits (e.g. {@code %u4E2D}). Jetty lets it through
     * and Javalin's decoding of path parameters would fail on it with an internal error; checked on the raw path once
     * here rather than in every route.
     */
    static void pathEscapes(Context ctx) {
        String raw = ctx.req().getRequestURI();
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                throw HttpError.badRequest("请求地址格式不正确");
            }
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
