package cn.rxzf.portal.db;

import cn.rxzf.portal.common.FileTrees;
import cn.rxzf.portal.common.Sha256;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries (zonky's archive on the class path), unpacked once into a folder only this user can
 * write — {@code $XDG_CACHE_HOME/portal} or {@code ~/.cache/portal}, 0700 — never into the shared temporary folder.
 * The folder and every folder above it are checked before each use ({@link PrivateFiles#checkPrivate}).
 */
final class PostgresBinaries {
    private PostgresBinaries() {}

    /** The folder with {@code bin/postgres}, unpacked if needed and checked. */
    static Path prepare() throws IOException {
        return prepare(cacheRoot());
    }

    static Path prepare(Path cacheRoot) throws IOException {
        byte[] archive = archive();
        String digest = HexFormat.of().formatHex(Sha256.of(archive)).substring(0, 16);
        Path root = PrivateFiles.privateFolder(cacheRoot);
        PrivateFiles.checkPrivate(root);
        Path dir = root.resolve("postgres-" + digest);
        if (!Files.isRegularFile(dir.resolve("bin/postgres"))) {
            Path tmp = Files.createTempDirectory(root, "unpacking-");
            try {
                unpack(archive, tmp);
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another process unpacked the same archive first
            } catch (IOException e) {
                if (!Files.isRegularFile(dir.resolve("bin/postgres"))) throw e;
            } finally {
                FileTrees.delete(tmp);
            }
        }
        PrivateFiles.checkPrivate(dir);
        return dir;
    }

    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("portal");
    }

    private static byte[] archive() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "Darwin" : os.contains("linux") ? "Linux" : null;
        if (system == null) throw new IOException("no embedded PostgreSQL for " + System.getProperty("os.name"));
        String arch = System.getProperty("os.arch");
        arch = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "arm_64" : arch;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch)) {
            if (in == null) throw new IOException("no embedded PostgreSQL binaries for " + system + " " + arch);
            return in.readAllBytes();
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        Path base = target.toAbsolutePath().normalize();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = base.resolve(entry.getName()).normalize();
                if (!out.startsWith(base)) throw new IOException("archive entry outside its folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Path existing = base.resolve(entry.getLinkName()).normalize();
                    if (!existing.startsWith(base)) throw new IOException("archive link outside its folder: " + entry.getName());
                    Files.createDirectories(out.getParent());
                    Files.createLink(out, existing);
                } else if (entry.isFile()) {
                    Files.createDirectories(out.getParent());
                    try (OutputStream o = Files.newOutputStream(out)) {
                        tar.transferTo(o);
                    }
                    boolean executable = (entry.getMode() & 0100) != 0 || base.relativize(out).startsWith("bin");
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------"));
                } else {
                    throw new IOException("unexpected archive entry " + entry.getName());
                }
            }
        }
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
    }
}
