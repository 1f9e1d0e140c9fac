package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.citations.ConsistencyReport;
import cn.rxzf.portal.content.citations.Provisions.Entry;
import cn.rxzf.portal.content.citations.Provisions.Provision;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The provisions as open data: one row per item–provision pair with the normalised key and the outcome
 * ({@code provisions.json}, described by {@code provisions.schema.json}, and the same as CSV and XLSX), and the
 * consistency report as CSV. Written like the lists' files ({@link DataFiles}).
 */
public final class ProvisionData {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final List<String> HEADER = List.of("条款键", "法规编号", "法规名称", "条", "引用方式", "事项编号", "清单编号",
            "部门", "地区", "清单状态", "处理结果", "比对分组", "关键条件", "条款网址", "事项网址");
    static final List<String> REPORT_HEADER = List.of("排名", "条款键", "条款", "地区数", "清单数", "概况", "条款网址");

    private ProvisionData() {}

    /**
     * Written field by field, in the bytes {@code JsonArray} gave for a map per row (about 85,000 rows in the
     * 10,000-item site; the map and its serializer look-ups were most of this file's time).
     */
    public static byte[] json(Content content) throws IOException {
        String base = content.site.baseUrl();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.writer().createGenerator(bytes)) {
            g.writeStartArray();
            for (Provision p : content.provisions.all()) {
                String provisionUrl = base + p.url();
                for (Entry e : p.entries()) {
                    g.writeStartObject();
                    g.writeStringField("provision", p.key());
                    g.writeStringField("law", p.law().id());
                    g.writeStringField("lawName", p.law().name());
                    g.writeStringField("article", p.label());
                    g.writeStringField("cited", e.cited());
                    g.writeStringField("item", e.item().id());
                    g.writeStringField("list", e.list().id());
                    g.writeStringField("department", e.list().department());
                    g.writeStringField("region", e.list().region());
                    g.writeStringField("listStatus", e.list().status());
                    g.writeStringField("outcome", e.item().outcome());
                    g.writeStringField("outcomeGroup", e.outcomeGroup());
                    g.writeArrayFieldStart("keyConditions");
                    for (String label : e.conditions().labels()) g.writeString(label);
                    g.writeEndArray();
                    g.writeStringField("provisionUrl", provisionUrl);
                    g.writeStringField("itemUrl", base + e.item().url());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    public static byte[] csv(Content content) {
        Utf8Buffer out = new Utf8Buffer();
        DataFiles.row(out.text().append('\uFEFF'), HEADER);
        for (List<String> row : rows(content)) DataFiles.row(out.text(), row);
        return out.bytes();
    }

    public static byte[] xlsx(Content content) {
        return Xlsx.workbook("provisions", HEADER, rows(content));
    }

    /** {@code provisions-report.csv}: the report's rows in its order. */
    public static byte[] reportCsv(Content content, List<ConsistencyReport.Row> report) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        DataFiles.row(sb, REPORT_HEADER);
        int rank = 0;
        for (ConsistencyReport.Row r : report) {
            Provision p = r.provision();
            DataFiles.row(sb, List.of(String.valueOf(++rank), p.key(), p.title(), String.valueOf(r.regions()),
                    String.valueOf(r.lists()), r.summary(), content.site.baseUrl() + p.url()));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<String>> rows(Content content) {
        String base = content.site.baseUrl();
        List<List<String>> rows = new ArrayList<>();
        for (Provision p : content.provisions.all()) {
            for (Entry e : p.entries()) {
                rows.add(List.of(p.key(), p.law().id(), p.law().name(), p.label(), e.cited(), e.item().id(),
                        e.list().id(), e.list().department(), nz(e.list().region()), e.list().status(),
                        e.item().outcome(), e.outcomeGroup(), String.join("；", e.conditions().labels()),
                        base + p.url(), base + e.item().url()));
            }
        }
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
