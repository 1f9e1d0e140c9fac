package cn.rxzf.portal.site.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A throwaway git repository for tests: commits with fixed dates and no global configuration. */
final class GitRepo {
    private final Path dir;

    GitRepo(Path dir) {
        this.dir = dir;
        git("init", "-q", "-b", "main");
    }

    /** Commits everything under the folder at the given day (noon, China Standard Time); returns the short id. */
    String commit(String day, String message) {
        git("add", "-A");
        String when = day + "T12:00:00+08:00";
        run(Map.of("GIT_AUTHOR_DATE", when, "GIT_COMMITTER_DATE", when), "commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").strip().substring(0, 12);
    }

    String git(String... args) {
        return run(Map.of(), args);
    }

    private String run(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=测试编辑", "-c", "user.email=editor@example.org",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
