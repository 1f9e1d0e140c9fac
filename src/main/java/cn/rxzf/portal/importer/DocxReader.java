package cn.rxzf.portal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The tables of a .docx document as rows of text, streamed from the main document part that POI's package layer finds
 * (so a large document is never held as objects, and rows and columns past {@link Limits} stop the parse). Merged
 * cells — {@code gridSpan} across, {@code vMerge} down — carry their value in every cell; paragraphs in a cell are
 * lines; the paragraphs just above a table (its title) and just below it (its notes) come with it. A table inside
 * a cell is read as that cell's text.
 */
final class DocxReader {
    private static final int PARAGRAPHS_KEPT = 6;
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("(备\\s*注|注|说明|附注)\\s*[0-9０-９]*\\s*[：:.．、]");
    private static final java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile("附\\s*件\\s*[0-9０-９一二三四五六七八九十]*\\s*[：:]?");
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("[一二三四五六七八九十]+、");

    static {
        ZipSecureFile.setMaxEntrySize(Limits.UNZIPPED_BYTES);
    }

    private DocxReader() {}

    static List<SourceTable> read(Path file) throws ImportException, IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.size() == 0) throw new ImportException("文件中没有 Word 正文（不是有效的 .docx 文件）");
            PackagePart main = pkg.getPart(rels.getRelationship(0));
            if (main == null) throw new ImportException("文件中没有 Word 正文（不是有效的 .docx 文件）");
            Handler handler = new Handler();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            try (InputStream in = main.getInputStream()) {
                parser.parse(new InputSource(in));
            } catch (TooLarge e) {
                throw new ImportException(e.getMessage());
            }
            return handler.tables();
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | IOException | RuntimeException e) {
            throw XmlErrors.unreadable(e);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** A cell as written: its text, how many grid columns it spans, and whether it continues the merge above. */
    private record Cell(String text, int span, boolean continuesAbove) {}

    private static final class Handler extends DefaultHandler {
        private final List<SourceTable> tables = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>(); // outside tables, since the last table
        private List<List<Cell>> rows;
        private List<String> above;
        private List<Cell> row;
        private int tableDepth;
        private int gridBefore;
        private StringBuilder cellText;
        private int span = 1;
        private boolean continues;
        private final StringBuilder paragraph = new StringBuilder();
        private boolean inText;
        private int totalRows;
        private long totalCells;

        List<SourceTable> tables() {
            if (!tables.isEmpty()) {
                SourceTable last = tables.remove(tables.size() - 1);
                tables.add(withBelow(last));
            }
            return tables;
        }

        /** The table with the paragraphs after it as its notes, up to where the next table's title starts. */
        private SourceTable withBelow(SourceTable t) {
            int end = 0;
            while (end < Math.min(PARAGRAPHS_KEPT, paragraphs.size()) && !startsAnother(paragraphs.get(end))) end++;
            return new SourceTable(t.label(), t.rows(), false, t.above(), List.copyOf(paragraphs.subList(0, end)));
        }

        /** Whether a paragraph after a table opens something else: “附件2”, “二、从轻处罚事项清单”, a list's title. */
        private static boolean startsAnother(String paragraph) {
            if (NOTE.matcher(paragraph).lookingAt()) return false;
            return ATTACHMENT.matcher(paragraph).matches() || SECTION.matcher(paragraph).lookingAt()
                    || paragraph.length() <= 80 && (paragraph.contains("清单") || paragraph.contains("目录"));
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "tbl" -> {
                    if (++tableDepth == 1) {
                        int from = 0; // after a table, its notes are not the next table's title
                        if (!tables.isEmpty()) {
                            SourceTable previous = withBelow(tables.remove(tables.size() - 1));
                            tables.add(previous);
                            from = previous.below().size();
                        }
                        above = List.copyOf(paragraphs.subList(Math.max(from, paragraphs.size() - PARAGRAPHS_KEPT), paragraphs.size()));
                        paragraphs.clear();
                        rows = new ArrayList<>();
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        if (++totalRows > Limits.ROWS) throw new TooLarge("Word 表格超过 " + Limits.ROWS + " 行，不像一份清单，不予导入");
                        row = new ArrayList<>();
                        gridBefore = 0;
                    }
                }
                case "gridBefore" -> {
                    if (tableDepth == 1 && cellText == null) gridBefore = number(atts, 0);
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        if (row.isEmpty()) for (int i = 0; i < gridBefore; i++) row.add(new Cell("", 1, false));
                        cellText = new StringBuilder();
                        span = 1;
                        continues = false;
                    }
                }
                case "gridSpan" -> {
                    if (tableDepth == 1) span = Math.max(1, Math.min(Limits.COLUMNS, number(atts, 1)));
                }
                case "vMerge" -> {
                    if (tableDepth == 1) continues = !"restart".equals(value(atts));
                }
                case "t" -> inText = true;
                case "tab" -> paragraph.append(' ');
                case "br", "cr" -> paragraph.append('\n');
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "t" -> inText = false;
                case "p" -> {
                    String text = Text.clean(paragraph.toString());
                    paragraph.setLength(0);
                    if (text.isEmpty()) return;
                    if (cellText != null) {
                        if (!cellText.isEmpty()) cellText.append('\n');
                        cellText.append(text);
                    } else if (tableDepth == 0) {
                        paragraphs.add(text);
                        if (paragraphs.size() > 4 * PARAGRAPHS_KEPT) paragraphs.remove(0);
                    }
                }
                case "tc" -> {
                    if (tableDepth == 1 && cellText != null) {
                        row.add(new Cell(Text.clean(cellText.toString()), span, continues));
                        cellText = null;
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1 && row != null) {
                        int width = row.stream().mapToInt(Cell::span).sum();
                        if (width > Limits.COLUMNS) throw new TooLarge("Word 表格超过 " + Limits.COLUMNS + " 列，不像一份清单，不予导入");
                        totalCells += width;
                        if (totalCells > Limits.CELLS) throw new TooLarge("Word 表格的单元格过多（合并单元格按所占格数计），不像一份清单，不予导入");
                        rows.add(row);
                        row = null;
                    }
                }
                case "tbl" -> {
                    if (tableDepth-- == 1) tables.add(table(tables.size() + 1, rows, above));
                }
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && paragraph.length() < Limits.CELL_CHARS) paragraph.append(ch, start, length);
        }

        private static SourceTable table(int number, List<List<Cell>> written, List<String> above) {
            List<Row> rows = new ArrayList<>(written.size());
            List<String> previous = List.of();
            for (int r = 0; r < written.size(); r++) {
                List<String> cells = new ArrayList<>();
                for (Cell c : written.get(r)) {
                    for (int i = 0; i < c.span(); i++) {
                        int col = cells.size();
                        cells.add(c.continuesAbove() && col < previous.size() ? previous.get(col) : c.text());
                    }
                }
                rows.add(new Row(r + 1, cells));
                previous = cells;
            }
            return new SourceTable("table " + number, rows, false, above, List.of());
        }

        private static String value(Attributes atts) {
            for (int i = 0; i < atts.getLength(); i++) {
                if ("val".equals(atts.getLocalName(i))) return atts.getValue(i);
            }
            return null;
        }

        private static int number(Attributes atts, int otherwise) {
            try {
                String v = value(atts);
                return v == null ? otherwise : Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }
}
