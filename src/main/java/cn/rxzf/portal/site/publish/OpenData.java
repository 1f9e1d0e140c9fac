package cn.rxzf.portal.site.publish;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site-wide open data under {@code /data/}: a catalogue of the lists, every item and every case, each as JSON
 * (described by the schemas of {@link JsonSchemas}) and as CSV (UTF-8 with BOM, like the per-list files). Ids are
 * the content's ids and every record carries its page's absolute URL.
 */
public final class OpenData {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final List<String> CASE_HEADER = List.of("案例编号", "标题", "部门", "日期", "地区", "领域", "适用事项",
            "执法方式", "处理结果", "文本性质", "来源", "网址");

    private OpenData() {}

    /** {@code lists.json}: one entry per list with its download addresses. */
    public static byte[] listsJson(Content content) throws JsonProcessingException {
        String base = content.site.baseUrl();
        List<Map<String, Object>> out = new ArrayList<>();
        for (EnforcementList l : content.lists.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("title", l.title());
            m.put("type", l.type());
            m.put("department", l.department());
            m.put("status", l.status());
            m.put("publishedDate", l.publishedDate().toString());
            m.put("itemCount", l.items().size());
            m.put("url", base + l.url());
            String file = base + l.url() + l.id();
            m.put("json", file + ".json");
            m.put("csv", file + ".csv");
            m.put("xlsx", file + ".xlsx");
            out.add(m);
        }
        return bytes(out);
    }

    /** {@code items.json}: every item, as in its list's JSON, plus its list and department. */
    public static byte[] itemsJson(Content content) throws IOException {
        String base = content.site.baseUrl();
        return JsonArray.of(JSON, content.lists.values().stream().flatMap(l -> l.items().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("list", l.id());
            m.put("department", l.department());
            m.putAll(DataFiles.item(i, base));
            return m;
        })));
    }

    public static byte[] itemsCsv(Content content) {
        String base = content.site.baseUrl();
        Utf8Buffer out = new Utf8Buffer();
        List<String> header = new ArrayList<>(List.of("清单编号", "部门"));
        header.addAll(DataFiles.CSV_HEADER);
        DataFiles.row(out.text().append('\uFEFF'), header);
        for (EnforcementList l : content.lists.values()) {
            for (Item i : l.items()) {
                List<String> row = new ArrayList<>(List.of(l.id(), l.department()));
                row.addAll(DataFiles.cells(i, base));
                DataFiles.row(out.text(), row);
            }
        }
        return out.bytes();
    }

    /** {@code cases.json}: every case with the ids of the items and methods it applied and its text as HTML. */
    public static byte[] casesJson(Content content) throws JsonProcessingException {
        String base = content.site.baseUrl();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Case c : content.cases.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("department", c.department());
            m.put("date", c.date());
            m.put("region", c.region());
            m.put("area", c.area());
            m.put("items", c.itemIds());
            m.put("methods", c.methodIds());
            m.put("result", c.result());
            m.put("fidelity", c.fidelity());
            m.put("source", c.sourceUrl());
            m.put("sourceNote", c.sourceNote());
            m.put("bodyHtml", c.bodyHtml());
            m.put("url", base + c.url());
            out.add(m);
        }
        return bytes(out);
    }

    public static byte[] casesCsv(Content content) {
        String base = content.site.baseUrl();
        StringBuilder sb = new StringBuilder("\uFEFF");
        DataFiles.row(sb, CASE_HEADER);
        for (Case c : content.cases.values()) {
            DataFiles.row(sb, List.of(c.id(), c.title(), c.department(), c.date(), nz(c.region()), nz(c.area()),
                    String.join("；", c.itemIds()), String.join("；", c.methodIds()), c.result(), nz(c.fidelity()),
                    nz(c.sourceUrl()), base + c.url()));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object value) throws JsonProcessingException {
        byte[] json = JSON.writeValueAsBytes(value);
        byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
