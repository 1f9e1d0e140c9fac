package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A list as open data: CSV for Excel users (UTF-8 with BOM, CRLF) and JSON for programs; URLs are absolute. */
public final class DataFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final List<String> CSV_HEADER = List.of("序号", "条目编号", "违法行为", "违反条款", "处罚依据", "适用条件",
            "处理结果", "处理说明", "实施机关", "配套监管措施", "领域", "关键词", "备注", "网址");

    private DataFiles() {}

    public static byte[] csv(EnforcementList list, String baseUrl) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, CSV_HEADER);
        for (Item i : list.items()) row(sb, cells(i, baseUrl));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same table as the CSV, as an Excel workbook (序号 as a number). */
    public static byte[] xlsx(EnforcementList list, String baseUrl) {
        List<List<Object>> rows = new ArrayList<>();
        for (Item i : list.items()) {
            List<Object> row = new ArrayList<>(cells(i, baseUrl));
            row.set(0, i.seq());
            rows.add(row);
        }
        return Xlsx.workbook(list.id(), CSV_HEADER, rows);
    }

    /** An item's cells under {@link #CSV_HEADER}. */
    static List<String> cells(Item i, String baseUrl) {
        return List.of(String.valueOf(i.seq()), i.id(), i.violation(), i.violatedProvisions(), i.penaltyBasis(),
                numbered(i.conditions()), i.outcome(), nz(i.outcomeNote()), i.authority(),
                String.join("；", i.measures()), i.area(), String.join("；", i.keywords()), nz(i.note()), baseUrl + i.url());
    }

    public static byte[] json(EnforcementList l, String baseUrl) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("title", l.title());
        m.put("type", l.type());
        m.put("department", l.department());
        m.put("issuer", l.issuer());
        m.put("documentNumber", l.docNumber());
        m.put("indexNumber", l.indexNumber());
        m.put("writtenDate", date(l.writtenDate()));
        m.put("publishedDate", date(l.publishedDate()));
        m.put("effectiveDate", date(l.effectiveDate()));
        m.put("expiryDate", date(l.expiryDate()));
        m.put("version", l.version());
        m.put("status", l.status());
        m.put("supersedes", l.supersedes());
        m.put("region", l.region());
        m.put("source", l.sourceUrl());
        m.put("url", baseUrl + l.url());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Item i : l.items()) items.add(item(i, baseUrl));
        m.put("items", items);
        return (JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An item as the list JSON holds it. */
    static Map<String, Object> item(Item i, String baseUrl) {
        Map<String, Object> im = new LinkedHashMap<>();
        im.put("id", i.id());
        im.put("seq", i.seq());
        im.put("violation", i.violation());
        im.put("violatedProvisions", i.violatedProvisions());
        im.put("penaltyBasis", i.penaltyBasis());
        im.put("conditions", i.conditions());
        im.put("outcome", i.outcome());
        im.put("outcomeNote", i.outcomeNote());
        im.put("authority", i.authority());
        im.put("measures", i.measures());
        im.put("area", i.area());
        im.put("keywords", i.keywords());
        im.put("note", i.note());
        im.put("url", baseUrl + i.url());
        return im;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String numbered(List<String> conditions) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) sb.append('\n');
            sb.append(i + 1).append(". ").append(conditions.get(i));
        }
        return sb.toString();
    }

    /** One CSV line (CRLF) of quoted, formula-safe cells; for the other open-data CSV files too. */
    public static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read the cell as a formula. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
