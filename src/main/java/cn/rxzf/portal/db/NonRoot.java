package cn.rxzf.portal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root. Run as root (a container, a CI runner), its programs are started in a new user
 * namespace ({@code unshare -U}), where they are an unprivileged user; otherwise as they are. Run the service as
 * its own unprivileged user in production.
 */
final class NonRoot {
    private static volatile List<String> prefix;

    private NonRoot() {}

    static List<String> prefix() throws IOException {
        List<String> p = prefix;
        if (p == null) {
            p = new com.sun.security.auth.module.UnixSystem().getUid() == 0 ? unshare() : List.of();
            prefix = p;
        }
        return p;
    }

    private static List<String> unshare() throws IOException {
        try {
            Process p = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.equals("0")) return List.of("unshare", "-U");
        } catch (IOException e) {
            // no unshare: fall through
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IOException("the embedded PostgreSQL cannot run as root; run the service as another user");
    }
}
