package cn.rxzf.portal.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Files made the way departments make them — in Word and Excel (here through POI, so each is readable as code), and
 * a CSV saved by Excel on Chinese Windows — for the import tests to compare with hand-written list files.
 */
public final class DepartmentFiles {
    private DepartmentFiles() {}

    /**
     * A Word document: a title paragraph, then a table whose first row is the title again merged across all columns,
     * a header, three items whose 实施机关 cell is merged down over all of them, conditions as (一)(二) in a sentence,
     * as separate paragraphs, and as one running clause; a note paragraph below.
     */
    public static Path wordMergedWithTitle(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("附件1");
            doc.createParagraph().createRun().setText("某市市场监管领域轻微违法行为不予处罚清单（第一批）");
            XWPFTable t = doc.createTable(5, 6);
            row(t.getRow(0), "某市市场监管领域轻微违法行为不予处罚清单", "", "", "", "", "");
            spanAcross(t.getRow(0), 6);
            row(t.getRow(1), "序号", "违法行为", "法律依据", "处罚依据", "不予处罚情形", "执法主体");
            row(t.getRow(2), "1", "未在经营场所醒目位置亮照经营", "《市场主体登记管理条例》第三十六条",
                    "《市场主体登记管理条例》第四十八条第一款", "（一）首次被发现；（二）及时改正；（三）未造成危害后果。", "某市市场监督管理局");
            row(t.getRow(3), "2", "广告中使用“国家级”“最高级”等用语", "《广告法》第九条第三项", "《广告法》第五十七条",
                    "", "");
            paragraphs(t.getRow(3).getCell(4), "1. 首次违法", "2. 广告影响范围小", "3. 及时停止发布");
            row(t.getRow(4), "3", "销售的商品未按规定标明价格", "《价格法》第十三条", "《价格违法行为行政处罚规定》第十三条",
                    "违法行为轻微并及时改正，没有造成危害后果的", "");
            mergeDown(t, 5, 2, 4);
            doc.createParagraph().createRun().setText("注：本清单自发布之日起施行。");
            return save(doc, dir.resolve("word-merged.docx"));
        }
    }

    /** A Word document with two tables: 不予处罚 first, 从轻处罚 second (imported with --table 2). */
    public static Path wordTwoTables(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("一、不予处罚事项清单");
            XWPFTable a = doc.createTable(2, 4);
            row(a.getRow(0), "序号", "违法行为", "处罚依据", "适用条件");
            row(a.getRow(1), "1", "未按规定公示营业执照", "《条例》第四十八条", "首次违法且及时改正");
            doc.createParagraph().createRun().setText("二、从轻处罚事项清单");
            XWPFTable b = doc.createTable(3, 5);
            row(b.getRow(0), "序号", "违法行为", "违反条款", "处罚依据", "裁量标准");
            row(b.getRow(1), "1", "超过核定载质量运输货物", "《道路运输条例》第三十三条", "《道路运输条例》第六十九条",
                    "①超载不足百分之十；②主动卸载");
            row(b.getRow(2), "2", "未随车携带道路运输证", "《道路运输条例》第三十三条", "《道路运输条例》第六十八条",
                    "能当场出示电子证照的");
            return save(doc, dir.resolve("word-two-tables.docx"));
        }
    }

    /**
     * An Excel sheet: a title row merged across, two header rows (法律依据 merged over 违反条款 and 处罚依据; 序号 and
     * the others merged down), two items, an empty row, and a notes row merged across.
     */
    public static Path excelTwoHeaderRows(Path dir) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("不予处罚清单");
            cells(s.createRow(0), "某省生态环境轻微违法行为免罚清单");
            s.addMergedRegion(CellRangeAddress.valueOf("A1:H1"));
            cells(s.createRow(1), "序号", "违法行为", "法律依据", "", "免罚条件", "处罚结果", "配套措施", "管理领域");
            cells(s.createRow(2), "", "", "违反条款", "处罚依据", "", "", "", "");
            for (String m : List.of("A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:G3", "H2:H3")) {
                s.addMergedRegion(CellRangeAddress.valueOf(m));
            }
            cells(s.createRow(3), "1", "未按规定设置危险废物识别标志", "《固体废物污染环境防治法》第七十七条",
                    "《固体废物污染环境防治法》第一百一十二条", "1、首次违法；2、在责令改正期限内改正；3、未造成环境污染",
                    "依法不予行政处罚", "批评教育；责令改正", "生态环境");
            cells(s.createRow(4), "2", "未按规定公开环境信息", "《企业环境信息依法披露管理办法》第七条",
                    "《环境保护法》第六十二条", "初次违法且危害后果轻微并及时改正的", "不予处罚", "约谈提醒\n签署承诺书", "生态环境");
            cells(s.createRow(6), "注：1.本清单由市生态环境局负责解释。2.同一当事人二年内再次违反的，不适用本清单。");
            s.addMergedRegion(CellRangeAddress.valueOf("A7:H7"));
            return save(wb, dir.resolve("excel-two-headers.xlsx"));
        }
    }

    /**
     * An Excel sheet as a department keeps it: 序号 as formulas (=ROW()-1), 违反条款 numbers stored as text, a column
     * the format has no key for (权力编码), and a 处理结果 that names no outcome of the format.
     */
    public static Path excelFormulasAndText(Path dir) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本工作簿第二张表为清单。");
            XSSFSheet s = wb.createSheet("清单");
            cells(s.createRow(0), "序号", "事项名称", "违法依据", "处罚依据", "适用条件", "处理结果", "权力编码", "实施机关");
            String[][] rows = {
                    {"未按规定悬挂收费标准", "《价格法》第十三条", "《价格违法行为行政处罚规定》第十三条", "（1）首次发现（2）当场改正", "不予处罚"},
                    {"超出核准范围从事经营", "《条例》第二十条", "《条例》第四十条", "情节轻微", "责令改正，不予罚款"}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow r = s.createRow(i + 1);
                r.createCell(0).setCellFormula("ROW()-1");
                for (int c = 0; c < rows[i].length; c++) r.createCell(c + 1).setCellValue(rows[i][c]);
                r.createCell(6).setCellValue("33001900" + (i + 1)); // a number stored as text
                r.createCell(7).setCellValue("某县市场监督管理局");
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            return save(wb, dir.resolve("excel-formulas.xlsx"));
        }
    }

    /** A CSV file as Excel saves “CSV” on Chinese Windows: GB18030, no BOM, full-width digits in 序号, ①② conditions. */
    public static Path csvGb18030(Path dir) throws IOException {
        String text = """
                序号,违法行为,违反条款,处罚依据,适用条件,处理结果,实施机关,备注\r
                １,未按规定办理税务登记,《税收征收管理法》第十五条,《税收征收管理法》第六十条,"①首次违反
                ②在税务机关发现前主动改正",不予行政处罚,某市税务局,首违不罚\r
                ２,未按规定期限办理纳税申报,《税收征收管理法》第二十五条,《税收征收管理法》第六十二条,在税务机关责令限期改正的期限内改正的,首违不罚,某市税务局,\r
                """;
        Path file = dir.resolve("csv-gb18030.csv");
        Files.write(file, text.getBytes(Charset.forName("GB18030")));
        return file;
    }

    private static void row(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) row.getCell(i).setText(texts[i]);
    }

    private static void paragraphs(XWPFTableCell cell, String... lines) {
        cell.removeParagraph(0);
        for (String l : lines) cell.addParagraph().createRun().setText(l);
    }

    /** The first cell spans {@code n} grid columns; the others are removed. */
    private static void spanAcross(XWPFTableRow row, int n) {
        tcPr(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(n));
        for (int i = n - 1; i >= 1; i--) row.removeCell(i);
    }

    /** Column {@code col} merged down from row {@code first} to {@code last} (0-based rows). */
    private static void mergeDown(XWPFTable t, int col, int first, int last) {
        for (int r = first; r <= last; r++) {
            var merge = tcPr(t.getRow(r).getCell(col)).addNewVMerge();
            if (r == first) merge.setVal(STMerge.RESTART);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void cells(XSSFRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].isEmpty()) continue;
            XSSFCell c = row.createCell(i);
            c.setCellValue(texts[i]);
        }
    }

    private static Path save(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    private static Path save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
