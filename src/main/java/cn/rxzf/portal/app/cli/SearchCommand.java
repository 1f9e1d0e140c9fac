package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.common.FileTrees;
import cn.rxzf.portal.config.Setting;
import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.search.HeldOut;
import cn.rxzf.portal.search.Ranking;
import cn.rxzf.portal.search.Relevance;
import cn.rxzf.portal.search.SearchIndexer;
import cn.rxzf.portal.search.SearchRequest;
import cn.rxzf.portal.search.SearchResult;
import cn.rxzf.portal.search.SearchService;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code search [--index DIR] [--json] QUERY}: ranked results from the index the build wrote. Also
 * {@code search --report [--summary] [--set FILE]} (relevance figures of a query set, exit 1 below the bar of issue 3;
 * {@code --summary} prints the aggregate tables only, without any query's text) and
 * {@code search --reindex} (rewrite the index from {@code --content} without building the site).
 */
public final class SearchCommand {
    private static final List<String> SWITCHES = List.of("--json", "--report", "--summary", "--reindex");
    private static final List<String> OPTIONS = List.of("--set", "--owners", "--type", "--department", "--page", "--ranking");

    private SearchCommand() {}

    /** The arguments that are settings (such as {@code --index DIR}), for {@link Settings#parse}. */
    public static List<String> settingsArgs(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (SWITCHES.contains(a)) continue;
            if (OPTIONS.contains(a)) {
                i++;
                continue;
            }
            if (!a.startsWith("--")) continue; // a word of the query
            out.add(a);
            if (!a.equals(Setting.WATCH.flag) && i + 1 < args.size()) out.add(args.get(++i));
        }
        return out;
    }

    public static int run(Settings settings, List<String> args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (SWITCHES.contains(a)) {
                options.put(a, "true");
            } else if (OPTIONS.contains(a)) {
                if (i + 1 >= args.size()) return usage(a + " needs a value");
                options.put(a, args.get(++i));
            } else if (a.startsWith("--")) {
                if (!a.equals(Setting.WATCH.flag)) i++; // a setting, already read into settings
            } else {
                words.add(a);
            }
        }
        if (options.containsKey("--reindex")) return reindex(settings);
        Ranking ranking = Ranking.DEFAULT;
        if (options.containsKey("--ranking") && !options.get("--ranking").equals(Ranking.DEFAULT.name())) {
            return usage("--ranking: only default remains (the research chain was replaced by the combined field)");
        }
        if (options.containsKey("--report")) {
            return report(settings, Path.of(options.getOrDefault("--owners", HeldOut.DEFAULT_SET.toString())),
                    Path.of(options.getOrDefault("--set", Relevance.DEFAULT_SET.toString())),
                    options.containsKey("--summary"));
        }
        try (SearchService search = SearchService.over(settings.indexDir(), ranking)) {
            int page;
            try {
                page = Integer.parseInt(options.getOrDefault("--page", "1"));
            } catch (NumberFormatException e) {
                return usage("--page must be a number");
            }
            SearchRequest request = new SearchRequest(String.join(" ", words), options.get("--type"),
                    options.get("--department"), null, null, null, page);
            if (!request.problems().isEmpty()) {
                return usage(request.problems().stream().map(p -> p.param() + ": " + p.message()).toList().toString());
            }
            SearchResult result = search.search(request);
            if (options.containsKey("--json")) printJson(result);
            else printText(result);
            return 0;
        } catch (SearchService.IndexUnavailable e) {
            System.err.println("portal: " + e.getMessage());
            return 3;
        }
    }

    /**
     * The held-out table of the owners' set over the content (folds of lists, weights learnt without them), and
     * beside it the in-sample figures: the owners' set and the old set over the index the build writes. Exit 1
     * when a fold misses the bar of issue 16. With {@code summary}, only the aggregate figures are printed: no miss
     * and no query text, so that a fresh held-out set can be measured without showing its queries.
     */
    private static int report(Settings settings, Path owners, Path inSample, boolean summary) throws IOException {
        ContentLoader.Result loaded = new ContentLoader(settings.contentDir(), settings.buildDate()).load();
        if (!loaded.ok()) {
            ProblemPrinter.print(loaded.problems().sorted(), settings.format(), System.err);
            return 1;
        }
        HeldOut.QuerySet set = HeldOut.read(owners);
        // Many small indexes are written and read back: in memory where the system has a shared-memory folder.
        Path shm = Path.of("/dev/shm");
        Path work = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "portal-relevance")
                : Files.createTempDirectory("portal-relevance");
        try {
            List<HeldOut.Fold> folds = HeldOut.run(loaded.content(), set, work);
            if (summary) HeldOut.printTables(folds, System.out);
            else HeldOut.print(folds, System.out);
            System.out.println();
            System.out.println("in-sample (tuned on; not the figure that counts)");
            List<HeldOut.Outcome> all = HeldOut.evaluate(loaded.content(), set.queries(), HeldOut.Learnt.SITE,
                    java.util.Set.of(), work.resolve("site"));
            System.out.println("  owners' set, site weights, nothing withheld: " + HeldOut.Measures.of(all).line());
            System.out.println("  site weights: " + HeldOut.Learnt.SITE);
            try (SearchService search = SearchService.over(work.resolve("site"))) {
                Relevance.Report old = Relevance.evaluate(search, Relevance.read(inSample));
                System.out.println("  " + inSample + ": " + old.summary());
            }
            if (Boolean.getBoolean("portal.relevance.learnAll")) {
                System.out.println("  weights learnt on all lists: " + HeldOut.learn(loaded.content(),
                        set.queries(), java.util.Set.of(), work.resolve("all")));
            }
            return HeldOut.meetsBar(folds) ? 0 : 1;
        } finally {
            FileTrees.delete(work);
        }
    }

    private static int reindex(Settings settings) throws IOException {
        long start = System.nanoTime();
        ContentLoader.Result loaded = new ContentLoader(settings.contentDir(), settings.buildDate()).load();
        if (!loaded.ok()) {
            ProblemPrinter.print(loaded.problems().sorted(), settings.format(), System.err);
            return 1;
        }
        long read = System.nanoTime();
        SearchIndexer.write(loaded.content(), settings.indexDir());
        long done = System.nanoTime();
        long bytes;
        try (Stream<Path> files = Files.walk(settings.indexDir())) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("indexed %d items into %s in %d ms (content read in %d ms); index %.1f MB%n",
                loaded.content().itemCount(), settings.indexDir(), (done - read) / 1_000_000, (read - start) / 1_000_000,
                bytes / 1e6);
        return 0;
    }

    private static void printJson(SearchResult result) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SearchResult.Hit h : result.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.id());
            m.put("type", h.type());
            m.put("title", h.title());
            m.put("url", h.url());
            m.put("score", h.score());
            m.put("department", h.department());
            m.put("snippet", h.snippet());
            m.put("group", h.group());
            out.add(m);
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    }

    private static void printText(SearchResult result) {
        if (result.total() == 0) {
            System.out.println("没有找到与“" + result.query() + "”相符的内容。");
            SearchResult.Suggestions s = result.suggestions();
            if (s != null && !s.items().isEmpty()) {
                System.out.println("相近的事项：");
                for (SearchResult.Hit h : s.items()) System.out.println("  " + h.title() + "  " + h.url());
            }
            if (s != null) {
                System.out.println("可以咨询的部门：");
                for (SearchResult.DepartmentRef d : s.departments()) System.out.println("  " + d.name() + "  " + d.url());
            }
            return;
        }
        System.out.printf("%d 条结果（第 %d/%d 页）%n", result.total(), result.page(), result.pages());
        int n = (result.page() - 1) * SearchRequest.PAGE_SIZE;
        for (SearchResult.Hit h : result.hits()) {
            System.out.printf("%2d. [%s] %s  %s  (%.2f)%n", ++n, h.type(), h.title(), h.url(), h.score());
            System.out.println("    " + plain(h.snippet()));
        }
    }

    /** A snippet for the terminal: marks as 【】, entities back to characters. */
    private static String plain(String html) {
        return html.replace("<mark>", "【").replace("</mark>", "】").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static int usage(String message) {
        System.err.println("portal search: " + message);
        System.err.println("usage: java -jar portal.jar search [--index DIR] [--json] [--type T] [--department D] [--page N] QUERY");
        System.err.println("       java -jar portal.jar search --report [--summary] [--owners FILE] [--set FILE] [--content DIR]");
        System.err.println("       java -jar portal.jar search --reindex [--content DIR] [--index DIR]");
        return 2;
    }
}
