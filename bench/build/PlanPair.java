import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Every output of a site (pages, open data, feeds, statistics — all but the search index and the file writes) produced
 * by two jars in one JVM, alternated, on one thread timed by its CPU clock: what a build spends making its bytes, old
 * against new, on the same content. Prints whether the two jars' bytes are the same, output by output.
 *
 *   java -cp OLD.jar PlanPair.java OLD.jar NEW.jar CONTENT_DIR TEMPLATES_DIR [ROUNDS]
 *
 * Each jar gets its own class loader (no parent but the platform's), loads the content and plans the site once; a
 * round then produces every output of the plan. The first 2 rounds warm up and are not counted.
 */
public class PlanPair {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[2]);
        Path templates = Path.of(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        String[] jars = {args[0], args[1]};
        LocalDate date = LocalDate.of(2026, 11, 22);
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "planpair-out");
        @SuppressWarnings("unchecked") List<Object>[] plans = new List[2];
        Method[] produce = new Method[2];
        Method[] path = new Method[2];
        Method[] producer = new Method[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jars[k]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> contentLoader = loader.loadClass("cn.rxzf.portal.content.ContentLoader");
            Object result = contentLoader.getMethod("load").invoke(
                    contentLoader.getConstructor(Path.class, LocalDate.class).newInstance(content, date));
            Object model = result.getClass().getMethod("content").invoke(result);
            Class<?> contentClass = loader.loadClass("cn.rxzf.portal.content.Content");
            Class<?> templatesClass = loader.loadClass("cn.rxzf.portal.site.render.Templates");
            Object t = templatesClass.getConstructor(Path.class, Path.class).newInstance(templates, out);
            Class<?> rendererClass = loader.loadClass("cn.rxzf.portal.site.render.PageRenderer");
            Object renderer = rendererClass.getConstructor(templatesClass, contentClass, LocalDate.class)
                    .newInstance(t, model, date);
            Class<?> planClass = loader.loadClass("cn.rxzf.portal.site.PagePlan");
            @SuppressWarnings("unchecked") List<Object> plan = (List<Object>) planClass
                    .getMethod("of", contentClass, rendererClass).invoke(null, model, renderer);
            plans[k] = plan;
            Class<?> output = loader.loadClass("cn.rxzf.portal.site.render.Output");
            path[k] = output.getMethod("path");
            producer[k] = output.getMethod("producer");
            produce[k] = loader.loadClass("cn.rxzf.portal.site.render.Output$Producer").getMethod("produce");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[2][rounds];
        @SuppressWarnings("unchecked") Map<String, String>[] digests = new Map[] {new java.util.TreeMap<>(), new java.util.TreeMap<>()};
        long[] bytes = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = r % 2 == 0 ? turn : 1 - turn;
                long start = threads.getCurrentThreadCpuTime();
                long size = 0;
                boolean last = r == rounds - 1;
                for (Object o : plans[k]) {
                    byte[] b = (byte[]) produce[k].invoke(producer[k].invoke(o));
                    size += b.length;
                    if (last) digests[k].put((String) path[k].invoke(o), sha(b));
                }
                cpu[k][r] = threads.getCurrentThreadCpuTime() - start;
                bytes[k] = size;
            }
        }
        System.out.printf("%s: %d / %d outputs; %d rounds, old and new alternated, the first 2 not counted%n",
                content, plans[0].size(), plans[1].size(), rounds);
        double[] median = new double[2];
        for (int k = 0; k < 2; k++) {
            long[] c = Arrays.copyOfRange(cpu[k], 2, rounds);
            Arrays.sort(c);
            median[k] = c[c.length / 2] / 1e6;
            System.out.printf("%s %s: CPU median %.0f ms (min %.0f, max %.0f), %,d bytes%n", k == 0 ? "old" : "new",
                    jars[k], median[k], c[0] / 1e6, c[c.length - 1] / 1e6, bytes[k]);
        }
        int differ = 0;
        for (Map.Entry<String, String> e : digests[0].entrySet()) {
            if (!e.getValue().equals(digests[1].get(e.getKey()))) {
                if (differ++ < 5) System.out.println("differs: " + e.getKey());
            }
        }
        for (String p : digests[1].keySet()) if (!digests[0].containsKey(p) && differ++ < 5) System.out.println("new only: " + p);
        System.out.printf("new/old: CPU %.2f; outputs that differ: %d of %d%n", median[1] / median[0], differ,
                digests[0].size());
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
