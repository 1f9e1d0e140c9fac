package cn.rxzf.portal.cli;

import cn.rxzf.portal.build.BuildResult;
import cn.rxzf.portal.build.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.serve.SiteServer;
import cn.rxzf.portal.serve.Watcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;

/** Serves the built site; with {@code --watch} builds it first and keeps it up to date. */
public final class ServeCommand {
    private ServeCommand() {}

    public static int run(Settings settings) throws IOException, InterruptedException {
        SiteBuilder builder = new SiteBuilder(settings);
        if (settings.watch() || !Files.isDirectory(settings.outDir())) {
            BuildResult first = builder.build();
            if (!first.ok()) {
                ProblemPrinter.print(first.problems(), settings.format(), System.err);
                if (!Files.isDirectory(settings.outDir())) return 1;
            }
        }
        Javalin app = SiteServer.create(settings.outDir());
        app.start(settings.host(), settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        System.out.printf("serving %s at http://%s:%d/%s%n", settings.outDir(), settings.host(), app.port(),
                settings.watch() ? " (watching " + settings.contentDir() + " and " + settings.templatesDir() + ")" : "");
        if (settings.watch()) {
            new Watcher(builder, System.out, settings.contentDir(), settings.templatesDir()).start();
        }
        Thread.currentThread().join();
        return 0;
    }
}
