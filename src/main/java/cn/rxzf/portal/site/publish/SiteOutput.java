package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.common.FileTrees;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A new site is written to a sibling temporary folder and swapped in only when complete: the old output is renamed
 * aside, the new one renamed into place, the old one deleted. A failed build deletes its temporary folder and
 * leaves the previous site as it was.
 */
public final class SiteOutput {
    private final Path target;
    private final Path staging;

    private SiteOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static SiteOutput begin(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".new-");
        return new SiteOutput(abs, staging);
    }

    public Path dir() {
        return staging;
    }

    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        move(staging, target);
        if (old != null) FileTrees.delete(old);
    }

    public void abandon() {
        try {
            FileTrees.delete(staging);
        } catch (IOException ignored) {
            // a leftover hidden temporary folder is harmless; the next build makes a new one
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
