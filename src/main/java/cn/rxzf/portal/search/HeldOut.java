package cn.rxzf.portal.search;

import cn.rxzf.portal.common.FileTrees;
import cn.rxzf.portal.content.Content;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Relevance on lists search was not tuned on (issue 16; protocol in {@code bench/search/README.md}). The owners'
 * queries are split into folds by the list each was written for. For each fold, the field weights are learnt on the
 * other folds' queries only, and the fold's lists are measured on an index where everything tuned per list — their
 * items' 关键词 — is withheld. Nonsense queries are split into the folds too and must find nothing.
 */
public final class HeldOut {
    /** The owners' set as committed with the sources. */
    public static final Path DEFAULT_SET = Path.of("src/test/resources/relevance/owners.tsv");
    public static final int FOLDS = 5;
    private static final long SEED = 16;
    private static final int ROUNDS = Integer.getInteger("portal.relevance.rounds", 1);
    private static final int[] CANDIDATE_WEIGHTS = {1, 2, 4, 8};
    private static final List<String> KINDS = List.of("colloquial", "misspelt", "citation", "condition");

    /** One query: the list it was written for, its kind, and the ids that answer it (empty: nonsense or none). */
    public record Query(String list, String kind, String text, Set<String> expected, boolean unanswerable, int line) {
        boolean nonsense() {
            return kind.equals("nonsense");
        }

        boolean scored() {
            return !nonsense() && !unanswerable;
        }
    }

    /** The set: list keys to content list ids, and the queries. */
    public record QuerySet(Map<String, String> lists, List<Query> queries) {}

    public record Outcome(Query query, int rank, long total, List<String> top) {}

    /** One fold: its lists, the weights and gate learnt without them, and how its queries fared. */
    public record Fold(int number, List<String> keys, Learnt learnt, List<Outcome> outcomes) {}

    /** What is learnt on training folds: the field weights and the gate ({@link Ranking#gate}). */
    public record Learnt(FieldWeights weights, float gate) {
        public static final Learnt SITE = new Learnt(FieldWeights.DEFAULT, Ranking.DEFAULT.gate());

        @Override
        public String toString() {
            return weights + " · gate " + gate;
        }
    }

    private static final float[] CANDIDATE_GATES = {0.2f, 0.3f, 0.4f, 0.5f, 0.6f};
    /** The index last written into each scratch folder, so that trying a gate does not rewrite it. */
    private static final Map<Path, List<Object>> WRITTEN = new java.util.HashMap<>();

    /** top-1, top-3, MRR and zero-result rate of the scored queries; nonsense queries that found anything. */
    public record Measures(int scored, double hit1, double hit3, double mrr, double zeroRate, int nonsense,
                           int nonsenseFound) {
        public static Measures of(List<Outcome> outcomes) {
            int n = 0, h1 = 0, h3 = 0, zero = 0, non = 0, nonFound = 0;
            double rr = 0;
            for (Outcome o : outcomes) {
                if (o.query().nonsense()) {
                    non++;
                    if (o.total() > 0) nonFound++;
                    continue;
                }
                if (!o.query().scored()) continue;
                n++;
                if (o.rank() == 1) h1++;
                if (o.rank() >= 1 && o.rank() <= 3) h3++;
                if (o.rank() > 0) rr += 1.0 / o.rank();
                if (o.total() == 0) zero++;
            }
            int d = Math.max(1, n);
            return new Measures(n, (double) h1 / d, (double) h3 / d, rr / d, (double) zero / d, non, nonFound);
        }

        /** What the learning maximises on training folds. */
        public double objective() {
            return hit1 + hit3 + mrr - 2 * zeroRate - 2.0 * nonsenseFound / Math.max(1, nonsense);
        }

        public String line() {
            return String.format(Locale.ROOT, "%3d  %.3f  %.3f  %.3f  %.3f   %2d/%-2d", scored, hit1, hit3, mrr, zeroRate,
                    nonsenseFound, nonsense);
        }
    }

    private HeldOut() {}

