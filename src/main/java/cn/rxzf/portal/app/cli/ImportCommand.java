package cn.rxzf.portal.app.cli;

import cn.rxzf.portal.content.Fields;
import cn.rxzf.portal.importer.ImportException;
import cn.rxzf.portal.importer.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import FILE --department CODE [--list-id ID] [--sheet NAME] [--table N] [--out PATH] [--force]}: writes a list
 * file from a department's .xlsx, .docx or .csv list. Problems go to standard error as {@code FILE:sheet:row:col:
 * message}; exit 0 when the file is written (its {@code # TODO} lines for {@code check} to report), 1 when the file
 * cannot be imported (nothing written), 2 on a usage error or an existing output without {@code --force}, 3 on I/O.
 */
public final class ImportCommand {
    private static final List<String> OPTIONS = List.of("--department", "--list-id", "--sheet", "--table", "--out");

    private ImportCommand() {}

    public static int run(List<String> args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        String file = null;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--force")) {
                force = true;
            } else if (OPTIONS.contains(a)) {
                if (i + 1 >= args.size()) return usage(a + " needs a value");
                options.put(a, args.get(++i));
            } else if (a.startsWith("--")) {
                return usage("unknown option " + a);
            } else if (file == null) {
                file = a;
            } else {
                return usage("one FILE only");
            }
        }
        if (file == null) return usage("FILE is missing");
        String department = options.get("--department");
        if (department == null || !Fields.ID.matcher(department).matches()) return usage("--department CODE is required (the department's folder name)");
        Path source = Path.of(file);
        String listId = options.getOrDefault("--list-id", source.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        if (!Fields.ID.matcher(listId).matches()) {
            return usage("“" + listId + "”不能作清单编号：请用 --list-id 给出，如 --list-id sh-scjg-mianfa-2021（小写英文、数字和连字符）");
        }
        Integer table = null;
        if (options.containsKey("--table")) {
            try {
                table = Integer.valueOf(options.get("--table"));
            } catch (NumberFormatException e) {
                return usage("--table needs a number (1 for the first table)");
            }
        }
        Path out = options.containsKey("--out") ? Path.of(options.get("--out"))
                : Path.of("content", "departments", department, "lists", listId + ".md");
        if (!options.containsKey("--out") && !Files.isDirectory(out.getParent().getParent())) {
            return usage(out.getParent().getParent() + " 不存在：请检查 --department，或用 --out 指定输出文件");
        }
        if (Files.exists(out) && !force) {
            System.err.println(out + ": 文件已存在，未覆盖；确需覆盖请加 --force");
            return 2;
        }

        Importer.Result result;
        try {
            result = Importer.run(source, file, new Importer.Options(department, listId, options.get("--sheet"), table));
        } catch (ImportException e) {
            System.err.println(file + ": " + e.getMessage());
            System.err.println("未写入任何文件。");
            return 1;
        }
        for (String p : result.problems()) System.err.println(p);
        write(out, result.text(), force);
        for (String twin : twins(out, result.text())) System.err.println(twin);
        System.out.println("已写入 " + out + "：" + result.items() + " 个条目"
                + (result.problems().isEmpty() ? "" : "，" + result.problems().size() + " 处需要核对（见上）")
                + "。请补全以 # TODO 标出的字段，再运行 java -jar target/portal.jar check");
        return 0;
    }

    private static final java.util.regex.Pattern ACT = java.util.regex.Pattern.compile("(?m)^[\\s-]*违法行为: [\"']?(.+?)[\"']?\\s*$");

    /**
     * The department's other lists that hold at least half of the imported acts word for word: most likely the same
     * list imported again under a new number, which would publish every item twice. Told, not refused (a department
     * may publish the same act on two lists); the editor decides.
     */
    static List<String> twins(Path out, String imported) throws IOException {
        Set<String> acts = new LinkedHashSet<>();
        ACT.matcher(imported).results().forEach(m -> acts.add(m.group(1).strip()));
        Path dir = out.toAbsolutePath().getParent();
        if (acts.isEmpty() || !Files.isDirectory(dir)) return List.of();
        List<String> notes = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path other : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                if (other.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) continue;
                Set<String> theirs = new HashSet<>();
                ACT.matcher(Files.readString(other, StandardCharsets.UTF_8)).results().forEach(m -> theirs.add(m.group(1).strip()));
                long same = acts.stream().filter(theirs::contains).count();
                if (same * 2 >= acts.size()) {
                    notes.add("提示：" + acts.size() + " 个条目中有 " + same + " 个的“违法行为”与 " + other.getFileName()
                            + " 相同。如果这是同一份清单（或它的新版本），请在原文件上修改，不要另建一份（已发布条目的编号和网址不能改变）；"
                            + "确属另一份清单的，可忽略本提示");
                }
            }
        }
        return notes;
    }

    /** Written beside the target and moved into place, so a failure leaves no half-written list. */
    private static void write(Path out, String text, boolean force) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".import-", ".md");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (force) Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            else Files.move(tmp, out);
        } catch (FileAlreadyExistsException e) {
            System.err.println(out + ": 文件已存在，未覆盖；确需覆盖请加 --force");
            throw e;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static int usage(String message) {
        System.err.println("portal import: " + message);
        System.err.println("usage: java -jar portal.jar import FILE --department CODE [--list-id ID] [--sheet NAME] [--table N] [--out PATH] [--force]");
        return 2;
    }
}
