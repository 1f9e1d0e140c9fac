package cn.rxzf.portal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made by another producer than the project's own fixtures (which POI writes): LibreOffice 7.4 converted them
 * from the HTML and flat-ODS sources beside them (src/test/resources/importer/libreoffice/sources/, README there),
 * with the real item texts of lists in shared/data. Each is imported and compared with a hand-checked list file under
 * src/test/resources/importer/libreoffice/expected/, its problems with the ones an editor should be told about.
 */
class ImportLibreOfficeFilesTest {
    @TempDir
    Path dir;

    /**
     * Word: title paragraphs, a title row merged across the table, two header rows (处罚依据 over 违反条款 and
     * 处罚依据), headings worded off the alias table (违法行为名称及内容, 不予处罚的条件, 处罚结果/处理方式, 执法主体),
     * full-width 序号, a section row, conditions as separate paragraphs, 执法主体 merged down, notes below, and a
     * second table whose title paragraphs follow the first table's notes.
     */
    @Test
    void wordTableWithTwoHeaderRowsAndVariantHeadings() throws Exception {
        Importer.Result r = run("word-two-tables-two-header-rows.docx", "sthjj", "jm-buyu", null, null);
        assertImport(r, "word-two-tables-two-header-rows.md",
                "word-two-tables-two-header-rows.docx:table 2:1:1: 这里还有一个清单表格，未导入；要导入它，请加 --table 2",
                "word-two-tables-two-header-rows.docx:table 1:2:4: “处罚依据”列全部为空：每个条目都留了 # TODO，请补充",
                "word-two-tables-two-header-rows.docx:table 1:2:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充");
    }

    /** The second table of the same document: its own title, not the first table's notes. */
    @Test
    void secondWordTableTakesItsOwnTitle() throws Exception {
        Importer.Result r = run("word-two-tables-two-header-rows.docx", "jj-yjj", "jj-shouwei", null, 2);
        assertImport(r, "word-second-table.md",
                "word-two-tables-two-header-rows.docx:table 2:1:1: 表中没有“处罚依据”列：每个条目都留了 # TODO，请补充",
                "word-two-tables-two-header-rows.docx:table 2:1:1: 表中没有“实施机关”列：每个条目都留了 # TODO，请补充",
                "word-two-tables-two-header-rows.docx:table 2:1:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充");
    }

    /**
     * Excel: a notes sheet first, then a title row merged across, a blank row, two header rows with the columns
     * shuffled (违法行为 before 序号), 序号 as formulas (=ROW()-4), as full-width text and as numbers stored as text,
     * conditions on separate lines of a cell and as “1.… 2.…” in one line, a blank spacer row, notes rows merged.
     */
    @Test
    void excelSheetWithShuffledColumnsFormulasAndSpacerRows() throws Exception {
        Importer.Result r = run("excel-two-header-rows-shuffled.xlsx", "sh-xfzd", "xf-buyu", null, null);
        assertImport(r, "excel-two-header-rows-shuffled.md",
                "excel-two-header-rows-shuffled.xlsx:不予处罚清单:3:A: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充",
                "excel-two-header-rows-shuffled.xlsx:不予处罚清单:13:D: “违反条款”为空：已留 # TODO",
                "excel-two-header-rows-shuffled.xlsx:不予处罚清单:14:D: “违反条款”为空：已留 # TODO");
    }

    /** Excel: one item over three rows, its 序号, 违法行为 and bases merged down, one condition a row. */
    @Test
    void excelItemWhoseConditionsAreOnMergedRows() throws Exception {
        Importer.Result r = run("excel-conditions-on-merged-rows.xlsx", "xy-tjj", "xy-mianfa", null, null);
        assertImport(r, "excel-conditions-on-merged-rows.md",
                "excel-conditions-on-merged-rows.xlsx:Sheet1:2:A: 表中没有“实施机关”列：每个条目都留了 # TODO，请补充",
                "excel-conditions-on-merged-rows.xlsx:Sheet1:2:A: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充");
    }

    /** Word: conditions enumerated inline as 1. 2. 3., (一)(二)(三) after an introduction, and as a running clause. */
    @Test
    void wordInlineEnumerations() throws Exception {
        Importer.Result r = run("word-inline-enumerations.docx", "wf-zjj", "wf-buyu", null, null);
        assertImport(r, "word-inline-enumerations.md",
                "word-inline-enumerations.docx:table 1:1:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充",
                "word-inline-enumerations.docx:table 1:1:1: 表中没有“处理结果”列：按标题定为“不予处罚”，请核对");
    }

    /** CSV in GB18030, the columns shuffled and worded off the alias table (法律依据（违反条款）, 执法主体 first). */
    @Test
    void gb18030CsvWithVariantHeadingsInAnotherOrder() throws Exception {
        Importer.Result r = run("gb18030-variant-headings.csv", "ym-ybj", "ym-shouwei", null, null);
        assertImport(r, "gb18030-variant-headings.md",
                "gb18030-variant-headings.csv:1:1: 表中没有“处罚依据”列：每个条目都留了 # TODO，请补充",
                "gb18030-variant-headings.csv:1:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充");
    }

