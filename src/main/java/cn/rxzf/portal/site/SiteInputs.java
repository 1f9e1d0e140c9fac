package cn.rxzf.portal.site;

import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.site.history.Commit;
import cn.rxzf.portal.site.history.History;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything a full build's output depends on: every content and template file (path and bytes), the
 * settings (the build date among them), the git history the pages show, and the code that renders them (the jar's
 * size and time, or the newest class file when run from a folder). {@code serve} starts by comparing it with the
 * digest recorded beside the published site, and when they are equal serves that site as it is instead of writing
 * it again: a restart after a crash then costs reading the content, not rendering it.
 *
 * <p>The record is {@code .<out>.inputs} beside the output folder (not in it: the folder is what a static host
 * publishes). A build deletes it before it swaps anything in and writes it only after both the site and its search
 * index are in place, so a build interrupted at any moment leaves no record, and the next start builds in full.
 */
public final class SiteInputs {
    private SiteInputs() {}

    /** The digest of this build's inputs, in hex. */
    public static String digest(Settings settings, History history) throws IOException {
        MessageDigest md = sha256();
        add(md, "settings " + settings);
        add(md, "code " + code());
        add(md, "history " + history.available() + " " + history.note());
        List<Commit> commits = history.commits();
        add(md, "commits " + commits.size() + " " + (commits.isEmpty() ? "" : commits.get(0).id()));
        tree(md, "content", settings.contentDir());
        tree(md, "templates", settings.templatesDir());
        return HexFormat.of().formatHex(md.digest());
    }

    /** Whether the published site and index were built from inputs with this digest. */
    public static boolean published(Settings settings, String digest) {
        Path record = record(settings);
        try {
            return Files.isDirectory(settings.outDir()) && Files.isDirectory(settings.indexDir())
                    && Files.isRegularFile(record) && Files.readString(record).strip().equals(digest);
        } catch (IOException e) {
            return false;
        }
    }

    /** Called before a build changes the output: the published site no longer matches any record. */
    public static void forget(Settings settings) throws IOException {
        Files.deleteIfExists(record(settings));
    }

    /** Called after the site and its index are both in place. */
    public static void record(Settings settings, String digest) throws IOException {
        Path record = record(settings);
        Path tmp = record.resolveSibling(record.getFileName() + ".tmp");
        Files.writeString(tmp, digest + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Path record(Settings settings) {
        Path out = settings.outDir().toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".inputs");
    }

    private static void tree(MessageDigest md, String label, Path dir) throws IOException {
        add(md, label);
        if (!Files.isDirectory(dir)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            add(md, dir.relativize(f).toString());
            md.update(Files.readAllBytes(f));
        }
    }

    /** The rendering code's identity: a new jar or a recompiled class means a full build. */
    private static String code() throws IOException {
        Path source;
        try {
            var cs = SiteInputs.class.getProtectionDomain().getCodeSource();
            source = cs == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            source = null;
        }
        if (source == null) return "unknown " + System.nanoTime(); // never equal: always build
        if (Files.isRegularFile(source)) {
            return source + " " + Files.size(source) + " " + Files.getLastModifiedTime(source).toMillis();
        }
        try (Stream<Path> walk = Files.walk(source)) {
            long newest = walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                    return Long.MAX_VALUE;
                }
            }).max().orElse(0);
            return source + " " + newest;
        }
    }

    private static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
