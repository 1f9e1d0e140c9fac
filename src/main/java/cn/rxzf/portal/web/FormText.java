package cn.rxzf.portal.web;

import io.javalin.http.Context;

/** Free-text form fields as the handlers store them. */
public final class FormText {
    private FormText() {}

    /**
     * The field's text, stripped; empty when absent. NUL characters are dropped: PostgreSQL refuses them in text, and
     * no one types one (invalid UTF-8 is refused before any handler, see {@code InputChecks.formText}).
     */
    public static String of(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value.replace("\0", "").strip();
    }

    /** The field's text as {@link #of(Context, String)} gives it, cut to at most {@code max} characters. */
    public static String of(Context ctx, String field, int max) {
        return cut(of(ctx, field), max);
    }

    /**
     * A text cut to at most {@code max} characters; "" for null. What a refused form shows again is cut a little
     * beyond its field's limit, so the person sees the limit's message with their text, not a page of it.
     */
    public static String cut(String s, int max) {
        if (s == null) return "";
        return s.length() > max ? s.substring(0, max) : s;
    }
}
