package cn.rxzf.portal.site.render;

import java.io.File;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;

/**
 * The one place jbake-core is wired: its configuration, its registry of template engines by file extension, and
 * its asset copier. jbake's registry and model extractors are static singletons; this class keeps them out of
 * everything else.
 */
public final class Templates {
    /** jbake's configuration library logs INFO chatter through java.util.logging on every start; keep it quiet. */
    private static final java.util.logging.Logger BEANUTILS = java.util.logging.Logger.getLogger("org.apache.commons.beanutils");

    static {
        BEANUTILS.setLevel(java.util.logging.Level.WARNING);
    }

    private final DefaultJBakeConfiguration config;
    private final TemplateEngines engines;
    private final Path templatesDir;

    public Templates(Path templatesDir, Path outDir) {
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        File source = this.templatesDir.getParent() == null ? this.templatesDir.toFile() : this.templatesDir.getParent().toFile();
        try {
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, outDir.toFile(), false);
        } catch (Exception e) {
            throw new IllegalStateException("jbake configuration: " + e.getMessage(), e);
        }
        config.setTemplateFolder(this.templatesDir.toFile());
        config.setAssetFolder(this.templatesDir.resolve("assets").toFile());
        config.setDestinationFolder(outDir.toFile());
        engines = new TemplateEngines(config, null);
    }

    /**
     * The engine for a template's extension. jbake would otherwise write an empty file for an extension it has no
     * engine for, and say nothing; here that is an error.
     */
    public AbstractTemplateEngine engineFor(String template) {
        int dot = template.lastIndexOf('.');
        AbstractTemplateEngine engine = dot < 0 ? null : engines.getEngine(template.substring(dot + 1));
        if (engine == null) {
            throw new IllegalArgumentException("no template engine for “" + template + "” (templates end in .peb)");
        }
        return engine;
    }

    public boolean exists(String template) {
        return Files.isRegularFile(templatesDir.resolve(template));
    }

    public Path dir() {
        return templatesDir;
    }

    public void render(String template, TemplateModel model, Writer out) throws RenderingException {
        engineFor(template).renderDocument(model, template, out);
    }

    /** Copies {@code assets/} to the output root; returns jbake's errors (empty when all went well). */
    public List<Throwable> copyAssets(Path outDir) {
        config.setDestinationFolder(outDir.toFile());
        Asset asset = new Asset(config);
        if (Files.isDirectory(templatesDir.resolve("assets"))) asset.copy();
        return asset.getErrors();
    }
}
