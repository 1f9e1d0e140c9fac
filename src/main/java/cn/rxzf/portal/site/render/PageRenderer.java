package cn.rxzf.portal.site.render;

import cn.rxzf.portal.content.Content;
import java.time.LocalDate;
import java.util.Map;
import org.jbake.template.model.TemplateModel;

/** Renders one template with the variables every page has (site, content, today, its own URL) plus its own. */
public final class PageRenderer {
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
        return () -> {
            TemplateModel model = new TemplateModel();
            model.put("site", content.site);
            model.put("content", content);
            model.put("today", today);
            model.put("url", url);
            model.put("section", url.length() > 1 ? url.substring(1, Math.max(1, url.indexOf('/', 1))) : "");
            model.putAll(vars);
            Utf8Buffer out = new Utf8Buffer(32 * 1024);
            templates.render(template, model, out);
            return out.toByteArray();
        };
    }
}
