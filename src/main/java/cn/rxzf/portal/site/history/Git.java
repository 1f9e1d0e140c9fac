package cn.rxzf.portal.site.history;

import java.io.ByteArrayOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The git binary, run as a child process in the content folder (there is no git library among the dependencies, and
 * the binary is what CI and editors have anyway). Three runs per build at most: {@code rev-parse}, one
 * {@code log --raw} over the content folder, one {@code cat-file --batch} for the list versions.
 */
final class Git {
    private static final long TIMEOUT_SECONDS = 300;
    private static final char RECORD = '\u001e';
    private static final char FIELD = '\u001f';

    /** Thrown when git cannot answer; the message says why, in the words the pages show. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    record Repository(boolean shallow, boolean hasCommits) {}

    private final Path dir;

    Git(Path dir) {
        this.dir = dir;
    }

    Repository open() throws Unavailable {
        Run r = run(List.of("rev-parse", "--is-inside-work-tree", "--is-shallow-repository"), null);
        if (r.exit != 0) {
            if (r.stderr.contains("not a git repository")) throw new Unavailable("内容文件夹不在 git 仓库中");
            throw new Unavailable("git 无法读取内容文件夹：" + firstLine(r.stderr));
        }
        String[] lines = r.text().split("\n");
        boolean shallow = lines.length > 1 && lines[1].trim().equals("true");
        boolean hasCommits = run(List.of("rev-parse", "--verify", "--quiet", "HEAD"), null).exit == 0;
        return new Repository(shallow, hasCommits);
    }

    /** Every commit that changed a file under the folder, newest first, children before parents. */
    List<Commit> log() throws Unavailable {
        Run r = run(List.of("-c", "core.quotepath=off", "log", "--topo-order", "--raw", "-z", "--no-abbrev", "-M",
                "--no-color", "--no-show-signature", "--relative", "--format=" + RECORD + "%H" + FIELD + "%cI" + FIELD
                        + "%B", "--", "."), null);
        if (r.exit != 0) throw new Unavailable("git log 失败：" + firstLine(r.stderr));
        return parseLog(r.text());
    }

    /** The contents of the given blobs, by id, as UTF-8 text; ids git does not have are left out. */
    Map<String, String> blobs(Collection<String> ids) throws Unavailable {
        if (ids.isEmpty()) return Map.of();
        StringBuilder in = new StringBuilder();
        for (String id : ids) in.append(id).append('\n');
        Run r = run(List.of("cat-file", "--batch"), in.toString().getBytes(StandardCharsets.US_ASCII));
        if (r.exit != 0) throw new Unavailable("git cat-file 失败：" + firstLine(r.stderr));
        return parseBatch(r.stdout);
    }

    static List<Commit> parseLog(String text) {
        List<Commit> commits = new ArrayList<>();
        for (String record : text.split(String.valueOf(RECORD))) {
            if (record.isEmpty()) continue;
            String[] tokens = record.split("\0", -1);
            String[] head = tokens[0].split(String.valueOf(FIELD), 3);
            if (head.length < 3) continue;
            OffsetDateTime time;
            try {
                time = OffsetDateTime.parse(head[1].trim());
            } catch (DateTimeParseException e) {
                continue;
            }
            List<FileChange> files = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                String meta = tokens[i].strip();
                if (!meta.startsWith(":")) continue;
                // :old-mode new-mode old-blob new-blob STATUS[score]
                String[] f = meta.substring(1).split(" ");
                if (f.length < 5 || i + 1 >= tokens.length) continue;
                char status = f[4].charAt(0);
                String blob = f[3].chars().allMatch(c -> c == '0') ? null : f[3];
                if (status == 'R' || status == 'C') {
                    if (i + 2 >= tokens.length) break;
                    String from = tokens[i + 1], to = tokens[i + 2];
                    files.add(status == 'R' ? new FileChange('R', to, from, blob) : new FileChange('A', to, null, blob));
                    i += 2;
                } else {
                    String path = tokens[i + 1];
                    files.add(new FileChange(status == 'A' || status == 'D' ? status : 'M', path, null,
                            status == 'D' ? null : blob));
                    i += 1;
                }
            }
            commits.add(new Commit(head[0].trim(), time, clean(Commit.noteOf(head[2])), List.copyOf(files)));
        }
        return commits;
    }

    static Map<String, String> parseBatch(byte[] out) {
        Map<String, String> blobs = new HashMap<>();
        int pos = 0;
        while (pos < out.length) {
            int eol = indexOf(out, (byte) '\n', pos);
            if (eol < 0) break;
            String[] header = new String(out, pos, eol - pos, StandardCharsets.US_ASCII).split(" ");
            pos = eol + 1;
            if (header.length < 3) continue; // "<id> missing"
            int size = Integer.parseInt(header[2]);
            if (header[1].equals("blob")) blobs.put(header[0], new String(out, pos, size, StandardCharsets.UTF_8));
            pos += size + 1;
        }
        return blobs;
    }

    /** Control characters out of change notes: they would break the XML of the feeds. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c >= 0x20 && c != 0x7f).forEach(sb::appendCodePoint);
        return sb.toString().strip();
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) if (a[i] == b) return i;
        return -1;
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private record Run(int exit, byte[] stdout, String stderr) {
        String text() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private Run run(List<String> args, byte[] stdin) throws Unavailable {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_PAGER", "cat");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new Unavailable("找不到 git 程序");
        }
        try {
            // own threads, not the common pool: the content loader may be keeping that busy meanwhile
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            try (OutputStream os = p.getOutputStream()) {
                if (stdin != null) os.write(stdin);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Unavailable("git 在 " + TIMEOUT_SECONDS + " 秒内没有完成");
            }
            return new Run(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            p.destroyForcibly();
            throw new Unavailable("git 运行失败：" + e.getMessage());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Unavailable("读取修改记录时被中断");
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread t = new Thread(() -> result.complete(readAll(in)), "git-output");
        t.setDaemon(true);
        t.start();
        return result;
    }

    private static byte[] readAll(InputStream in) {
        try (InputStream s = new BufferedInputStream(in)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            s.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
