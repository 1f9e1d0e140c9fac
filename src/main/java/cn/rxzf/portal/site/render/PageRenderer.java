package cn.rxzf.portal.site.render;

import cn.rxzf.portal.content.Content;
import java.time.LocalDate;
import java.util.Map;
import org.jbake.template.model.TemplateModel;

/** Renders one template with the variables every page has (site, content, today, its own URL) plus its own. */
public final class PageRenderer {
    /** A page's first buffer; most pages of the 10,000-item site are 10–40 KB. */
    private static final int PAGE_BYTES = 32 * 1024;
    /** A thread keeps its buffer for the next page unless one page made it larger than this. */
    private static final int KEPT_BYTES = 1 << 20;
    /**
     * One buffer per rendering thread, reused page after page: a full build renders ~19,000 pages, and a new
     * 32 KB buffer per page, then a copy of it as the page's own array, was garbage of twice each page's size.
     */
    private static final ThreadLocal<Utf8Buffer> BUFFER = ThreadLocal.withInitial(() -> new Utf8Buffer(PAGE_BYTES));

    private final Templates templates;
    private final Content content;
    private final LocalDate today;

    public PageRenderer(Templates templates, Content content, LocalDate today) {
        this.templates = templates;
        this.content = content;
        this.today = today;
    }

    public LocalDate today() {
        return today;
    }

    public Output.Producer page(String template, String url, Map<String, Object> vars) {
        return new Output.Producer() {
            @Override
            public byte[] produce() throws Exception {
                Utf8Buffer out = new Utf8Buffer(PAGE_BYTES);
                render(template, url, vars, out);
                return out.toByteArray();
            }

            @Override
            public void produceInto(Output.Sink sink) throws Exception {
                Utf8Buffer out = BUFFER.get();
                out.reset(KEPT_BYTES);
                render(template, url, vars, out);
                out.drainTo(sink);
            }
        };
    }

    private void render(String template, String url, Map<String, Object> vars, Utf8Buffer out) throws Exception {
        TemplateModel model = new TemplateModel();
        model.put("site", content.site);
        model.put("content", content);
        model.put("today", today);
        model.put("url", url);
        model.put("section", url.length() > 1 ? url.substring(1, Math.max(1, url.indexOf('/', 1))) : "");
        model.putAll(vars);
        templates.render(template, model, out);
    }
}
