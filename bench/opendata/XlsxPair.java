import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbooks of a built site made again by two jars' {@code Xlsx.workbook}, in one JVM, alternated, timed by the
 * thread's CPU clock: what the open-data step spends on spreadsheets, old against new, on the same rows.
 *
 *   java -cp OLD.jar XlsxPair.java OLD.jar NEW.jar SITE_DIR [ROUNDS]
 *
 * The rows are read back with POI from SITE_DIR's own workbooks (data/provisions.xlsx and every lists/* /*.xlsx).
 */
public class XlsxPair {
    record Book(String name, List<String> header, List<List<Object>> rows) {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        List<Book> books = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) books.add(read(p));
        }
        long rowCount = books.stream().mapToLong(b -> b.rows.size()).sum();
        String[] jars = {args[0], args[1]};
        Method[] workbook = new Method[2];
        for (int i = 0; i < 2; i++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jars[i]).toUri().toURL()}, null);
            workbook[i] = loader.loadClass("cn.rxzf.portal.site.publish.Xlsx").getMethod("workbook", String.class, List.class, List.class);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[2][rounds];
        long[] bytes = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = r % 2 == 0 ? turn : 1 - turn;
                long start = threads.getCurrentThreadCpuTime();
                long size = 0;
                for (Book b : books) size += ((byte[]) workbook[k].invoke(null, b.name, b.header, b.rows)).length;
                cpu[k][r] = threads.getCurrentThreadCpuTime() - start;
                bytes[k] = size;
            }
        }
        System.out.printf("%d workbooks, %d rows; %d rounds, old and new alternated, the first 2 not counted%n",
                books.size(), rowCount, rounds);
        double[] median = new double[2];
        for (int k = 0; k < 2; k++) {
            long[] c = Arrays.copyOfRange(cpu[k], 2, rounds);
            Arrays.sort(c);
            median[k] = c[c.length / 2] / 1e6;
            System.out.printf("%s %s: CPU median %.0f ms (min %.0f, max %.0f), %,d bytes%n", k == 0 ? "old" : "new",
                    jars[k], median[k], c[0] / 1e6, c[c.length - 1] / 1e6, bytes[k]);
        }
        System.out.printf("new/old: CPU %.2f, bytes %.2f%n", median[1] / median[0], (double) bytes[1] / bytes[0]);
    }

    private static Book read(Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            for (Cell c : sheet.getRow(0)) header.add(c.getStringCellValue());
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) continue;
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null ? null : c.getCellType() == CellType.NUMERIC ? (Object) (long) c.getNumericCellValue() : c.getStringCellValue());
                }
                rows.add(cells);
            }
            return new Book(book.getSheetName(0), header, rows);
        }
    }
}
