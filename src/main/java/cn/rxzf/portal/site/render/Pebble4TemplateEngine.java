package cn.rxzf.portal.site.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * jbake template engine for Pebble 4 (jbake's own targets Pebble 3 and drops out when Pebble 4 is on the class
 * path). Registered for {@code .peb} in {@code META-INF/org.jbake.parser.TemplateEngines.properties}.
 * Auto-escaping stays on; templates write {@code | raw} only for HTML the build made itself (Markdown bodies).
 * Undefined variables are errors, so that a typo in a template fails the build instead of printing nothing.
 */
public class Pebble4TemplateEngine extends AbstractTemplateEngine {
    private final PebbleEngine engine;

    public Pebble4TemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        FileLoader loader = new FileLoader();
        loader.setPrefix(config.getTemplateFolder().getAbsolutePath());
        loader.setCharset(config.getTemplateEncoding());
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.SIMPLIFIED_CHINESE)
                .newLineTrimming(true)
                .extension(new PortalExtension())
                .cacheActive(true)
                .build();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            engine.getTemplate(templateName).evaluate(writer, model);
        } catch (PebbleException e) {
            throw new TemplateError(e.getFileName(), e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getPebbleMessage(), e);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }

    /** A template problem with the template's file and line. */
    public static final class TemplateError extends RenderingException {
        public final String file;
        public final int line;
        public final String detail;

        TemplateError(String file, int line, String detail, Throwable cause) {
            super(detail, cause);
            this.file = file;
            this.line = line;
            this.detail = detail;
        }
    }
}
