import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Two jars' {@code SearchService} over the same index, in one JVM, each query sent to both back to back (which goes
 * first alternates): the query path's cost, old against new, with the machine's noise shared by both. Through the
 * service's own search method, not HTTP, so it sees what a change of the query path does and nothing else. The mix is
 * bench/search/LoadClient's: every query of the set, 80 % page 1, 10 % type=item, 10 % page 2.
 *
 *   java -cp OLD.jar bench/search/QueryPair.java OLD.jar NEW.jar INDEX_DIR QUERIES_TSV [WARMUP] [REQUESTS]
 *
 * Prints, per jar, p50/p95/p99 and the mean in ms, and new/old for each; and on how many requests the two results
 * (hits, totals, facets, suggestions: the whole result record) differ.
 */
public class QueryPair {
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[2]);
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) continue;
            String[] f = line.split("\t");
            queries.add(f.length > 3 ? f[2] : f[1]); // owners-N: list, kind, query, ids
        }
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        int n = args.length > 5 ? Integer.parseInt(args[5]) : 4000;
        Object[] services = new Object[2];
        Method[] search = new Method[2];
        Constructor<?>[] request = new Constructor<?>[2];
        for (int k = 0; k < 2; k++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()}, null);
            Class<?> service = loader.loadClass("cn.rxzf.portal.search.SearchService");
            Class<?> req = loader.loadClass("cn.rxzf.portal.search.SearchRequest");
            services[k] = service.getMethod("over", Path.class).invoke(null, index);
            search[k] = service.getMethod("search", req);
            request[k] = req.getConstructor(String.class, String.class, String.class, String.class, String.class,
                    String.class, int.class);
        }
        Random random = new Random(42);
        double[][] ms = new double[2][n];
        int differ = 0;
        for (int i = -warmup; i < n; i++) {
            String q = queries.get(random.nextInt(queries.size()));
            int r = random.nextInt(10);
            String[] results = new String[2];
            for (int turn = 0; turn < 2; turn++) {
                int k = (i & 1) == 0 ? turn : 1 - turn;
                Object rq = request[k].newInstance(q, r == 8 ? "item" : null, null, null, null, null, r == 9 ? 2 : 1);
                long t = System.nanoTime();
                Object result = search[k].invoke(services[k], rq);
                double took = (System.nanoTime() - t) / 1e6;
                results[k] = result.toString();
                if (i >= 0) ms[k][i] = took;
            }
            if (i >= 0 && !results[0].equals(results[1])) differ++;
        }
        System.out.printf(Locale.ROOT, "%d queries from %s, %d warm-up and %d measured requests, each to both jars%n",
                queries.size(), args[3], warmup, n);
        double[][] stats = new double[2][];
        for (int k = 0; k < 2; k++) {
            double mean = Arrays.stream(ms[k]).average().orElse(0);
            Arrays.sort(ms[k]);
            stats[k] = new double[] {ms[k][n / 2], ms[k][(int) (n * 0.95)], ms[k][(int) (n * 0.99)], mean};
            System.out.printf(Locale.ROOT, "%s  p50 %.3f  p95 %.3f  p99 %.3f  mean %.3f ms  %s%n", k == 0 ? "old" : "new",
                    stats[k][0], stats[k][1], stats[k][2], stats[k][3], args[k]);
        }
        System.out.printf(Locale.ROOT, "new/old  p50 %.2f  p95 %.2f  p99 %.2f  mean %.2f;  results differ on %d of %d%n",
                stats[1][0] / stats[0][0], stats[1][1] / stats[0][1], stats[1][2] / stats[0][2],
                stats[1][3] / stats[0][3], differ, n);
    }
}
