package cn.rxzf.portal.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refusals of malformed input that hold for every route, run before any handler: what fails here is the client's
 * error (400), never echoed.
 */
public final class InputChecks {
    private static final char REPLACEMENT = '\uFFFD';

    private InputChecks() {}

    /**
     * A {@code %} in the raw path that is not followed by two hex digits (e.g. {@code %u4E2D}). Jetty lets it through
     * and Javalin's decoding of path parameters would fail on it with an internal error; checked on the raw path once
     * here rather than in every route.
     */
    public static void pathEscapes(Context ctx) {
        String raw = ctx.req().getRequestURI();
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                throw HttpError.badRequest("请求地址格式不正确");
            }
        }
    }

    /**
     * Form fields (names and values, urlencoded or multipart text parts) that were not valid UTF-8. Decoding replaces
     * each bad sequence with U+FFFD instead of failing, so that replacement character is the sign; a form holding one
     * is refused as a whole and nothing of it is stored. Every form of the service is read here first, whichever
     * handler reads it after. A citizen could in principle type U+FFFD itself (copied from a garbled text); refusing
     * that rare case as well is accepted, the message tells them what to change. Uploaded files are not text and are
     * not looked at.
     */
    public static void formText(Context ctx) {
        if (!ctx.method().equals(HandlerType.POST)) return;
        String type = String.valueOf(ctx.header("Content-Type")).toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return;
        for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
            if (field.getKey().indexOf(REPLACEMENT) >= 0 || field.getValue().stream().anyMatch(v -> v.indexOf(REPLACEMENT) >= 0)) {
                throw HttpError.badRequest("提交的内容含有无法识别的字符，请检查后重新输入");
            }
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
