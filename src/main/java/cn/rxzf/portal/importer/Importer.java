package cn.rxzf.portal.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Imports one file: guard, read, find the table, build the items, write the list file's text. */
public final class Importer {
    /** The command's options: the department's code and the list's id (both required here), a sheet, a table. */
    public record Options(String department, String listId, String sheet, Integer table) {}

    /** The list file's text, the items in it, and every problem found (each {@code FILE:sheet:row:col: message}). */
    public record Result(String text, int items, List<String> problems) {}

    private Importer() {}

    /**
     * @param display the file as problems name it (as the editor typed it)
     * @throws ImportException when the file cannot be imported at all (its message says why, in Chinese)
     */
    public static Result run(Path file, String display, Options options) throws ImportException, IOException {
        FileGuard.Format format = FileGuard.check(file);
        if (options.sheet() != null && format != FileGuard.Format.XLSX) throw new ImportException("--sheet 只用于 Excel（.xlsx）文件");
        if (options.table() != null && format != FileGuard.Format.DOCX) throw new ImportException("--table 只用于 Word（.docx）文件；Excel 文件请用 --sheet 选工作表");
        List<SourceTable> tables;
        try {
            tables = switch (format) {
                case XLSX -> XlsxReader.read(file, options.sheet());
                case DOCX -> DocxReader.read(file);
                case CSV -> List.of(CsvReader.read(file));
            };
        } catch (OutOfMemoryError e) {
            // within the limits a file can still need more memory than this JVM has; what was read is garbage now
            throw new ImportException("文件内容过多，读取时内存不足（本程序最多可用 " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB），不予导入：一份清单通常只有几百 KB；如确为清单，请删去无关的工作表、图片后另存再导入");
        }
        List<String> problems = new ArrayList<>();
        SourceTable chosen = null;
        TableLayout layout = null;
        if (options.table() != null) {
            int n = options.table();
            if (n < 1 || n > tables.size()) throw new ImportException("没有第 " + n + " 个表格：本文件有 " + tables.size() + " 个表格");
            chosen = tables.get(n - 1);
            layout = TableLayout.find(chosen);
            if (layout == null) throw new ImportException("第 " + n + " 个表格中找不到清单的表头" + HEADER_HINT);
        } else {
            for (SourceTable t : tables) {
                layout = TableLayout.find(t);
                if (layout != null) {
                    chosen = t;
                    break;
                }
            }
            if (chosen == null) throw new ImportException("找不到清单表格" + HEADER_HINT);
        }
        SourceTable whole = format == FileGuard.Format.DOCX ? Continuations.join(chosen, layout, tables, display, problems) : chosen;
        if (options.table() == null) {
            java.util.Set<String> joined = new java.util.HashSet<>();
            for (Row r : whole.rows()) if (r.table() != null) joined.add(r.table());
            for (SourceTable t : tables) {
                TableLayout l = t == chosen || joined.contains(t.label()) ? null : TableLayout.find(t);
                if (l == null) continue;
                problems.add(display + ":" + t.at(t.rows().get(l.headerStart()).number(), 0) + ": 这里还有一个清单表格，未导入；要导入它，请加 "
                        + (format == FileGuard.Format.DOCX ? "--table " + (tables.indexOf(t) + 1) : "--sheet " + t.label()));
            }
        }
        chosen = whole;
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        ImportedList list = new ListBuilder(display, chosen, layout, options.listId(), problems).build(stem);
        String text = ListFileWriter.write(list, options.department(), file.getFileName().toString());
        return new Result(text, list.items().size(), problems);
    }

    private static final String HEADER_HINT = "：前 " + Limits.HEADER_SCAN
            + " 行中没有一行含有两个以上可识别的列名（如 序号、违法行为、违反条款、处罚依据、适用条件、处理结果、实施机关）";
}
