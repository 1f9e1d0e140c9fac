package cn.rxzf.portal.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
 * A CSV file as rows of text (Commons CSV), streamed. The encoding is detected: a byte-order mark, else UTF-8 when
 * every byte decodes as UTF-8 (checked in blocks), else GB18030 (what Excel and WPS on Chinese Windows save as “CSV”). Tab-separated text is
 * recognised by its first line.
 */
final class CsvReader {
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Bytes read first to find a byte-order mark and the delimiter on the first line. */
    private static final int HEAD_BYTES = 64 * 1024;

    private CsvReader() {}

    static SourceTable read(Path file) throws ImportException, IOException {
        Charset charset;
        int bom;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
            bom = 0;
        }
        String start = new String(head, bom, head.length - bom, charset);
        int firstLine = start.indexOf('\n');
        String firstRow = firstLine < 0 ? start : start.substring(0, firstLine);
        char delimiter = count(firstRow, '\t') > count(firstRow, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
        List<Row> rows = new ArrayList<>();
        // streamed: the file's text is never held whole, only the cells of its rows
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new BufferedReader(new InputStreamReader(skip(in, bom), charset));
             CSVParser parser = CSVParser.parse(reader, format)) {
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

    /** Whether every byte of the file decodes as UTF-8 (read in blocks, so the file is never held whole). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                if (r.isError()) return false;
                out.clear();
                in.compact();
            }
            in.flip();
            return !decoder.flush(out).isError() && !in.hasRemaining();
        }
    }

    private static InputStream skip(InputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
        return in;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** The apostrophe the portal's own CSV puts before a cell a spreadsheet would take for a formula. */
    private static String unguard(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
