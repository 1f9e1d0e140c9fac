package cn.rxzf.portal.site.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

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
        if (old != null) deleteTree(old);
    }

    public void abandon() {
        try {
            deleteTree(staging);
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

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
