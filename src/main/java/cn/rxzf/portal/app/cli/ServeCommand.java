package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.app.SiteBuilds;
import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.DataFolder;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.db.Login;
import cn.rxzf.portal.app.Watcher;
import cn.rxzf.portal.app.Housekeeping;
import cn.rxzf.portal.web.Keys;
import cn.rxzf.portal.web.LiveSite;
import cn.rxzf.portal.web.Services;
import cn.rxzf.portal.app.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Builds the site from {@code content/}, opens the database (embedded unless {@code --db}), and serves site and
 * service on one port; with {@code --watch} keeps the site up to date as files are saved. On stop (Ctrl-C, SIGTERM)
 * in-flight requests finish and the comment writer stores what is queued ({@code app.stop()}), then the pool closes,
 * then the embedded database stops.
 */
public final class ServeCommand {
    private ServeCommand() {}

    public static int run(Settings settings) throws IOException, InterruptedException {
        // One owner per data folder: a second serve on it stops here, before building anything.
        DataFolder folder = null;
        if (settings.dbUrl() == null) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (folder == null) {
                try {
                    folder = DataFolder.claim(settings.dataDir(), "serve");
                } catch (DataFolder.InUse e) {
                    // a short command (reviewer …) that owns the folder alone is waited for; another serve is not
                    boolean shortCommand = e.owner != null && !e.owner.command().equals("serve");
                    if (!shortCommand || System.nanoTime() > deadline) {
                        System.err.println("portal: " + e.getMessage());
                        return 3;
                    }
                    Thread.sleep(250);
                }
            }
        }
        try {
            return serve(settings, folder);
        } finally {
            if (folder != null) folder.close();
        }
    }

    /** The external database's owner role ({@code --db-owner}), or null. */
    static Login ownerLogin(Settings settings) {
        return settings.dbOwnerUrl() == null ? null : Login.of(settings.dbOwnerUrl());
    }

    private static int serve(Settings settings, DataFolder folder) throws IOException, InterruptedException {
        // The database starts while the site is built: a restart after a crash costs the longer of the two, not
        // their sum (measured idle on the sample site: build 2.8–3.2 s, database 0.9–1.2 s).
        FutureTask<Database> opening = new FutureTask<>(() -> folder != null ? Database.embedded(folder, 16)
                : Database.external(Login.of(settings.dbUrl()), ownerLogin(settings), 16));
        new Thread(opening, "database-start").start();
        SiteBuilder builder = SiteBuilds.of(settings);
        BuildResult first;
        try {
            first = builder.buildOrReuse();
        } catch (RuntimeException | IOException e) {
            closeWhenOpen(opening);
            throw e;
        }
        if (!first.ok()) {
            ProblemPrinter.print(first.problems(), settings.format(), System.err);
            closeWhenOpen(opening);
            return 1;
        }
        Database db = opened(opening);
        Javalin app;
        LiveSite live;
        try {
            Keys keys = Keys.load(settings.secretKeyFile());
            keys.checkAgainst(db.jdbi);
            live = new LiveSite(settings, first.content());
            Services services = Services.of(settings, live, db, keys);
            app = WebApp.create(services);
            app.start(settings.host(), settings.port());
            if (folder != null) folder.recordPort(app.port());
            new Housekeeping(db.jdbi, services.clock(), java.time.Duration.ofDays(settings.retentionDays()),
                    () -> services.site().content().questionnaires.values()).schedule();
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

    private static Database opened(FutureTask<Database> opening) throws IOException, InterruptedException {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        }
    }

    /** The build failed: the database that started beside it is stopped again once it is up. */
    private static void closeWhenOpen(FutureTask<Database> opening) throws InterruptedException {
        try {
            opened(opening).close();
        } catch (IOException | RuntimeException e) {
            // nothing started, or it failed to start: the build's problems are what the person needs to read
        }
    }
}
