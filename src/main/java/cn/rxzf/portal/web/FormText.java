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
}
