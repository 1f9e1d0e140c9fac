package cn.rxzf.portal.cli;

import cn.rxzf.portal.build.BuildResult;
import cn.rxzf.portal.build.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.serve.Watcher;
import cn.rxzf.portal.service.LiveSite;
import cn.rxzf.portal.service.Services;
import cn.rxzf.portal.service.WebApp;
import io.javalin.Javalin;
import java.io.IOException;

/**
 * Builds the site from {@code content/}, then serves it with the service on one port; with {@code --watch} keeps
 * both up to date as files are saved.
 */
public final class ServeCommand {
    private ServeCommand() {}

    public static int run(Settings settings) throws IOException, InterruptedException {
        SiteBuilder builder = new SiteBuilder(settings);
        BuildResult first = builder.build();
        if (!first.ok()) {
            ProblemPrinter.print(first.problems(), settings.format(), System.err);
            return 1;
        }
        LiveSite live = new LiveSite(settings, first.content());
        Javalin app = WebApp.create(new Services(settings, live));
        app.start(settings.host(), settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        System.out.printf("serving %s at http://%s:%d/%s%n", settings.outDir(), settings.host(), app.port(),
                settings.watch() ? " (watching " + settings.contentDir() + " and " + settings.templatesDir() + ")" : "");
        if (settings.watch()) {
            new Watcher(builder, System.out, r -> live.update(r.content()), settings.contentDir(),
                    settings.templatesDir()).start();
        }
        Thread.currentThread().join();
        return 0;
    }
}
