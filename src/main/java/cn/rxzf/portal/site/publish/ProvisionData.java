package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.citations.ConsistencyReport;
import cn.rxzf.portal.content.citations.Provisions.Entry;
import cn.rxzf.portal.content.citations.Provisions.Provision;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public static byte[] json(Content content) throws IOException {
        String base = content.site.baseUrl();
        return JsonArray.of(JSON, content.provisions.all().stream().flatMap(p -> p.entries().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("provision", p.key());
            m.put("law", p.law().id());
            m.put("lawName", p.law().name());
            m.put("article", p.label());
            m.put("cited", e.cited());
            m.put("item", e.item().id());
            m.put("list", e.list().id());
            m.put("department", e.list().department());
            m.put("region", e.list().region());
            m.put("listStatus", e.list().status());
            m.put("outcome", e.item().outcome());
            m.put("outcomeGroup", e.outcomeGroup());
            m.put("keyConditions", e.conditions().labels());
            m.put("provisionUrl", base + p.url());
            m.put("itemUrl", base + e.item().url());
            return m;
        })));
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
