package cn.rxzf.portal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each department-made file (see {@link DepartmentFiles}) imported and compared with a hand-written list file under
 * src/test/resources/importer/, and its problems with the ones an editor should be told about.
 */
class ImportFixtureTest {
    @TempDir
    Path dir;

    @Test
    void wordTableWithMergedCellsAndTitleRow() throws Exception {
        Importer.Result r = run(DepartmentFiles.wordMergedWithTitle(dir), "scjgj", "word-merged", null, null);
        assertImport(r, "word-merged.md",
                "word-merged.docx:table 1:2:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充",
                "word-merged.docx:table 1:2:1: 表中没有“处理结果”列：按标题定为“不予处罚”，请核对");
    }

    @Test
    void wordFileWithTwoTablesImportsTheChosenOne() throws Exception {
        Importer.Result r = run(DepartmentFiles.wordTwoTables(dir), "jtysj", "word-two-tables", null, 2);
        assertImport(r, "word-two-tables.md",
                "word-two-tables.docx:table 2:1:1: 表中没有“实施机关”列：每个条目都留了 # TODO，请补充",
                "word-two-tables.docx:table 2:1:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充",
                "word-two-tables.docx:table 2:1:1: 表中没有“处理结果”列：按标题定为“从轻处罚”，请核对");
    }

    @Test
    void excelSheetWithTwoHeaderRowsAndNotes() throws Exception {
        Importer.Result r = run(DepartmentFiles.excelTwoHeaderRows(dir), "sthjj", "excel-two-headers", null, null);
        assertImport(r, "excel-two-headers.md",
                "excel-two-headers.xlsx:不予处罚清单:2:A: 表中没有“实施机关”列：每个条目都留了 # TODO，请补充");
    }

    @Test
    void excelFormulasAndNumbersStoredAsText() throws Exception {
        Importer.Result r = run(DepartmentFiles.excelFormulasAndText(dir), "scjgj", "excel-formulas", null, null);
        assertImport(r, "excel-formulas.md",
                "excel-formulas.xlsx:清单:1:G: 列“权力编码”不对应清单的标准字段：作为“其他字段”保留并公开，请核对",
                "excel-formulas.xlsx:清单:1:A: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充");
    }

    @Test
    void csvInGb18030WithFullWidthDigits() throws Exception {
        Importer.Result r = run(DepartmentFiles.csvGb18030(dir), "swj", "csv-gb18030", null, null);
        assertImport(r, "csv-gb18030.md",
                "csv-gb18030.csv:1:1: 表中没有“配套监管措施”列：每个条目都留了 # TODO，请补充");
    }

    @Test
    void sheetPicksTheSheetAndAnUnknownSheetNamesTheOthers() throws Exception {
        Path file = DepartmentFiles.excelFormulasAndText(dir);
        assertEquals(expected("excel-formulas.md"), run(file, "scjgj", "excel-formulas", "清单", null).text());
        ImportException none = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> run(file, "scjgj", "excel-formulas", "第三张", null));
        assertEquals("没有名为“第三张”的工作表；本文件的工作表：说明、清单", none.getMessage());
        ImportException notAList = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> run(file, "scjgj", "excel-formulas", "说明", null));
        org.junit.jupiter.api.Assertions.assertTrue(notAList.getMessage().startsWith("找不到清单表格"), notAList.getMessage());
    }

    /** The import's list file equals the hand-written one, and its problems are these. */
    private static void assertImport(Importer.Result r, String expectedFile, String... problems) throws IOException {
        Path actual = Path.of("target", "import-actual", expectedFile);
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, r.text()); // to compare by hand when this fails
        assertEquals(expected(expectedFile), r.text(), expectedFile);
        assertEquals(List.of(problems), r.problems(), expectedFile + " problems");
    }

    private static Importer.Result run(Path file, String department, String listId, String sheet, Integer table) throws Exception {
        return Importer.run(file, file.getFileName().toString(), new Importer.Options(department, listId, sheet, table));
    }

    static String expected(String name) throws IOException {
        try (InputStream in = ImportFixtureTest.class.getResourceAsStream("/importer/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