    /** CSV in UTF-8 with a byte-order mark: a title line, ①② conditions, a note line. */
    @Test
    void utf8CsvWithByteOrderMarkTitleAndNote() throws Exception {
        Importer.Result r = run("utf8-bom-circled-conditions.csv", "cgzfj", "cg-mianfa", null, null);
        assertImport(r, "utf8-bom-circled-conditions.md",
                "utf8-bom-circled-conditions.csv:2:1: 表中没有“违反条款”列：每个条目都留了 # TODO，请补充",
                "utf8-bom-circled-conditions.csv:2:1: 表中没有“实施机关”列：每个条目都留了 # TODO，请补充",
                "utf8-bom-circled-conditions.csv:2:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充");
    }

    /**
     * Word: a long table broken into two (a blank line and “续表” between), the second without a header or with the
     * header repeated: all six items are imported in order, the editor told, and “续表” is not a note.
     */
    @Test
    void aWordTableContinuedInASecondTableImportsWhole() throws Exception {
        for (String name : List.of("word-table-continued-without-header.docx", "word-table-continued-with-header.docx")) {
            Importer.Result r = run(name, "jm-sthjj", "jm", null, null);
            List<java.util.Map<String, Object>> items = ImportFixtures.items(r.text());
            assertEquals(List.of(1, 2, 3, 4, 5, 6), items.stream().map(i -> i.get(cn.rxzf.portal.content.model.ListKeys.SEQ)).toList(), name);
            assertEquals(name + ":table 2:" + (name.contains("without") ? 1 : 2) + ":1: 此表格与“table 1”列数相同、"
                    + (name.contains("without") ? "没有表头" : "表头相同") + "，按续表接在后面一并导入，请核对", r.problems().get(0), name);
            assertTrue(r.text().endsWith("---\n\n注：本清单自印发之日起施行。\n"), r.text());
        }
    }

    /** Old binary files say which menu saves them in the new format, for Excel and for Word apart. */
    @Test
    void oldBinaryFilesSayHowToSaveThemAsNew() throws Exception {
        assertRefused("excel-97.xls", "excel-97.xls", "不能直接导入旧版二进制格式（.xls）：请用 Excel 或 WPS 表格 打开它，"
                + "选“文件→另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件");
        assertRefused("word-97.doc", "word-97.doc", "不能直接导入旧版二进制格式（.doc）：请用 Word 或 WPS 文字 打开它，"
                + "选“文件→另存为”，保存类型选“Word 文档（*.docx）”，再导入另存的文件");
        assertRefused("excel-97.xls", "renamed.xlsx", "不能直接导入旧版二进制格式（.xls，只是扩展名为 .xlsx）");
        assertRefused("word-97.doc", "list.wps", "不能直接导入旧版二进制格式（.wps，WPS 格式）：请用 Word 或 WPS 文字 打开它");
    }

    /** An .xlsx or .docx saved under an old name (.xls, .doc) is read by its content. */
    @Test
    void newFilesUnderAnOldNameAreReadByTheirContent() throws Exception {
        Importer.Result xls = run("excel-conditions-on-merged-rows.xlsx", "as.xls", "xy-tjj", "xy-mianfa");
        assertEquals(2, xls.items());
        Importer.Result doc = run("word-inline-enumerations.docx", "as.doc", "wf-zjj", "wf-buyu");
        assertEquals(5, doc.items());
    }

    private Importer.Result run(String fixture, String department, String listId, String sheet, Integer table) throws Exception {
        Path file = copy(fixture, fixture);
        return Importer.run(file, file.getFileName().toString(), new Importer.Options(department, listId, sheet, table));
    }

    private Importer.Result run(String fixture, String name, String department, String listId) throws Exception {
        Path file = copy(fixture, name);
        return Importer.run(file, name, new Importer.Options(department, listId, null, null));
    }

    private void assertRefused(String fixture, String name, String expected) throws IOException {
        Path file = copy(fixture, name);
        ImportException e = assertThrows(ImportException.class,
                () -> Importer.run(file, name, new Importer.Options("scjgj", "x", null, null)));
        assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
    }

    private Path copy(String fixture, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/importer/libreoffice/" + fixture)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static void assertImport(Importer.Result r, String expectedFile, String... problems) throws IOException {
        Path actual = Path.of("target", "import-actual", "libreoffice", expectedFile);
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, r.text()); // to compare by hand when this fails
        try (InputStream in = ImportLibreOfficeFilesTest.class.getResourceAsStream("/importer/libreoffice/expected/" + expectedFile)) {
            String expected = in == null ? "(missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, r.text(), expectedFile);
        }
        assertEquals(List.of(problems), r.problems(), expectedFile + " problems");
    }
}
