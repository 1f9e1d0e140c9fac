package cn.rxzf.portal.web;

import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.site.render.PageRenderer;
import cn.rxzf.portal.site.render.Templates;

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
}
