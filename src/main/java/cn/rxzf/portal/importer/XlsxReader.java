package cn.rxzf.portal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of an .xlsx workbook as rows of text, streamed (POI's event API: no sheet is held as objects, and rows
 * and columns past {@link Limits} stop the parse). Cells read as Excel shows them — a formula as its last computed
 * value, a number in its display format — and merged ranges carry their top-left value in every cell.
 */
final class XlsxReader {
    static {
        ZipSecureFile.setMaxEntrySize(Limits.UNZIPPED_BYTES);
    }

    private XlsxReader() {}

    /** Every sheet, or only the sheet named {@code onlySheet} when it is not null. */
    static List<SourceTable> read(Path file, String onlySheet) throws ImportException, IOException {
        List<SourceTable> sheets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new LimitedStrings(pkg);
            XlsxNumberFormats formats;
            try (InputStream styles = stylesData(reader)) {
                formats = XlsxNumberFormats.read(styles);
            }
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    names.add(name);
                    if (onlySheet != null && !onlySheet.equals(name)) continue;
                    sheets.add(sheet(name, in, formats, strings));
                }
            }
        } catch (TooLarge e) {
            throw new ImportException(e.getMessage());
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            throw XmlErrors.unreadable(e);
        }
        if (onlySheet != null && sheets.isEmpty()) {
            throw new ImportException("没有名为“" + onlySheet + "”的工作表；本文件的工作表：" + String.join("、", names));
        }
        return sheets;
    }

    private static InputStream stylesData(XSSFReader reader) {
        try {
            return reader.getStylesData();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return null; // a workbook without styles: numbers in the General format
        }
    }

    private static SourceTable sheet(String name, InputStream in, XlsxNumberFormats formats, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException, ImportException {
        Cells cells = new Cells(name, formats);
        List<CellRangeAddress> merges = new ArrayList<>();
        // No styles table for POI's handler: numbers come raw and Cells formats them (see XlsxNumberFormats).
        XSSFSheetXMLHandler cellHandler = new XSSFSheetXMLHandler(null, strings, cells, new DataFormatter(), false);
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
                if ("mergeCell".equals(local) && atts.getValue("ref") != null && merges.size() < Limits.ROWS) {
                    merges.add(CellRangeAddress.valueOf(atts.getValue("ref")));
                } else if ("c".equals(local)) {
                    cells.type = atts.getValue("t");
                    cells.style = atts.getValue("s");
                }
                cellHandler.startElement(uri, local, qName, atts);
            }

            @Override
            public void endElement(String uri, String local, String qName) throws SAXException {
                cellHandler.endElement(uri, local, qName);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                cellHandler.characters(ch, start, length);
            }
        };
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(in));
        } catch (TooLarge e) {
            throw new ImportException(e.getMessage());
        }
        try {
            return new SourceTable(name, cells.rows(merges), true, List.of(), List.of());
        } catch (TooLarge e) {
            throw new ImportException(e.getMessage());
        }
    }

    /** POI's shared-strings table, refusing more than {@link Limits#SHARED_STRINGS} texts while it reads them. */
    private static final class LimitedStrings extends ReadOnlySharedStringsTable {
        private int read; // counted from inside the superclass constructor, which parses: no initializer here

        LimitedStrings(OPCPackage pkg) throws IOException, SAXException {
            super(pkg, false);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if ("si".equals(local) && ++read > Limits.SHARED_STRINGS) {
                throw new TooLarge("工作簿中不同的文字超过 " + Limits.SHARED_STRINGS + " 段，不像一份清单，不予导入");
            }
            super.endElement(uri, local, qName);
        }
    }

    /** Thrown from inside the parse when the sheet passes a limit. */
    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final XlsxNumberFormats formats;
        private final TreeMap<Integer, TreeMap<Integer, String>> byRow = new TreeMap<>();
        private int maxColumn = -1;
        /** The type and style attributes of the cell being read. */
        String type;
        String style;

        Cells(String sheet, XlsxNumberFormats formats) {
            this.sheet = sheet;
            this.formats = formats;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= Limits.ROWS) {
                throw new TooLarge("工作表“" + sheet + "”超过 " + Limits.ROWS + " 行，不像一份清单，不予导入");
            }
        }

        @Override
        public void endRow(int rowNum) {}

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            CellReference r = new CellReference(ref);
            if (r.getCol() >= Limits.COLUMNS) {
                throw new TooLarge("工作表“" + sheet + "”超过 " + Limits.COLUMNS + " 列，不像一份清单，不予导入");
            }
            if (r.getRow() >= Limits.ROWS) {
                throw new TooLarge("工作表“" + sheet + "”超过 " + Limits.ROWS + " 行，不像一份清单，不予导入");
            }
            String text = Text.clean(formats.text(value, type, style));
            if (text.isEmpty()) return;
            byRow.computeIfAbsent(r.getRow(), k -> new TreeMap<>()).put((int) r.getCol(), text);
            maxColumn = Math.max(maxColumn, r.getCol());
        }

        /** The sheet's rows, each as long as its last cell; merged ranges filled (at most {@link Limits#CELLS}). */
        List<Row> rows(List<CellRangeAddress> merges) {
            int lastRow = byRow.isEmpty() ? -1 : byRow.lastKey();
            List<List<String>> grid = new ArrayList<>(lastRow + 1);
            for (int r = 0; r <= lastRow; r++) {
                TreeMap<Integer, String> cols = byRow.get(r);
                List<String> cells = new ArrayList<>();
                if (cols != null) {
                    cells.addAll(java.util.Collections.nCopies(cols.lastKey() + 1, ""));
                    cols.forEach(cells::set);
                }
                grid.add(cells);
            }
            long filled = 0;
            for (CellRangeAddress m : merges) {
                if (m.getFirstRow() > lastRow || m.getFirstColumn() > maxColumn) continue;
                List<String> top = grid.get(m.getFirstRow());
                String value = m.getFirstColumn() < top.size() ? top.get(m.getFirstColumn()) : "";
                if (value.isEmpty()) continue;
                for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), lastRow); r++) {
                    List<String> row = grid.get(r);
                    for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), maxColumn); c++) {
                        if (++filled > Limits.CELLS) throw new TooLarge("工作表“" + sheet + "”的合并单元格过多，不像一份清单，不予导入");
                        while (row.size() <= c) row.add("");
                        row.set(c, value);
                    }
                }
            }
            List<Row> rows = new ArrayList<>(grid.size());
            for (int r = 0; r < grid.size(); r++) rows.add(new Row(r + 1, grid.get(r)));
            return rows;
        }
    }
}
