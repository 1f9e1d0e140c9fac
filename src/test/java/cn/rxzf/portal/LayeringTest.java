package cn.rxzf.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rule of docs/architecture.md, checked on the main sources: every package belongs to a room, and a room
 * imports only the rooms below it. Read from the source text (imports and fully qualified names), so a type used in a
 * comment or a string counts too — a false alarm there is cheaper than a missed arrow.
 *
 * <pre>
 *   app                   Main, commands, route wiring, the running process
 *   review                the reviewers' workspace over comments, feedback, commitments, visits, questionnaires
 *   features              comments, feedback, creditrepair, commitments, exemption, search, importer …
 *   web                   the HTTP foundation (errors, forms, tokens, limits, static files, reviewer sign-in)
 *   site                  the generator: site → stats → publish → render, history
 *   db                    PostgreSQL: embedded or external
 *   content               the content model and its readers; content.citations: the law table and citation parser
 *   config, common        settings; small helpers
 * </pre>
 */
class LayeringTest {
    static final String ROOT = "cn.rxzf.portal";
    static final Path SOURCES = Path.of("src/main/java");

    /** Room of each package (the package itself or its nearest listed parent). Order = rank, top first. */
    static final List<String> RANK = List.of("app", "review", "feature", "web", "site", "db", "content", "config",
            "common");
    static final Map<String, String> ROOMS = Map.ofEntries(
            Map.entry("", "app"), Map.entry("app", "app"),
            Map.entry("review", "review"),
            Map.entry("comments", "feature"), Map.entry("feedback", "feature"), Map.entry("creditrepair", "feature"),
            Map.entry("exemption", "feature"), Map.entry("search", "feature"), Map.entry("importer", "feature"),
            Map.entry("commitments", "feature"), Map.entry("visits", "feature"), Map.entry("questionnaires", "feature"),
            Map.entry("web", "web"),
            Map.entry("site", "site"),
            Map.entry("db", "db"),
            Map.entry("content", "content"), Map.entry("content.citations", "content"),
            Map.entry("config", "config"),
            Map.entry("common", "common"));

    /** The features whose reviewer pages live in the review room. */
    static final Set<String> REVIEWED = Set.of("comments", "feedback", "commitments", "visits",
            "questionnaires");

    /** Inside the generator, the same rule one level down: a sub-package imports only those after it. */
    static final List<String> SITE_ORDER = List.of("site", "site.stats", "site.publish", "site.render", "site.history");

    /** Imports between rooms of equal rank that are allowed (none between features: they share through lower rooms). */
    static final Set<String> SIDEWAYS = Set.of();

    static final Pattern REFERENCE = Pattern.compile("\\bcn\\.rxzf\\.portal((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void everyImportPointsDown() {
        List<String> wrong = new ArrayList<>();
        imports().forEach((from, targets) -> {
            for (String to : targets) {
                if (!allowed(from, to)) wrong.add(from + " → " + to + " (" + room(from) + " may not import " + room(to) + ")");
            }
        });
        assertEquals(List.of(), wrong, "imports against the layering of docs/architecture.md");
    }

    @Test
    void everyPackageHasARoom() {
        List<String> homeless = imports().keySet().stream().filter(p -> room(p) == null).toList();
        assertEquals(List.of(), homeless, "packages without a room: add them to docs/architecture.md and to ROOMS");
    }

    @Test
    void noPackageCycle() {
        Map<String, Set<String>> graph = imports();
        for (String start : graph.keySet()) {
            assertFalse(reaches(graph, start, start, new TreeSet<>()), "a cycle through " + start);
        }
    }

    @Test
    void theRuleSeesAWrongImport() {
        assertFalse(allowed("site.render", "web"));
        assertFalse(allowed("content", "site"));
        assertFalse(allowed("search", "comments"));
        assertFalse(allowed("site.render", "site.publish"));
        assertTrue(allowed("review", "comments"));
        assertTrue(allowed("site.publish", "site.render"));
        Map<String, Set<String>> cyclic = Map.of("a", Set.of("b"), "b", Set.of("a"));
        assertTrue(reaches(cyclic, "a", "a", new TreeSet<>()));
    }

    static boolean allowed(String from, String to) {
        if (from.equals(to) || to.startsWith(from + ".") && !from.isEmpty() && !from.equals("site")) return true;
        String a = room(from), b = room(to);
        if (a == null || b == null) return false;
        if (a.equals("site") && b.equals("site")) return SITE_ORDER.indexOf(siteRoom(from)) < SITE_ORDER.indexOf(siteRoom(to))
                || siteRoom(from).equals(siteRoom(to));
        if (a.equals("review") && b.equals("feature")) return REVIEWED.contains(to);
        if (a.equals(b)) return a.equals("app") || a.equals("content") || a.equals("web") || SIDEWAYS.contains(from + "→" + to);
        return RANK.indexOf(a) < RANK.indexOf(b);
    }

    static String room(String pkg) {
        for (String p = pkg; ; p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            String r = ROOMS.get(p);
            if (r != null) return r;
            if (p.isEmpty()) return null;
        }
    }

    static String siteRoom(String pkg) {
        for (int i = SITE_ORDER.size() - 1; i >= 0; i--) {
            String s = SITE_ORDER.get(i);
            if (pkg.equals(s) || pkg.startsWith(s + ".")) return s;
        }
        return pkg;
    }

    static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target)) return true;
            if (seen.add(next) && reaches(graph, next, target, seen)) return true;
        }
        return false;
    }

    /** Package (relative to cn.rxzf.portal, "" for the root) → the packages its sources name. */
    static Map<String, Set<String>> imports() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String text = read(f);
                Matcher p = PACKAGE.matcher(text);
                if (!p.find()) return;
                String from = relative(p.group(1));
                Set<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    String to = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                    if (!to.equals(from)) targets.add(to);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    static String relative(String pkg) {
        return pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
    }

    static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