    public static QuerySet read(Path file) throws IOException {
        Map<String, String> lists = new LinkedHashMap<>();
        List<Query> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f[0].equals("@list")) {
                if (f.length != 3) throw new IOException(file + ":" + (i + 1) + ": expected @list, key and list id");
                if (!f[2].startsWith("(")) lists.put(f[1], f[2]);
                continue;
            }
            if (f.length != 4) throw new IOException(file + ":" + (i + 1) + ": expected list, kind, query and ids");
            String ids = f[3].strip();
            boolean none = ids.equals("none");
            if (ids.equals("?")) throw new IOException(file + ":" + (i + 1) + ": query not labelled");
            Set<String> expected = none || ids.equals("-") ? Set.of() : ids(ids.split("\\s+"));
            queries.add(new Query(f[0], f[1], f[2].strip(), expected, none, i + 1));
        }
        return new QuerySet(lists, queries);
    }

    /** The list keys of each fold: a seeded shuffle of the keys that have queries, dealt round. */
    static List<List<String>> folds(QuerySet set, int folds) {
        List<String> keys = new ArrayList<>(new TreeSet<>(set.queries().stream().filter(q -> !q.nonsense())
                .map(Query::list).toList()));
        Collections.shuffle(keys, new Random(SEED));
        List<List<String>> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) out.add(new ArrayList<>());
        for (int i = 0; i < keys.size(); i++) out.get(i % folds).add(keys.get(i));
        return out;
    }

    /** The fold of each query: its list's; nonsense queries dealt round in order. */
    static int[] foldOf(QuerySet set, List<List<String>> folds) {
        int[] out = new int[set.queries().size()];
        int nonsense = 0;
        for (int i = 0; i < out.length; i++) {
            Query q = set.queries().get(i);
            if (q.nonsense()) {
                out[i] = nonsense++ % folds.size();
                continue;
            }
            for (int f = 0; f < folds.size(); f++) if (folds.get(f).contains(q.list())) out[i] = f;
        }
        return out;
    }

    /** Every fold learnt on the others and measured held out; {@code work} is a scratch folder for indexes. */
    public static List<Fold> run(Content content, QuerySet set, Path work) throws IOException {
        return run(content, set, work, ROUNDS);
    }

    /** As {@link #run(Content, QuerySet, Path)} with {@code rounds} rounds of learning (0: the site's weights). */
    public static List<Fold> run(Content content, QuerySet set, Path work, int rounds) throws IOException {
        List<List<String>> folds = folds(set, FOLDS);
        int[] foldOf = foldOf(set, folds);
        List<Fold> out = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            Set<String> withheld = new LinkedHashSet<>();
            for (String key : folds.get(f)) if (set.lists().containsKey(key)) withheld.add(set.lists().get(key));
            List<Query> train = new ArrayList<>();
            List<Query> test = new ArrayList<>();
            for (int i = 0; i < foldOf.length; i++) (foldOf[i] == f ? test : train).add(set.queries().get(i));
            Path dir = work.resolve("fold-" + (f + 1));
            Learnt learnt = learn(content, train, withheld, dir, rounds);
            out.add(new Fold(f + 1, folds.get(f), learnt, evaluate(content, test, learnt, withheld, dir)));
        }
        return out;
    }

    /**
     * Field weights by coordinate ascent on {@code train}: each weight in turn takes the candidate value that
     * measures best, once round (system property portal.relevance.rounds), a change must improve the objective; then the gate likewise.
     */
    public static Learnt learn(Content content, List<Query> train, Set<String> withheld, Path dir) throws IOException {
        return learn(content, train, withheld, dir, ROUNDS);
    }

    private static Learnt learn(Content content, List<Query> train, Set<String> withheld, Path dir, int rounds)
            throws IOException {
        int[] best = FieldWeights.DEFAULT.toArray();
        float gate = Ranking.DEFAULT.gate();
        double bestScore = score(content, train, new Learnt(FieldWeights.of(best), gate), withheld, dir);
        for (int round = 0; round < rounds; round++) {
            boolean changed = false;
            for (int w = 0; w < best.length; w++) {
                for (int value : CANDIDATE_WEIGHTS) {
                    if (value == best[w]) continue;
                    int[] trial = best.clone();
                    trial[w] = value;
                    double score = score(content, train, new Learnt(FieldWeights.of(trial), gate), withheld, dir);
                    if (score > bestScore + 1e-9) {
                        bestScore = score;
                        best = trial;
                        changed = true;
                    }
                }
            }
            for (float g : CANDIDATE_GATES) {
                double score = score(content, train, new Learnt(FieldWeights.of(best), g), withheld, dir);
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    gate = g;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return new Learnt(FieldWeights.of(best), gate);
    }

    private static double score(Content content, List<Query> queries, Learnt l, Set<String> withheld, Path dir)
            throws IOException {
        return Measures.of(evaluate(content, queries, l, withheld, dir)).objective();
    }

    /** The queries over an index of {@code content} written with these weights and keywords withheld. */
    public static List<Outcome> evaluate(Content content, List<Query> queries, Learnt learnt, Set<String> withheld,
                                         Path dir) throws IOException {
        List<Object> key = List.of(learnt.weights(), withheld, System.identityHashCode(content));
        if (!key.equals(WRITTEN.get(dir))) {
            FileTrees.delete(dir);
            Files.createDirectories(dir);
            SearchIndexer.writeInto(content, dir, false, new SearchIndexer.Options(learnt.weights(), withheld));
            WRITTEN.put(dir, key);
        }
        List<Outcome> out = new ArrayList<>();
        try (SearchService search = SearchService.over(dir, Ranking.DEFAULT.withGate(learnt.gate()))) {
            for (Query q : queries) {
                SearchResult r = search.search(SearchRequest.of(q.text()));
                List<String> top = r.hits().stream().map(SearchResult.Hit::id).toList();
                int rank = 0;
                for (int i = 0; i < top.size() && rank == 0; i++) if (q.expected().contains(top.get(i))) rank = i + 1;
                out.add(new Outcome(q, rank, r.total(), top.subList(0, Math.min(3, top.size()))));
            }
        }
        return out;
    }

    /** The held-out table per fold and per kind, then every held-out query not ranked first. */
    public static void print(List<Fold> folds, PrintStream out) {
        printTables(folds, out);
        printMisses(folds, out);
    }

    /**
     * Only the aggregate figures: the held-out table per fold and per kind and the count of queries labelled none —
     * no query's text, so that a held-out set stays blind to those who read the output.
     */
    public static void printTables(List<Fold> folds, PrintStream out) {
        out.println("held-out (each fold: weights learnt on the other folds, its lists' 关键词 withheld)");
        out.println("fold  lists  queries top-1  top-3  MRR    zero   nonsense-found  learnt weights");
        List<Outcome> all = new ArrayList<>();
        for (Fold f : folds) {
            all.addAll(f.outcomes());
            out.println(String.format(Locale.ROOT, "%-5d %5d  %s  %s", f.number(), f.keys().size(),
                    Measures.of(f.outcomes()).line(), f.learnt()));
        }
        out.println(String.format(Locale.ROOT, "all         %s", Measures.of(all).line()));
        out.println("by kind (held out, all folds)");
        for (String kind : KINDS) {
            List<Outcome> of = all.stream().filter(o -> o.query().kind().equals(kind)).toList();
            out.println(String.format(Locale.ROOT, "  %-11s %s", kind, Measures.of(of).line()));
        }
        long none = all.stream().filter(o -> o.query().unanswerable()).count();
        out.println(String.format(Locale.ROOT, "not scored: %d queries whose act no item has (labelled none)", none));
    }

    /** Every held-out query not ranked first, and every nonsense query that found something, with its text. */
    public static void printMisses(List<Fold> folds, PrintStream out) {
        for (Outcome o : folds.stream().flatMap(f -> f.outcomes().stream()).toList()) {
            if (o.query().nonsense() ? o.total() == 0 : !o.query().scored() || o.rank() == 1) continue;
            out.println(String.format(Locale.ROOT, "  line %d [%s %s]: %s → %s of %d; expected %s; top %s",
                    o.query().line(), o.query().list(), o.query().kind(), o.query().text(),
                    o.query().nonsense() ? "found" : o.rank() == 0 ? "none" : "rank " + o.rank(), o.total(),
                    o.query().expected(), o.top()));
        }
    }

    /** Whether every fold meets the bar of issue 16. */
    public static boolean meetsBar(List<Fold> folds) {
        for (Fold f : folds) {
            Measures m = Measures.of(f.outcomes());
            if (m.hit1() < 0.85 || m.hit3() < 0.95 || m.zeroRate() > 0 || m.nonsenseFound() > 0) return false;
        }
        return true;
    }

    /** A label's ids in their sorted order, so that reports of two runs or two jars can be compared line by line. */
    static Set<String> ids(String... ids) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(ids)));
    }
}
