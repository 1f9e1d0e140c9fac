package cn.rxzf.portal.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn package} of a copy of this project whose content has an error still makes the jar and its class-data
 * archive: content is judged by {@code check} and {@code build}, never by packaging the code.
 */
class PackageWithoutContentIT {
    @Test
    void packageSucceedsWhateverTheContentHolds(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("clone");
        assertEquals(0, run(Path.of("."), tmp.resolve("clone.log"), "git", "clone", "-q", "--no-hardlinks", ".", copy.toString()));
        // the committed tree plus this working tree's pom and fixture, so the test checks what is being changed
        Files.copy(Path.of("pom.xml"), copy.resolve("pom.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path list = Files.list(copy.resolve("content/departments/jtysj/lists")).sorted().findFirst().orElseThrow();
        Files.writeString(list, Files.readString(list).replaceFirst("(?m)^成文日期: .*$", "成文日期: 不是日期"));
        assertEquals(1, run(Path.of("."), tmp.resolve("check.log"), "java", "-jar", "target/portal.jar", "check",
                "--content", copy.resolve("content").toString()), "the copy's content really has an error");

        Path log = tmp.resolve("package.log");
        int code = run(copy, log, "mvn", "-o", "-q", "package", "-DskipTests");
        assertEquals(0, code, Files.readString(log));
        assertTrue(Files.isRegularFile(copy.resolve("target/portal.jar")));
        assertTrue(Files.size(copy.resolve("target/portal.jsa")) > 1_000_000, "the class-data archive was trained");
    }

    private static int run(Path dir, Path log, String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }
}
