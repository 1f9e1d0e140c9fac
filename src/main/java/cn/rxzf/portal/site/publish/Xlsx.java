package cn.rxzf.portal.site.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Excel workbook (Office Open XML, {@code .xlsx}): a zip of six small XML files, written here rather than
 * with a spreadsheet library because a header row, text and whole numbers are all the open data needs. Text goes
 * in as inline strings (no shared-string table), numbers as numbers; the header row is bold and frozen. Same rows,
 * same bytes: entries carry a fixed date.
 */
public final class Xlsx {
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int MAX_CELL_CHARS = 32_767;
    private static final int FLUSH_CHARS = 1 << 16;

    private Xlsx() {}

    /** A workbook with one sheet; cells are {@link String}, {@link Number} or null (empty). */
    public static byte[] workbook(String sheetName, List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // Fastest deflate: on the 10,000-item site's sheets 2.5x less CPU than the default level for 22-25 % more
            // bytes (provisions.xlsx 2.45 -> 3.06 MB); the workbooks were the build's largest single native cost.
            zip.setLevel(Deflater.BEST_SPEED);
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetTitle(sheetName))));
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            put(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>\
                    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                    </styleSheet>""");
            ZipEntry sheet = new ZipEntry("xl/worksheets/sheet1.xml");
            sheet.setTimeLocal(FIXED);
            zip.putNextEntry(sheet);
            sheet(zip, header, rows);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The sheet, written to {@code out} a few rows at a time: held whole, the site-wide workbooks of a 100,000-item
     * site took hundreds of megabytes of heap each (the text, then its copy, then its bytes).
     */
    private static void sheet(OutputStream out, List<String> header, List<? extends List<?>> rows) throws IOException {
        StringBuilder sb = new StringBuilder(FLUSH_CHARS + 4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
                .append("<cols>");
        for (int c = 0; c < header.size(); c++) {
            int width = Math.max(8, Math.min(60, header.get(c).length() * 2 + 4));
            for (List<?> row : rows.subList(0, Math.min(rows.size(), 50))) {
                Object v = c < row.size() ? row.get(c) : null;
                if (v != null) width = Math.max(width, Math.min(60, v.toString().length() * 2));
            }
            sb.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(width)
                    .append("\" customWidth=\"1\"/>");
        }
        sb.append("</cols><sheetData>");
        row(sb, 1, header, 1);
        for (int r = 0; r < rows.size(); r++) {
            row(sb, r + 2, rows.get(r), 2);
            if (sb.length() >= FLUSH_CHARS) {
                drain(sb, out);
            }
        }
        drain(sb.append("</sheetData></worksheet>"), out);
    }

    /**
     * Whole rows as UTF-8 into the zip entry ({@code String.getBytes}, not an {@code OutputStreamWriter}: its
     * encoder took a tenth of a site-wide workbook's time, copying the text first).
     */
    private static void drain(StringBuilder sb, OutputStream out) throws IOException {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
    }

    private static void row(StringBuilder sb, int r, List<?> cells, int style) {
        sb.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) continue;
            String ref = column(c) + r;
            if (v instanceof Number n) {
                sb.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
            } else {
                String text = v.toString();
                if (text.length() > MAX_CELL_CHARS) text = text.substring(0, MAX_CELL_CHARS);
                sb.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is>")
                        .append(keepsSpaces(text) ? "<t xml:space=\"preserve\">" : "<t>");
                escape(sb, text);
                sb.append("</t></is></c>");
            }
        }
        sb.append("</row>");
    }

    /**
     * Whether a reader could change the text's white space unless told to keep it: space at either end, a line break
     * or tab, or two spaces running. Most cells have none, and the attribute on every cell was a fifth of the sheet.
     */
    static boolean keepsSpaces(String text) {
        if (text.isEmpty()) return false;
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) return true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\t' || ch == '\r' || ch == '\u3000'
                    || ch == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') return true;
        }
        return false;
    }

    /** A, B, … Z, AA, AB … */
    static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) sb.insert(0, (char) ('A' + (i - 1) % 26));
        return sb.toString();
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ . */
    private static String sheetTitle(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (s.isEmpty()) s = "Sheet1";
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** XML text: escaped, and without the control characters XML 1.0 cannot hold. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s);
        return sb.toString();
    }

    /** {@link #escape(String)} appended to {@code sb}; text that needs nothing is appended whole. */
    private static void escape(StringBuilder sb, String s) {
        int i = 0;
        while (i < s.length() && plain(s.charAt(i))) i++;
        if (i == s.length()) {
            sb.append(s);
            return;
        }
        sb.append(s, 0, i);
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') sb.append(ch);
                }
            }
        }
    }

    private static boolean plain(char ch) {
        return ch >= 0x20 ? ch != '&' && ch != '<' && ch != '>' && ch != '"' : ch == '\n' || ch == '\t' || ch == '\r';
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
