package cn.rxzf.portal.web;

import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.site.render.PageRenderer;
import cn.rxzf.portal.site.render.Templates;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The content the service answers from: the last successfully built one. {@code serve --watch} replaces it after each
 * rebuild; requests read it without locks.
 */
public final class LiveSite {
    private record State(Content content, PageRenderer pages) {}

    private final Settings settings;
    private volatile State state;

    public LiveSite(Settings settings, Content content) {
        this.settings = settings;
        update(content);
    }

    public void update(Content content) {
        Templates templates = new Templates(settings.templatesDir(), settings.outDir());
        state = new State(content, new PageRenderer(templates, content, settings.buildDate()));
    }

    public Content content() {
        return state.content();
    }

    /** Renders server-side pages with the static site's layout. */
    public PageRenderer pages() {
        return state.pages();
    }

    /**
     * Answers with {@code template} rendered now for the page at {@code url}: a live page (a form, a queue, a receipt)
     * that is never stored by a cache.
     */
    public void respond(Context ctx, int status, String template, String url, Map<String, Object> vars)
            throws Exception {
        ctx.status(status).header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
                .result(pages().page(template, url, vars).produce());
    }
}
