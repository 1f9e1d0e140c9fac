package cn.rxzf.portal.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario tables of {@code src/test/resources/law/} (written from the statutes, see their headers): read as rows
 * of named columns, and turned into the requests a person would send. Lines starting with {@code #} are comments.
 */
public final class LawScenarios {
    /** A check scenario's list kind → the test item that stands for it ({@link #site} writes them). */
    public static final Map<String, String> ITEMS = Map.of("buyu", "law-buyu-01", "shouwei", "law-shouwei-01",
            "congqing", "law-congqing-01", "jianqing", "law-jianqing-01", "qiangzhi", "law-qiangzhi-01",
            "draft", "law-draft-01", "repealed", "law-repealed-01", "expired", "law-expired-01", "tax", "law-tax-01");

    public record Row(Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        public String or(String column, String fallback) {
            String v = get(column);
            return v.isEmpty() ? fallback : v;
        }

        @Override
        public String toString() {
            return get("id") + " " + get("decidedBy");
        }
    }

    private LawScenarios() {}

    public static List<Row> read(String name) {
        try (InputStream in = LawScenarios.class.getResourceAsStream("/law/" + name)) {
            if (in == null) throw new IllegalStateException("no table " + name);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.get(0).split(",", -1);
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException(name + ": " + cells.length + " cells in " + line);
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) m.put(header[i], cells[i]);
                rows.add(new Row(m));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path a check row is asked at: the item's check, or {@code /check/} for an act on no list. */
    public static String checkPath(Row r) {
        String list = r.or("list", "none");
        return list.equals("none") ? "/check/" : "/check/" + ITEMS.get(list);
    }

    /** The query parameters of a check row, in the form's names, with the table's defaults filled in. */
    public static List<String[]> checkParams(Row r) {
        List<String[]> p = new ArrayList<>();
        if (!r.or("list", "none").equals("none")) {
            p.add(new String[] {"c1", "yes"});
            p.add(new String[] {"c2", r.or("cond", "yes")});
        }
        String party = r.or("party", "org");
        add(p, "minor", r.get("minor"));
        p.add(new String[] {"first", r.or("first", "no")});
        p.add(new String[] {"corrected", r.or("corrected", "yes")});
        p.add(new String[] {"harm", r.or("harm", "none")});
        p.add(new String[] {"emergency", r.or("emergency", "no")});
        p.add(new String[] {"nofault", r.or("nofault", "no")});
        add(p, "field", r.get("field"));
        add(p, "supplier", r.get("supplier"));
        add(p, "inspected", r.get("inspected"));
        p.add(new String[] {"party", party});
        if (party.equals("person")) {
            add(p, "age", r.get("age"));
            add(p, "birthDate", r.get("birth"));
            add(p, "capacity", r.or("capacity", "full"));
        }
        if (!r.get("m").isEmpty()) for (String m : r.get("m").split(";")) p.add(new String[] {"m", m});
        if (!r.get("actDate").isEmpty()) {
            p.add(new String[] {"actDate", r.get("actDate")});
            p.add(new String[] {"continuing", r.or("continuing", "no")});
            add(p, "endDate", r.get("endDate"));
            add(p, "foundDate", r.get("foundDate"));
            p.add(new String[] {"lifeOrFinance", r.or("lof", "no")});
        }
        return p;
    }

    public static String query(List<String[]> params) {
        StringBuilder b = new StringBuilder();
        for (String[] kv : params) {
            if (b.length() > 0) b.append('&');
            b.append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static void add(List<String[]> p, String name, String value) {
        if (!value.isEmpty()) p.add(new String[] {name, value});
    }

    /** The list file of a test list with one item of two conditions, for the service the live tables run against. */
    public static String listFile(String kind, String type, String outcome, String status, String expiry, String area) {
        return """
                ---
                部门: scj
                标题: 测试%s清单（%s）
                类型: %s
                发布机构: 测试市市场监督管理局
                成文日期: 2024-01-01
                生效日期: 2024-02-01
                有效期至: %s
                状态: %s
                领域: %s
                条目:
                  - id: %s
                    违法行为: 测试违法行为（%s）
                    违反条款: 《测试条例》第1条
                    处罚依据: 《测试条例》第2条
                    适用条件:
                      - 条件一
                      - 条件二
                    处理结果: %s
                    实施机关: 测试市市场监督管理局
                    配套监管措施: [批评教育]
                ---
                """.formatted(type, kind, type, expiry, status, area, ITEMS.get(kind), kind, outcome);
    }

    /** The test lists, one per kind of the check table: path → file text. */
    public static Map<String, String> lists() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("buyu", listFile("buyu", "不予处罚", "不予处罚", "生效", "2027-12-31", "市场监管"));
        m.put("shouwei", listFile("shouwei", "首违不罚", "可以不予处罚", "生效", "2027-12-31", "市场监管"));
        m.put("congqing", listFile("congqing", "从轻处罚", "从轻处罚", "生效", "2027-12-31", "市场监管"));
        m.put("jianqing", listFile("jianqing", "减轻处罚", "减轻处罚", "生效", "2027-12-31", "市场监管"));
        m.put("qiangzhi", listFile("qiangzhi", "不予行政强制", "不予行政强制", "生效", "2027-12-31", "市场监管"));
        m.put("draft", listFile("draft", "不予处罚", "不予处罚", "征求意见", "2027-12-31", "市场监管"));
        m.put("repealed", listFile("repealed", "不予处罚", "不予处罚", "已废止", "2025-12-31", "市场监管"));
        m.put("expired", listFile("expired", "不予处罚", "不予处罚", "已修订", "2026-01-31", "市场监管"));
        m.put("tax", listFile("tax", "不予处罚", "不予处罚", "生效", "2027-12-31", "税务"));
        return m;
    }
}
