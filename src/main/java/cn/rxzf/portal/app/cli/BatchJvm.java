package cn.rxzf.portal.app.cli;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the short batch commands ({@code build}, {@code check}, {@code search}) in a JVM that compiles with C1 only.
 *
 * <p>A build is a few seconds of code that runs once: measured on this project's 10,000-item site, HotSpot's C2
 * compiler threads used about half of all CPU time (16.6 s of CPU, 9.7 s wall with the default tiered compiler;
 * 7.7 s of CPU, 5.4 s wall with {@code -XX:TieredStopAtLevel=1}), and at 100,000 items C1 alone was still faster
 * (55 s against 73 s of CPU). A JVM cannot change its compiler after start, and a jar's manifest cannot pass JVM
 * options, so {@code java -jar portal.jar build} starts one child JVM with the option added (about 0.1 s) and exits
 * with its code. The long-running {@code serve} keeps the default compilers, where C2 pays off.
 *
 * <p>Not re-launched: when the JVM already chose its compilers ({@code -XX:TieredStopAtLevel},
 * {@code -XX:-TieredCompilation}, {@code -Xint}); when someone is looking at this JVM (a flight recording or a
 * debugger: the child would write the same recording file or want the same debug port); when the classes do not come
 * from a jar (tests, IDE); or when {@code PORTAL_SAME_JVM=1} is set.
 *
 * <p>When the jar has a class-data archive beside it ({@code portal.jsa}, written by {@code mvn package} from a
 * build of the sample site), the child maps the classes from it instead of loading and verifying them one by one:
 * 0.6–0.9 s less CPU per run (2.9 → 2.2 s for the sample site). A stale archive is ignored by the JVM.
 */
public final class BatchJvm {
    private static final Set<String> BATCH = Set.of("build", "check", "search");
    private static final String OPTION = "-XX:TieredStopAtLevel=1";
    /** The class-data archive the Maven package step writes beside the jar (see pom.xml). */
    static final String ARCHIVE = "portal.jsa";

    private BatchJvm() {}

    /** The child's command line, or an empty list when this JVM should run the command itself. */
    static List<String> childCommand(String[] args, List<String> jvmArgs, Path codeSource, String javaHome,
                                     String sameJvm) {
        if (args.length == 0 || !BATCH.contains(args[0]) || "1".equals(sameJvm)) return List.of();
        if (codeSource == null || !codeSource.toString().endsWith(".jar")) return List.of();
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:TieredStopAtLevel") || a.equals("-XX:-TieredCompilation") || a.equals("-Xint")
                    || a.startsWith("-XX:StartFlightRecording") || a.startsWith("-agentlib:jdwp")
                    || a.startsWith("-Xrunjdwp")) {
                return List.of();
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(javaHome, "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add(OPTION);
        Path archive = codeSource.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive) && jvmArgs.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")
                || a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-Xshare"))) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            // An archive made for another jar is skipped by the JVM; it need not say so on every run.
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
        }
        cmd.add("-cp");
        cmd.add(codeSource.toString());
        cmd.add("cn.rxzf.portal.app.cli.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Runs the command in a C1-only child JVM when that applies and returns its exit code; otherwise returns -1 and
     * the caller runs the command itself.
     */
    public static int runInChild(String[] args) {
        List<String> cmd = childCommand(args, ManagementFactory.getRuntimeMXBean().getInputArguments(), codeSource(),
                System.getProperty("java.home"), System.getenv("PORTAL_SAME_JVM"));
        if (cmd.isEmpty() || !Files.isExecutable(Path.of(cmd.get(0)))) return -1;
        try {
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            // Ctrl-C reaches both JVMs (same process group); a plain kill of this one must not leave the child.
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return child.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        }
    }

    private static Path codeSource() {
        try {
            var source = BatchJvm.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
