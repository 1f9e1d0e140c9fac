package cn.rxzf.portal.site;

import cn.rxzf.portal.common.Parallel;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.Problems;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.site.PagePlan;
import cn.rxzf.portal.site.history.History;
import cn.rxzf.portal.site.publish.NetlifyFiles;
import cn.rxzf.portal.site.publish.SiteOutput;
import cn.rxzf.portal.site.render.Output;
import cn.rxzf.portal.site.render.PageRenderer;
import cn.rxzf.portal.site.render.Pebble4TemplateEngine.TemplateError;
import cn.rxzf.portal.site.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Builds the site. {@link #build()} writes a complete site and swaps it in; {@link #rebuild()} (for the watcher)
 * re-reads only changed files and rewrites only the outputs made from them, in place. The instance keeps the
 * parsed files and the last plan between calls; it is not thread-safe.
 */
public final class SiteBuilder implements AutoCloseable {
    private final Settings settings;
    private final SiteIndex siteIndex;
    private final ContentLoader loader;
    private Map<String, Set<String>> lastPlan;
    /**
     * The content of the published site: a rebuild compares items with it to write their pages first. After a start
     * that reused the site ({@link #buildOrReuse}) it is there while {@link #lastPlan} is not yet: the first rebuild
     * plans it.
     */
    private Content lastContent;
    private long templatesStamp = -1;
    /** Files changed in rounds that failed validation: their outputs are still to be redone. */
    private final Set<String> pending = new HashSet<>();
    private final AtomicReference<Content> nextIndex = new AtomicReference<>();
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        return t;
    });
    /** Read from git once per full build; the watcher's rebuilds reuse it (new commits show after the next build). */
    private History history = History.unavailable("未读取修改记录");

    /** A builder that writes {@code siteIndex} beside the pages ({@link SiteIndex#NONE} for none). */
    public SiteBuilder(Settings settings, SiteIndex siteIndex) {
        this.settings = settings;
        this.siteIndex = siteIndex;
        this.loader = new ContentLoader(settings.contentDir(), settings.buildDate());
    }

    /** Validates only: every problem in content and templates, nothing written. */
    public List<cn.rxzf.portal.content.Problem> check() {
        return inspect().problems();
    }

    /** What {@link #check} finds, with the content it read (null when the content has problems). */
    public record Inspection(List<cn.rxzf.portal.content.Problem> problems, Content content) {}

    /** Validates only, and keeps the content for reports such as the citation parse rate. */
    public Inspection inspect() {
        ContentLoader.Result loaded = loader.load();
        if (!loaded.ok()) return new Inspection(loaded.problems().sorted(), null);
        Problems problems = new Problems();
        Templates templates = new Templates(settings.templatesDir(), settings.outDir());
        checkTemplates(templates, PagePlan.of(loaded.content(), new PageRenderer(templates, loaded.content(),
                settings.buildDate())), problems);
        return new Inspection(problems.sorted(), loaded.content());
    }

    /** A full build into a fresh folder, swapped in only when everything succeeded. */
    public BuildResult build() throws IOException {
        long start = System.nanoTime();
        ContentLoader.Result loaded = loadWithHistory();
        if (!loaded.ok()) return failed(loaded.problems(), start);
        return publish(loaded.content(), start, null);
    }

    /**
     * {@code serve}'s first build: when the published site and its index were built from exactly these inputs
     * ({@link SiteInputs}), they are served as they are — the content is read, nothing is rendered or written;
     * otherwise a full build, which records its inputs for the next start.
     */
    public BuildResult buildOrReuse() throws IOException {
        long start = System.nanoTime();
        ContentLoader.Result loaded = loadWithHistory();
        if (!loaded.ok()) return failed(loaded.problems(), start);
        String digest = SiteInputs.digest(settings, history);
        if (!SiteInputs.published(settings, digest)) return publish(loaded.content(), start, digest);
        lastContent = loaded.content();
        templatesStamp = stamp(settings.templatesDir());
        return new BuildResult(List.of(), 0, 0, millis(start), lastContent);
    }

    private ContentLoader.Result loadWithHistory() {
        // git runs in its own thread while the content is read (the loader keeps the common pool busy).
        CompletableFuture<History> reading = onThread("git-history", () -> History.read(settings.contentDir()))
                .exceptionally(e -> History.unavailable("读取修改记录失败：" + e));
        ContentLoader.Result loaded = loader.load();
        history = reading.join();
        return loaded;
    }

    private BuildResult publish(Content content, long start, String digest) throws IOException {
        SiteInputs.forget(settings);
        lastContent = null;
        SiteOutput output = SiteOutput.begin(settings.outDir());
        // The search index is written alongside the pages, into its own fresh folder, and swapped in after the site.
        SiteOutput index = SiteOutput.begin(settings.indexDir());
        CompletableFuture<Void> indexing = onThread("search-index-build", () -> {
            siteIndex.writeInto(content, index.dir());
            return null;
        });
        boolean published = false;
        try {
            Templates templates = new Templates(settings.templatesDir(), output.dir());
            List<Output> plan = plan(content, templates);
            Problems problems = new Problems();
            checkTemplates(templates, plan, problems);
            Map<String, Set<String>> deps = depsOf(plan);
            int files = plan.size();
            // written and let go: each page's variables can be collected once it is written (see write)
            if (problems.isEmpty()) write(plan, output.dir(), problems, true);
            if (problems.isEmpty()) {
                for (Throwable t : templates.copyAssets(output.dir())) {
                    problems.add(settings.templatesDir().resolve("assets").toString(), 1, "复制静态文件失败：" + t.getMessage());
                }
            }
            if (!problems.isEmpty()) return failed(problems, start);
            output.commit();
            published = true;
            settleIndex(indexing, index, true);
            if (digest != null) SiteInputs.record(settings, digest);
            lastPlan = deps;
            lastContent = content;
            pending.clear();
            templatesStamp = stamp(settings.templatesDir());
            return new BuildResult(List.of(), files, 0, millis(start), content);
        } finally {
            if (!published) {
                output.abandon();
                settleIndex(indexing, index, false);
            }
        }
    }

    /**
     * Waits for the index; swaps it in when the site was published, deletes it otherwise. An index that failed is
     * deleted, and its failure is the build's when the site was published.
     */
    private static void settleIndex(CompletableFuture<Void> indexing, SiteOutput index, boolean publish)
            throws IOException {
        try {
            indexing.join();
        } catch (CompletionException e) {
            index.abandon();
            if (!publish) return;
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
        if (publish) index.commit();
        else index.abandon();
    }

    /** Runs {@code work} on a new daemon thread named {@code name}; the future fails with what the work threw. */
    private static <T> CompletableFuture<T> onThread(String name, Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return f;
    }

    /**
     * After a save: rewrites in place the outputs whose content changed (judged by the new and the previous plan),
     * deletes outputs that are gone. A template change, or no previous build, means a full build. On problems
     * nothing is written and the site stays as it was.
     */
    public BuildResult rebuild() throws IOException {
        if (lastPlan == null && lastContent != null) {
            // the site was reused at start: its plan is made now, from the content it was built from
            lastPlan = depsOf(plan(lastContent, new Templates(settings.templatesDir(), settings.outDir())));
        }
        if (lastPlan == null || stamp(settings.templatesDir()) != templatesStamp) return build();
        long start = System.nanoTime();
        SiteInputs.forget(settings);
        ContentLoader.Result loaded = loader.load();
        pending.addAll(loaded.changed());
        if (!loaded.ok()) return failed(loaded.problems(), start);
        Set<String> changed = Set.copyOf(pending);
        if (changed.isEmpty()) return new BuildResult(List.of(), 0, 0, millis(start), loaded.content());
        Content content = loaded.content();
        Path out = settings.outDir().toAbsolutePath().normalize();
        Templates templates = new Templates(settings.templatesDir(), out);
        List<Output> plan = plan(content, templates);
        Set<String> first = pagesOfChangedItems(lastContent, content);
        List<Output> todo = plan.stream().filter(o -> {
            Set<String> before = lastPlan.get(o.path());
            return before == null || o.dependsOnAny(changed) || Output.dependsOnAny(before, changed);
        }).sorted(java.util.Comparator.comparing(o -> !first.contains(o.path()))).toList();
        Problems problems = new Problems();
        write(todo, out, problems, false);
        if (!problems.isEmpty()) return failed(problems, start);
        Set<String> gone = new HashSet<>(lastPlan.keySet());
        for (Output o : plan) gone.remove(o.path());
        for (String path : gone) Files.deleteIfExists(out.resolve(path));
        lastPlan = depsOf(plan);
        lastContent = content;
        pending.clear();
        reindexSoon(content);
        return new BuildResult(List.of(), todo.size(), gone.size(), millis(start), content);
    }

    /**
     * The pages of the items a save changed, and of their lists: written before everything else the save touched (a
     * one-item edit on a site whose lists share many articles redoes thousands of pages that mention it; the editor
     * is looking at the item).
     */
    static Set<String> pagesOfChangedItems(Content before, Content now) {
        Set<String> pages = new HashSet<>();
        if (before == null) return pages;
        for (Item i : now.items.values()) {
            if (i.equals(before.items.get(i.id()))) continue;
            pages.add("items/" + i.id() + "/index.html");
            pages.add("lists/" + i.listId() + "/index.html");
        }
        return pages;
    }

    /**
     * After a watcher's rebuild the search index is rewritten in the background (it takes seconds at 10,000 items;
     * the changed pages are already visible). Saves in quick succession collapse into one rewrite of the newest.
     */
    private void reindexSoon(Content content) {
        nextIndex.set(content);
        indexer.execute(() -> {
            Content newest = nextIndex.getAndSet(null);
            if (newest == null) return;
            try {
                siteIndex.write(newest, settings.indexDir());
            } catch (IOException | RuntimeException e) {
                System.err.println("search index not updated: " + e.getMessage());
            }
        });
    }

    /** Waits (up to a minute) for a background index rewrite to finish; the builder is then done. */
    @Override
    public void close() {
        indexer.shutdown();
        try {
            indexer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every output: the pages and data of the plan, and the static host's files. */
    private List<Output> plan(Content content, Templates templates) {
        List<Output> plan = new java.util.ArrayList<>(PagePlan.of(content, history,
                new PageRenderer(templates, content, settings.buildDate())));
        plan.addAll(NetlifyFiles.outputs(content.site.baseUrl(), settings.serviceUrl(), settings.noindex()));
        return plan;
    }

    private void checkTemplates(Templates templates, List<Output> plan, Problems problems) {
        Set<String> names = new HashSet<>();
        for (String name : List.of("layout.peb", "home.peb", "404.peb", "feed.peb", "lists.peb", "list.peb",
                "item.peb", "cases.peb", "case.peb", "methods.peb", "procedures.peb", "procedure.peb", "forms.peb",
                "form.peb", "drafts.peb", "draft.peb", "departments.peb", "department.peb", "page.peb", "error.peb",
                "comment-receipt.peb", "changes.peb", "changes-feed.peb", "diff.peb",
                "statistics.peb", "data.peb", "provisions.peb", "provision.peb", "provisions-report.peb")) {
            names.add(name);
        }
        for (String name : names) {
            if (!templates.exists(name)) {
                problems.add(settings.templatesDir().resolve(name).toString(), 1, "缺少模板文件");
            } else {
                try {
                    templates.engineFor(name);
                } catch (IllegalArgumentException e) {
                    problems.add(settings.templatesDir().resolve(name).toString(), 1, e.getMessage());
                }
            }
        }
    }

    /**
     * Produces and writes {@code outputs} in parallel. Into a {@code fresh} folder (a full build's, swapped in whole
     * later) files are written directly; into the live site each file is written beside its target and renamed over
     * it, so a reader never sees half a page. One writer for both; only the order differs. In a full build, pages
     * that summarise the whole site (the largest: data files of every item, indexes, sitemaps) start first, so that
     * none of them is left running alone at the end. In a watcher's rebuild they go last: the pages made from the
     * saved file are what the editor is waiting to see (save-to-visible with summaries first was twice the previous
     * writer's under the same load, with them last the same: docs/performance.md).
     */
    private void write(List<Output> outputs, Path dir, Problems problems, boolean fresh) {
        AtomicInteger failures = new AtomicInteger();
        OutputFolders folders;
        try {
            folders = fresh ? OutputFolders.make(outputs, dir) : null;
        } catch (IOException e) {
            problems.add(dir.toString(), 1, "生成失败：" + e);
            return;
        }
        java.util.function.Consumer<Output> one = o -> {
            if (failures.get() > 50) return;
            try {
                Path file = dir.resolve(o.path());
                o.producer().produceInto((bytes, length) -> {
                    if (fresh) {
                        folders.prepare(o.path(), file);
                        OutputFiles.write(file, bytes, length, StandardOpenOption.CREATE_NEW);
                    } else {
                        Files.createDirectories(file.getParent());
                        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
                        OutputFiles.write(tmp, bytes, length, StandardOpenOption.CREATE,
                                StandardOpenOption.TRUNCATE_EXISTING);
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                });
            } catch (TemplateError e) {
                failures.incrementAndGet();
                problems.add(templateLocation(e.file), e.line,
                        "模板错误：" + e.detail);
            } catch (Exception e) {
                failures.incrementAndGet();
                problems.add(o.path(), 1, "生成失败：" + e);
            }
        };
        List<AtomicReference<Output>> order = order(outputs, fresh);
        // A full build's plan is not kept (the caller took what it needs first): each output is let go as it is taken,
        // so the variables of the pages already written can be collected — at 100,000 items ~0.2 GB of a 2 GB heap.
        if (fresh) outputs.clear();
        Parallel.forEach(order, o -> one.accept(o.getAndSet(null)));
    }

    /** Summaries first in a full build, last in a watcher's rebuild (see {@link #write}). */
    private static List<AtomicReference<Output>> order(List<Output> outputs, boolean fresh) {
        List<AtomicReference<Output>> summaries = new java.util.ArrayList<>(), own = new java.util.ArrayList<>();
        for (Output o : outputs) (o.deps().contains(Output.ALWAYS) ? summaries : own).add(new AtomicReference<>(o));
        List<AtomicReference<Output>> order = new java.util.ArrayList<>(outputs.size());
        order.addAll(fresh ? summaries : own);
        order.addAll(fresh ? own : summaries);
        return order;
    }

    /** A template as the user named its folder, whether Pebble reports it by name or by absolute path. */
    private String templateLocation(String file) {
        if (file == null) return settings.templatesDir().toString();
        Path p = Path.of(file);
        Path abs = settings.templatesDir().toAbsolutePath().normalize();
        if (p.isAbsolute() && p.startsWith(abs)) p = abs.relativize(p);
        return settings.templatesDir().resolve(p).toString();
    }



    private static Map<String, Set<String>> depsOf(List<Output> plan) {
        Map<String, Set<String>> m = new HashMap<>();
        for (Output o : plan) m.put(o.path(), o.deps());
        return m;
    }

    /** A fingerprint of the template folder: any added, removed or saved file changes it. */
    private static long stamp(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return p.toString().hashCode() * 31L + Files.getLastModifiedTime(p).toMillis() + Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static BuildResult failed(Problems problems, long start) {
        return new BuildResult(problems.sorted(), 0, 0, millis(start), null);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
