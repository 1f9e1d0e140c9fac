package cn.rxzf.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' Java programs are run as single-file sources ({@code java bench/…/X.java}), which no build
 * compiles. Here each one is compiled on its own against the project's classes, as {@code java} would, so a rename in
 * {@code src/} breaks this test instead of a benchmark months later.
 */
class BenchSourcesTest {
    @TempDir Path out;

    @Test
    void everyBenchProgramCompilesAgainstTheProject() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("bench"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no bench sources found from " + Path.of("").toAbsolutePath());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> failures = new ArrayList<>();
        for (Path source : sources) {
            Path dir = Files.createDirectories(out.resolve(source.toString().replace('/', '_')));
            StringWriter messages = new StringWriter();
            boolean ok = javac.getTask(messages, null, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-proc:none",
                            "-Xlint:none", "-nowarn"),
                    null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
            if (!ok) failures.add(source + ":\n" + messages);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aBrokenSourceFails(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("Broken.java"),
                "class Broken { cn.rxzf.portal.nowhere.LiveSite site; }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        boolean ok = javac.getTask(new StringWriter(), null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(broken)).call();
        assertTrue(!ok, "a reference to a package that no longer exists must not compile");
    }
}
