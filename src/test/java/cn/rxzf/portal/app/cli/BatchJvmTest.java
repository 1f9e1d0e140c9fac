package cn.rxzf.portal.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJvmTest {
    private static final Path JAR = Path.of("/opt/portal/portal.jar");

    @Test
    void buildFromAJarRunsInAC1OnlyChildWithTheSameJvmOptionsAndArguments() {
        List<String> cmd = BatchJvm.childCommand(new String[] {"build", "--out", "x y"}, List.of("-Xmx2g"), JAR,
                "/usr/lib/jvm/java", null);
        assertEquals(List.of("/usr/lib/jvm/java/bin/java", "-Xmx2g", "-XX:TieredStopAtLevel=1", "-cp",
                JAR.toString(), "cn.rxzf.portal.app.cli.Main", "build", "--out", "x y"), cmd);
    }

    @Test
    void checkAndSearchAreBatchCommandsToo() {
        assertEquals("check", last(BatchJvm.childCommand(new String[] {"check"}, List.of(), JAR, "/j", null)));
        assertEquals("q", last(BatchJvm.childCommand(new String[] {"search", "q"}, List.of(), JAR, "/j", null)));
    }

    @Test
    void serveAndOtherCommandsRunInThisJvm() {
        for (String command : List.of("serve", "config", "reviewer", "codeowners", "--help")) {
            assertTrue(BatchJvm.childCommand(new String[] {command}, List.of(), JAR, "/j", null).isEmpty(), command);
        }
        assertTrue(BatchJvm.childCommand(new String[0], List.of(), JAR, "/j", null).isEmpty());
    }

    @Test
    void aJvmThatChoseItsCompilersOrIsBeingProfiledOrDebuggedIsNotRelaunched() {
        for (String option : List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation",
                "-Xint", "-XX:StartFlightRecording=filename=/tmp/b.jfr",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")) {
            assertTrue(BatchJvm.childCommand(new String[] {"build"}, List.of(option), JAR, "/j", null).isEmpty(),
                    option);
        }
    }

    @Test
    void classesOutsideAJarOrTheEnvironmentSwitchKeepTheSameJvm() {
        assertTrue(BatchJvm.childCommand(new String[] {"build"}, List.of(), Path.of("target/classes"), "/j", null)
                .isEmpty());
        assertTrue(BatchJvm.childCommand(new String[] {"build"}, List.of(), null, "/j", null).isEmpty());
        assertTrue(BatchJvm.childCommand(new String[] {"build"}, List.of(), JAR, "/j", "1").isEmpty());
    }

    @Test
    void aClassDataArchiveBesideTheJarIsUsedByTheChild(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("portal.jar"));
        String[] build = {"build"};
        assertFalse(BatchJvm.childCommand(build, List.of(), jar, "/j", null).stream()
                .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), "no archive, no option");
        Path archive = Files.createFile(dir.resolve(BatchJvm.ARCHIVE));
        List<String> cmd = BatchJvm.childCommand(build, List.of(), jar, "/j", null);
        assertTrue(cmd.contains("-XX:SharedArchiveFile=" + archive), cmd.toString());
        assertTrue(cmd.indexOf("-XX:SharedArchiveFile=" + archive) < cmd.indexOf("cn.rxzf.portal.app.cli.Main"));
        // someone choosing sharing themselves keeps their choice
        assertFalse(BatchJvm.childCommand(build, List.of("-Xshare:off"), jar, "/j", null).stream()
                .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")));
    }

    private static String last(List<String> cmd) {
        return cmd.get(cmd.size() - 1);
    }
}
