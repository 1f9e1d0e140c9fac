package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A relevance set and its measures. The set is a tab-separated file: {@code kind, query, expected ids} (ids
 * space-separated, any one counts), {@code #} comments. A query's rank is the position of the first expected id
 * among the first page of results, whatever their type, as a business owner sees them.
 */
public final class Relevance {
    public record Case(String kind, String query, Set<String> expected, int line) {}

    public record Outcome(Case query, int rank, long total, List<String> top) {}

    /** hit@1, hit@3 and MRR (over the first page) and the number of queries without any result. */
    public record Report(List<Outcome> outcomes, double hit1, double hit3, double mrr, int zero) {
        public String summary() {
            return String.format(Locale.ROOT, "queries %d  hit@1 %.3f  hit@3 %.3f  MRR %.3f  zero-result %d",
                    outcomes.size(), hit1, hit3, mrr, zero);
        }
    }

    /** The set as committed with the sources. */
    public static final Path DEFAULT_SET = Path.of("src/test/resources/relevance/queries.tsv");

    private Relevance() {}

    public static List<Case> read(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 3) throw new IOException(file + ":" + (i + 1) + ": expected kind, query and ids separated by tabs");
            out.add(new Case(f[0].strip(), f[1].strip(), HeldOut.ids(f[2].strip().split("\\s+")), i + 1));
        }
        return out;
    }

    public static Report evaluate(SearchService search, List<Case> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            SearchResult r = search.search(SearchRequest.of(c.query()));
            List<String> top = r.hits().stream().map(SearchResult.Hit::id).toList();
            int rank = 0;
            for (int i = 0; i < top.size(); i++) {
                if (c.expected().contains(top.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            outcomes.add(new Outcome(c, rank, r.total(), top.subList(0, Math.min(3, top.size()))));
        }
        return summarise(outcomes);
    }

    /** The summary per kind and overall, then every query not ranked first. */
    public static void print(Report report, PrintStream out) {
        for (String kind : List.of("colloquial", "formal")) {
            List<Outcome> of = report.outcomes().stream().filter(o -> o.query().kind().equals(kind)).toList();
            if (of.isEmpty()) continue;
            out.println(String.format(Locale.ROOT, "%-11s %s", kind, summarise(of).summary()));
        }
        out.println(String.format(Locale.ROOT, "%-11s %s", "all", report.summary()));
        for (Outcome o : report.outcomes()) {
            if (o.rank() == 1) continue;
            out.println(String.format(Locale.ROOT, "  line %d: %s → rank %s of %d; expected %s; top %s", o.query().line(),
                    o.query().query(), o.rank() == 0 ? "none" : o.rank(), o.total(), o.query().expected(), o.top()));
        }
    }

    private static Report summarise(List<Outcome> outcomes) {
        int h1 = 0;
        int h3 = 0;
        int zero = 0;
        double rr = 0;
        for (Outcome o : outcomes) {
            if (o.rank() == 1) h1++;
            if (o.rank() >= 1 && o.rank() <= 3) h3++;
            if (o.rank() > 0) rr += 1.0 / o.rank();
            if (o.total() == 0) zero++;
        }
        int n = Math.max(1, outcomes.size());
        return new Report(outcomes, (double) h1 / n, (double) h3 / n, rr / n, zero);
    }
}
