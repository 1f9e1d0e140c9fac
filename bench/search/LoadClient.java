import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Sends search requests one at a time (latency, not throughput) and prints p50/p95/p99 in ms. The mix: every query
 * of the relevance set, 80% page 1 of /api/search, 10% with type=item, 10% page 2.
 *
 *   java bench/search/LoadClient.java BASE_URL QUERIES_TSV WARMUP REQUESTS
 */
public class LoadClient {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            queries.add(line.split("\t")[1]);
        }
        int warmup = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(42);
        double[] ms = new double[n];
        int errors = 0;
        for (int i = -warmup; i < n; i++) {
            String q = URLEncoder.encode(queries.get(random.nextInt(queries.size())), StandardCharsets.UTF_8);
            int r = random.nextInt(10);
            String path = "/api/search?q=" + q + (r == 8 ? "&type=item" : r == 9 ? "&page=2" : "");
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).build();
            long t = System.nanoTime();
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            double took = (System.nanoTime() - t) / 1e6;
            if (resp.statusCode() != 200) errors++;
            if (i >= 0) ms[i] = took;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "requests %d errors %d p50 %.2f p95 %.2f p99 %.2f max %.2f ms%n", n, errors,
                ms[n / 2], ms[(int) (n * 0.95)], ms[(int) (n * 0.99)], ms[n - 1]);
        if (errors > 0) System.exit(1);
    }
}
