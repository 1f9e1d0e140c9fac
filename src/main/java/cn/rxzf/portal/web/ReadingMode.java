package cn.rxzf.portal.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * 长者模式 (larger text, higher contrast, wider spacing) without JavaScript: every page links its stylesheet
 * {@code /prefs/elder.css}, which is the elder rules when the reader chose the mode and empty otherwise; the choice
 * is a cookie set by a plain GET link ({@code /prefs/elder?on=1&back=/the/page/}) and kept for a year. The rules
 * themselves are the site's {@code css/elder-mode.css}, so editing them is editing a template asset.
 */
public final class ReadingMode {
    static final String COOKIE = "rxzf_elder";
    private static final Pattern BACK = Pattern.compile("/[a-z0-9/._-]{0,298}");
    private final Path rules;

    public ReadingMode(Path siteDir) {
        this.rules = siteDir.resolve("css/elder-mode.css");
    }

    /** {@code GET /prefs/elder?on=1|0&back=PATH}: remember the choice, and go back to the page. */
    public void choose(Context ctx) {
        boolean on = "1".equals(ctx.queryParam("on"));
        String back = ctx.queryParam("back");
        if (back == null || !BACK.matcher(back).matches() || back.contains("..")) back = "/";
        ctx.header("Set-Cookie", COOKIE + "=" + (on ? "1; Max-Age=31536000" : "; Max-Age=0")
                + "; Path=/; SameSite=Lax; HttpOnly" + (ctx.scheme().equals("https") ? "; Secure" : ""));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    /** {@code GET /prefs/elder.css}: the elder rules for a reader who chose them, an empty stylesheet otherwise. */
    public void stylesheet(Context ctx) throws IOException {
        boolean on = "1".equals(ctx.cookie(COOKIE));
        ctx.header("Cache-Control", "private, no-cache").header("Vary", "Cookie").contentType("text/css; charset=utf-8");
        ctx.result(on && Files.isRegularFile(rules) ? Files.readString(rules) : "/* 标准模式 */\n");
    }
}
