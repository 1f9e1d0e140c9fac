package cn.rxzf.portal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a helper program (node, bash) from a test. Its standard input is {@code /dev/null} and its output is copied
 * line by line through {@code System.out}: a child that inherited the test JVM's streams would read and write the
 * channel Maven's surefire/failsafe use to talk to the forked JVM ("std/in stream corrupted" fails the build).
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    /** The child's exit code, or -1 when it ran longer than {@code timeoutSeconds} and was killed. */
    public static int run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .start();
        Thread copier = new Thread(() -> copyLines(p), "child-output");
        copier.setDaemon(true);
        copier.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            copier.join(5_000);
            return -1;
        }
        copier.join(5_000);
        return p.exitValue();
    }

    private static void copyLines(Process p) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                System.out.println(line);
            }
        } catch (IOException closed) {
            // the child was killed; what it printed so far is already out
        }
    }
}
