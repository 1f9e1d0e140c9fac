package cn.rxzf.portal.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar: {@code check} and {@code build} run in a C1-only child and pass its output and exit code on. */
class BatchJvmIT {
    private static final Pattern C1_ONLY = Pattern.compile("(?m)^\\s*intx TieredStopAtLevel\\s+= 1 ");
    private static final Pattern DEFAULT = Pattern.compile("(?m)^\\s*intx TieredStopAtLevel\\s+= 4 ");

    @Test
    void checkRunsInAC1OnlyChildAndExitsWithItsCode(@TempDir Path tmp) throws Exception {
        // -XX:+PrintFlagsFinal prints every JVM's flags: this JVM's (level 4), then the child's (level 1).
        Run ok = run(tmp, "-XX:+PrintFlagsFinal", "check", "--content", "content");
        assertEquals(0, ok.code, ok.output);
        assertTrue(DEFAULT.matcher(ok.output).find() && C1_ONLY.matcher(ok.output).find(), ok.output);

        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("site.yaml"), "标题: [\n");
        Run refused = run(tmp, null, "check", "--content", bad.toString());
        assertEquals(1, refused.code, refused.output);
        assertTrue(refused.output.contains("site.yaml:"), refused.output);
    }

    @Test
    void theSameJvmWhenTheCompilerIsChosenOnTheCommandLine(@TempDir Path tmp) throws Exception {
        Run r = run(tmp, "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4", "check", "--content", "content");
        assertEquals(0, r.code, r.output);
        assertTrue(DEFAULT.matcher(r.output).find() && !C1_ONLY.matcher(r.output).find(), r.output);
    }

    @Test
    void buildWritesTheSite(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Run r = run(tmp, null, "build", "--out", out.toString(), "--date", "2026-11-22");
        assertEquals(0, r.code, r.output);
        assertTrue(Files.isRegularFile(out.resolve("index.html")), r.output);
    }

    @Test
    void theChildMapsThePackagedClassDataArchive(@TempDir Path tmp) throws Exception {
        // the packaged archive holds the project's classes: the child loads them from it, not from the jar
        Run r = run(tmp, "-Xlog:class+load=info", "check", "--content", "content");
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.contains("cn.rxzf.portal.content.ContentLoader source: shared objects file (top)"),
                r.output.lines().filter(l -> l.contains("cn.rxzf.portal.content.ContentLoader")).toList().toString());
    }

    private record Run(int code, String output) {}

    private static Run run(Path tmp, String jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (jvmOptions != null) cmd.addAll(List.of(jvmOptions.split(" ")));
        cmd.addAll(List.of("-jar", System.getProperty("portal.jar", "target/portal.jar")));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve("output-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("PORTAL_SAME_JVM");
        int code = pb.start().waitFor();
        return new Run(code, Files.readString(log, StandardCharsets.UTF_8));
    }
}
