package cn.rxzf.portal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Folders and files only the service's user may touch: folders made 0700, secrets written once as 0600, and the
 * check that a folder and every folder above it is owned by this user (or root) and writable by nobody else, so that
 * no other local account can swap what the service runs or reads.
 */
final class PrivateFiles {
    private static final Set<PosixFilePermission> OTHERS_WRITE =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private PrivateFiles() {}

    /** Creates {@code dir} (and missing parents) and makes it 0700. */
    static Path privateFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return dir;
    }

    /**
     * Refuses, with a one-line reason, a folder that another local user could change: {@code dir} itself must be
     * owned by this user and 0700; it and every folder above must be owned by this user or root and not writable by
     * group or others.
     */
    static void checkPrivate(Path dir) throws IOException {
        Path real = dir.toRealPath();
        UserPrincipal me = Files.getOwner(real);
        String user = System.getProperty("user.name");
        if (!me.getName().equals(user)) {
            throw new IOException(real + " belongs to " + me.getName() + ", not to " + user + "; refusing to use it");
        }
        if (!Files.getPosixFilePermissions(real).equals(PosixFilePermissions.fromString("rwx------"))) {
            throw new IOException(real + " must have mode 0700 (it is "
                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(real)) + "); refusing to use it");
        }
        for (Path p = real; p != null; p = p.getParent()) {
            String owner = Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals(user) && !owner.equals("root")) {
                throw new IOException(p + " (above " + real + ") belongs to " + owner + "; refusing to use it");
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (mode.stream().anyMatch(OTHERS_WRITE::contains)) {
                throw new IOException(p + " (at or above " + real + ") is writable by other users ("
                        + PosixFilePermissions.toString(mode) + "); refusing to use it");
            }
        }
    }

    /**
     * The secret in {@code file}, made once: 32 random bytes as hex, written 0600 from the start. A file that exists
     * must be 0600 and owned by this user.
     */
    static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            String value = HexFormat.of().formatHex(randomBytes(32));
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, value + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.SYNC);
                return value;
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: read theirs
            }
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (!mode.equals(PosixFilePermissions.fromString("rw-------"))) {
            throw new IOException(file + " must have mode 0600 (it is " + PosixFilePermissions.toString(mode) + ")");
        }
        String value = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (value.isEmpty()) throw new IOException(file + " is empty");
        return value;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
