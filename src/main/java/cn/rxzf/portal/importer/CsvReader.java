package cn.rxzf.portal.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of text (Commons CSV). The encoding is detected: a byte-order mark, else UTF-8 when every byte
 * decodes as UTF-8, else GB18030 (what Excel and WPS on Chinese Windows save as “CSV”). Tab-separated text is
 * recognised by its first line.
 */
final class CsvReader {
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {}

    static SourceTable read(Path file) throws ImportException, IOException {
        String text = decode(Files.readAllBytes(file));
        int firstLine = text.indexOf('\n');
        String head = firstLine < 0 ? text : text.substring(0, firstLine);
        char delimiter = count(head, '\t') > count(head, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= Limits.ROWS) throw new ImportException("CSV 文件超过 " + Limits.ROWS + " 行，不像一份清单，不予导入");
                if (record.size() > Limits.COLUMNS) {
                    throw new ImportException("CSV 文件第 " + record.getRecordNumber() + " 行超过 " + Limits.COLUMNS + " 列，不像一份清单，不予导入");
                }
                List<String> cells = new ArrayList<>(record.size());
                for (String v : record) cells.add(unguard(Text.clean(v)));
                rows.add(new Row((int) record.getRecordNumber(), cells));
            }
        } catch (UncheckedIOException e) {
            throw new ImportException("CSV 文件格式有误（引号不成对？）：" + e.getCause().getMessage(), e);
        }
        return new SourceTable(null, rows, false, List.of(), List.of());
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    /** The apostrophe the portal's own CSV puts before a cell a spreadsheet would take for a formula. */
    private static String unguard(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
