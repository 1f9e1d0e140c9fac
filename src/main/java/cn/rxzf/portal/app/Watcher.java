package cn.rxzf.portal.app;

import cn.rxzf.portal.site.BuildResult;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.content.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the content and template folders and calls {@link SiteBuilder#rebuild()} after each burst of saves
 * (editors save several files at once; 30 ms of quiet ends a burst). Runs on its own daemon thread.
 */
public final class Watcher implements Runnable {
    private static final long QUIET_MS = 30;

    private final SiteBuilder builder;
    private final PrintStream log;
    private final WatchService service;
    private final java.util.function.Consumer<BuildResult> onBuilt;

    /** {@code onBuilt} hears of every successful rebuild (the service swaps in the new content). */
    public Watcher(SiteBuilder builder, PrintStream log, java.util.function.Consumer<BuildResult> onBuilt,
                   Path... roots) throws IOException {
        this.builder = builder;
        this.onBuilt = onBuilt;
        this.log = log;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) registerTree(root);
    }

    public Thread start() {
        Thread t = new Thread(this, "content-watcher");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) drain(more);
                BuildResult result = builder.rebuild();
                report(result);
                if (result.ok()) onBuilt.accept(result);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.println("watch: " + e.getMessage());
        }
    }

    private void drain(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir) {
                Path child = dir.resolve((Path) event.context());
                if (Files.isDirectory(child)) {
                    try {
                        registerTree(child);
                    } catch (IOException e) {
                        log.println("watch: " + e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    private void report(BuildResult r) {
        if (r.ok()) {
            if (r.written() > 0 || r.deleted() > 0) {
                log.printf("rebuilt: %d files written, %d deleted in %d ms%n", r.written(), r.deleted(), r.millis());
            }
        } else {
            for (Problem p : r.problems()) log.println(p);
            log.println("发现 " + r.problems().size() + " 个问题：网站保持上一次的内容。");
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }
}
