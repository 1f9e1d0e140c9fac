package cn.rxzf.portal.importer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.site.publish.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files are refused with a clear message, before their content is held in memory: a zip bomb, a million
 * rows, ten thousand columns, external entities, macros, a password.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    @Test
    void zipBombIsRefusedWhileInflating() throws Exception {
        Path file = rewrite(valid("bomb.xlsx"), "bomb.xlsx", "xl/media/image1.bin", out -> {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 101; i++) out.write(zeros);
        });
        assertTrue(Files.size(file) < 1_000_000, "the bomb is small on disk");
        assertRefused(file, "解压后超过 100 MB");
    }

    @Test
    void aMillionRowsAreRefusedAtTheRowLimit() throws Exception {
        Path file = rewrite(valid("rows.xlsx"), "rows.xlsx", "xl/worksheets/sheet1.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= 1_000_000; r++) out.write(("<row r=\"" + r + "\"/>").getBytes(StandardCharsets.US_ASCII));
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        long before = usedHeap();
        assertRefused(file, "超过 100000 行");
        assertTrue(usedHeap() - before < 200L << 20, "memory stays bounded");
    }

    @Test
    void tenThousandColumnsAreRefused() throws Exception {
        Path file = rewrite(valid("cols.xlsx"), "cols.xlsx", "xl/worksheets/sheet1.xml", out -> {
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            for (int c = 0; c < 10_000; c++) {
                sb.append("<c r=\"").append(SourceTable.letters(c)).append("1\" t=\"inlineStr\"><is><t>x</t></is></c>");
            }
            out.write(sb.append("</row></sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(file, "超过 500 列");
    }

    @Test
    void aMergedRangeCoveringMillionsOfCellsIsRefused() throws Exception {
        String far = SourceTable.letters(Limits.COLUMNS - 1) + (Limits.ROWS - 1);
        Path file = rewrite(valid("merge.xlsx"), "merge.xlsx", "xl/worksheets/sheet1.xml", out -> out.write((
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "<row r=\"" + (Limits.ROWS - 1) + "\"><c r=\"" + far + "\" t=\"inlineStr\"><is><t>y</t></is></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:" + far + "\"/></mergeCells></worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertRefused(file, "合并单元格过多");
    }

    @Test
    void externalEntitiesAreRefusedInSheetsAndDocuments() throws Exception {
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
        Path xlsx = rewrite(valid("xxe.xlsx"), "xxe.xlsx", "xl/worksheets/sheet1.xml", out -> out.write((doctype
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertRefused(xlsx, "外部实体");
        Path docx = rewrite(DepartmentFiles.wordTwoTables(dir), "xxe.docx", "word/document.xml", out -> out.write((doctype
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8)));
        assertRefused(docx, "外部实体");
    }

    @Test
    void aDocumentThatInflatesAThousandfoldIsRefusedInChinese() throws Exception {
        // a million identical table rows: under 100 MB inflated, but POI's inflate-ratio check stops it first
        Path docx = rewrite(DepartmentFiles.wordTwoTables(dir), "rows.docx", "word/document.xml", out -> {
            out.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] row = "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>".getBytes(StandardCharsets.UTF_8);
            for (int r = 0; r < 1_000_000; r++) out.write(row);
            out.write("</w:tbl></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(docx, "word/document.xml 解压后是压缩前的 100 倍以上（疑似压缩炸弹）");
    }

    @Test
    void millionsOfSharedStringsAreRefusedWhileRead() throws Exception {
        // a workbook that has a shared-strings part (the portal's own downloads write their texts inline)
        Path libreOffice = dir.resolve("lo.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/importer/libreoffice/excel-conditions-on-merged-rows.xlsx")) {
            Files.copy(in, libreOffice);
        }
        Path file = rewrite(libreOffice, "strings.xlsx", "xl/sharedStrings.xml", out -> {
            out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i <= Limits.SHARED_STRINGS; i++) out.write(("<si><t>" + i + "</t></si>").getBytes(StandardCharsets.US_ASCII));
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(file, "不同的文字超过 200000 段");
    }

    @Test
    void webPagesAndPdfFilesSayWhatToDoInstead() throws Exception {
        assertRefused(Files.writeString(dir.resolve("清单.html"), "<table></table>"), "在浏览器中选中整个表格复制，粘贴到 Excel");
        assertRefused(Files.writeString(dir.resolve("清单.pdf"), "%PDF"), "索取清单的 Word 或 Excel 原件");
        assertRefused(Files.writeString(dir.resolve("清单.ods"), "x"), "保存类型选 Excel 工作簿（.xlsx）");
    }

    @Test
    void macroEnabledFilesAreRefused() throws Exception {
        Path xlsm = Files.copy(valid("m.xlsx"), dir.resolve("list.xlsm"));
        assertRefused(xlsm, "启用了宏");
        Path docm = Files.copy(DepartmentFiles.wordTwoTables(dir), dir.resolve("list.docm"));
        assertRefused(docm, "启用了宏");
        Path renamed = rewrite(valid("vba.xlsx"), "vba.xlsx", "xl/vbaProject.bin", out -> out.write(new byte[] {1, 2, 3}));
        assertRefused(renamed, "含有宏");
    }

    @Test
    void passwordProtectedFilesAreRefused() throws Exception {
        Path plain = valid("plain.xlsx");
        Path encrypted = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mima");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os); // the package's bytes, encrypted
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(encrypted, "受密码保护");
    }

    @Test
    void brokenAndOldFilesAreRefused() throws Exception {
        assertRefused(Files.writeString(dir.resolve("broken.xlsx"), "not a zip"), "不是有效的 .xlsx 文件");
        assertRefused(Files.writeString(dir.resolve("old.xls"), "x"), "旧版二进制格式（.xls）：请用 Excel 或 WPS 表格 打开它");
        assertRefused(Files.writeString(dir.resolve("list.pdf"), "x"), "不支持的文件类型");
        assertRefused(Files.writeString(dir.resolve("notes.csv"), "标题,作者\r\n甲,乙\r\n"), "找不到清单表格");
    }

    private Path valid(String name) throws IOException {
        Path file = dir.resolve("valid-" + name);
        var list = cn.rxzf.portal.importer.ImportFixtures.sampleList();
        return Files.write(file, DataFiles.xlsx(list, "https://example.gov.cn"));
    }

    private static void assertRefused(Path file, String expected) {
        ImportException e = assertThrows(ImportException.class,
                () -> Importer.run(file, file.getFileName().toString(), new Importer.Options("scj", "x", null, null)));
        assertTrue(e.getMessage().contains(expected), () -> "message: " + e.getMessage());
    }

    /** A copy of {@code source} with one entry replaced or added, its bytes written by {@code body}. */
    private Path rewrite(Path source, String name, String entry, IoConsumer body) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().equals(entry)) continue;
                zip.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream is = in.getInputStream(e)) {
                    is.transferTo(zip);
                }
            }
            zip.putNextEntry(new ZipEntry(entry));
            body.accept(zip);
            zip.closeEntry();
        }
        return out;
    }

    interface IoConsumer {
        void accept(OutputStream out) throws IOException;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
