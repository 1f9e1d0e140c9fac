package cn.rxzf.portal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number formats of a workbook's cell styles, read from styles.xml with SAX, so that a number shows as Excel shows
 * it (a date as a date, 0.5 as 50% where so formatted). POI's own styles table would load the XMLBeans schema for
 * the whole stylesheet, which cost 0.4 s of CPU per import for a few format codes.
 */
final class XlsxNumberFormats {
    private static final DataFormatter FORMATTER = new DataFormatter();
    private final List<Integer> formatOfStyle = new ArrayList<>();
    private final Map<Integer, String> codes = new HashMap<>();

    static XlsxNumberFormats read(InputStream styles) throws IOException, SAXException {
        XlsxNumberFormats f = new XlsxNumberFormats();
        if (styles == null) return f;
        try {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                private boolean inCellXfs;

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    switch (local) {
                        case "numFmt" -> {
                            Integer id = number(atts.getValue("numFmtId"));
                            if (id != null && atts.getValue("formatCode") != null) f.codes.put(id, atts.getValue("formatCode"));
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs && f.formatOfStyle.size() < 65_536) {
                                Integer id = number(atts.getValue("numFmtId"));
                                f.formatOfStyle.add(id == null ? 0 : id);
                            }
                        }
                        default -> {}
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    if (local.equals("cellXfs")) inCellXfs = false;
                }
            });
            parser.parse(new InputSource(styles));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return f;
    }

    /** A cell's text: a number cell ({@code type} absent or "n") in its style's format, anything else as it is. */
    String text(String raw, String type, String style) {
        if (raw == null || raw.isEmpty() || (type != null && !type.equals("n"))) return raw;
        Integer s = style == null ? Integer.valueOf(0) : number(style);
        int id = s != null && s >= 0 && s < formatOfStyle.size() ? formatOfStyle.get(s) : 0;
        String code = codes.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
        try {
            return FORMATTER.formatRawCellContents(Double.parseDouble(raw), id, code == null ? "General" : code);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
