import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a department-style list workbook of N items for the import bench: a title row merged across, two header
 * rows (法律依据 over 违反条款 and 处罚依据), enumerated conditions, a notes row. Shared strings, as Excel saves them.
 *
 *   java -cp target/portal.jar bench/import/MakeSheet.java N OUT.xlsx
 */
public class MakeSheet {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("清单");
            s.createRow(0).createCell(0).setCellValue("某市市场监管领域轻微违法行为不予处罚清单（第一批）");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:I1"));
            String[] top = {"序号", "违法行为", "法律依据", "", "适用条件", "处理结果", "配套措施", "实施机关", "权力编码"};
            String[] sub = {"", "", "违反条款", "处罚依据", "", "", "", "", ""};
            row(s.createRow(1), top);
            row(s.createRow(2), sub);
            for (String m : new String[] {"A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3"}) {
                s.addMergedRegion(CellRangeAddress.valueOf(m));
            }
            for (int i = 1; i <= n; i++) {
                XSSFRow r = s.createRow(i + 2);
                r.createCell(0).setCellValue(i);
                row(r, null, "第" + i + "种未按规定在经营场所醒目位置公示营业执照或者相关许可证件的行为",
                        "《市场主体登记管理条例》第" + (i % 50 + 1) + "条第一款",
                        "《市场主体登记管理条例》第" + (i % 40 + 10) + "条，由登记机关责令改正，处以罚款",
                        "（一）首次被发现；（二）在责令改正期限内改正；（三）未造成危害后果；（四）当事人签署承诺书",
                        i % 3 == 0 ? "可以不予行政处罚" : "不予行政处罚", "批评教育；责令改正；行政回访",
                        "某市市场监督管理局", "3300190" + String.format("%05d", i));
            }
            row(s.createRow(n + 4), "注：本清单自发布之日起施行，由市市场监督管理局负责解释。");
            s.addMergedRegion(new CellRangeAddress(n + 4, n + 4, 0, 8));
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                wb.write(out);
            }
        }
    }

    private static void row(XSSFRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null && !texts[i].isEmpty()) row.createCell(i).setCellValue(texts[i]);
        }
    }
}
