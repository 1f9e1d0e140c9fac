package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.app.Watcher;
import cn.rxzf.portal.app.Housekeeping;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import io.javalin.Javalin;
import java.io.IOException;

/**
 * Builds the site from {@code content/}, opens the database (embedded unless {@code --db}), and serves site and
 * service on one port; with {@code --watch} keeps the site up to date as files are saved. On stop (Ctrl-C, SIGTERM)
 * in-flight requests finish and the comment writer stores what is queued ({@code app.stop()}), then the pool closes,
 * then the embedded database stops.
 */
public final class ServeCommand {
    private ServeCommand() {}

    public static int run(Settings settings) throws IOException, InterruptedException {
        SiteBuilder builder = SiteBuilds.of(settings);
        BuildResult first = builder.build();
        if (!first.ok()) {
            ProblemPrinter.print(first.problems(), settings.format(), System.err);
            return 1;
        }
        Database db = Database.open(settings.dbUrl(), settings.dataDir(), 16);
        Javalin app;
        LiveSite live;
        try {
            Keys keys = Keys.load(settings.secretKeyFile());
            keys.checkAgainst(db.jdbi);
            live = new LiveSite(settings, first.content());
            Services services = Services.of(settings, live, db.jdbi, keys);
            app = WebApp.create(services);
            app.start(settings.host(), settings.port());
            new Housekeeping(db.jdbi, services.clock(), java.time.Duration.ofDays(settings.retentionDays())).schedule();
        } catch (RuntimeException | IOException e) {
            db.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                db.close();
            } catch (IOException e) {
                System.err.println("portal: stopping the database: " + e.getMessage());
            }
        }, "shutdown"));
        System.out.printf("serving %s at http://%s:%d/ with %s database%s%n", settings.outDir(), settings.host(),
                app.port(), db.isEmbedded() ? "the embedded" : "an external",
                settings.watch() ? " (watching " + settings.contentDir() + " and " + settings.templatesDir() + ")" : "");
        if (settings.watch()) {
            new Watcher(builder, System.out, r -> live.update(r.content()), settings.contentDir(),
                    settings.templatesDir()).start();
        }
        Thread.currentThread().join();
        return 0;
    }
}
