package cn.rxzf.portal.importer;

import cn.rxzf.portal.content.model.ListKeys;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one alias table: the headings departments give their columns, each mapped to the item key it fills. A heading
 * matches after whitespace, asterisks, full-width forms, “的” and the “行政” of “行政处罚” are folded away
 * (“不予行政处罚的条件” is “不予处罚条件”); failing that, with a parenthesised remark removed (“处罚依据（法律条款）”)
 * or the remark alone (“（违反条款）”); then each part of a heading that joins two wordings (“处罚结果/处理方式”,
 * “违法行为名称及内容”), first part first; then each of those without a generic ending such as 名称、内容、描述 or a
 * leading 具体、主要. The portal's own download columns are here too, so its CSV and XLSX import back: 条目编号 is the
 * item's id, 网址 is derived from it and skipped.
 */
final class Columns {
    /** Target of a column that is recognised and deliberately not imported. */
    static final String SKIP = "";

    private static final Pattern NOISE = Pattern.compile("[\\s*＊:：的]+");
    private static final Pattern REMARK = Pattern.compile("[(（【\\[](.*?)[)）】\\]]");
    /** What joins two wordings of one heading: 处罚结果/处理方式, 违法行为名称及内容, 违反条款、处罚依据. */
    private static final Pattern JOINER = Pattern.compile("[/／|｜、,，;；]|及|和|与|或");
    /** Words around a heading's name that do not change what the column holds. */
    private static final Pattern GENERIC = Pattern.compile(
            "^(具体|主要|相关|对应)|(名称|内容|描述|表述|表现形式|表现|具体情形|情况|说明|事项)+$");
    private static final Map<String, List<String>> ALIASES = aliases();
    private static final Map<String, String> BY_HEADING = index();

    private Columns() {}

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(ListKeys.SEQ, List.of("序号", "编号", "序", "顺序号", "No", "No."));
        m.put(ListKeys.ID, List.of("条目编号", "事项编号"));
        m.put(ListKeys.VIOLATION, List.of("违法行为", "违法行为名称", "事项", "事项名称", "违法事项", "违法行为表现",
                "轻微违法行为", "违法情形", "违法行为描述"));
        m.put(ListKeys.VIOLATED, List.of("违反条款", "违法依据", "法律依据", "违法条款", "违反的法律条款", "违反规定",
                "违法行为依据", "违反法律规定"));
        m.put(ListKeys.PENALTY_BASIS, List.of("处罚依据", "处罚条款", "处罚法律依据", "处罚依据条款"));
        m.put(ListKeys.CONDITIONS, List.of("适用条件", "裁量标准", "免罚条件", "不予处罚条件", "不予处罚情形",
                "免罚情形", "适用情形", "具体情形", "轻微情节", "情节", "首违不罚适用条件", "从轻处罚情形",
                "减轻处罚情形", "适用条件情形", "免予处罚条件", "免予处罚情形", "免于处罚条件", "免于处罚情形", "免罚适用条件",
                "不予处罚适用条件", "从轻处罚条件", "减轻处罚条件", "认定标准", "裁量基准", "条件",
                "不予处罚具体情形", "免罚具体情形"));
        m.put(ListKeys.OUTCOME, List.of("处理结果", "处罚结果", "处理方式", "处罚方式", "处理决定", "处理意见", "处罚决定"));
        m.put(ListKeys.OUTCOME_NOTE, List.of("处理说明"));
        m.put(ListKeys.AUTHORITY, List.of("实施机关", "执法主体", "执法机关", "实施主体", "执法部门", "实施部门", "责任部门",
                "执法单位", "实施单位", "责任单位", "处罚机关", "执法机构"));
        m.put(ListKeys.MEASURES, List.of("配套监管措施", "配套措施", "监管措施", "教育措施", "配套教育措施", "替代措施",
                "纠错措施", "指导措施"));
        m.put(ListKeys.AREA, List.of("领域", "执法领域", "管理领域", "行业领域"));
        m.put(ListKeys.KEYWORDS, List.of("关键词", "常见说法"));
        m.put(ListKeys.SOURCE, List.of("来源"));
        m.put(ListKeys.NOTE, List.of("备注"));
        m.put(SKIP, List.of("网址"));
        return m;
    }

    private static Map<String, String> index() {
        Map<String, String> m = new HashMap<>();
        ALIASES.forEach((key, names) -> names.forEach(n -> {
            if (m.put(normal(n), key) != null) throw new IllegalStateException("alias listed twice: " + n);
        }));
        return Map.copyOf(m);
    }

    /** The item key a heading names, {@link #SKIP}, or null when the heading is none the table knows. */
    static String target(String heading) {
        if (heading == null || heading.isEmpty()) return null;
        String n = normal(heading);
        String key = BY_HEADING.get(n);
        if (key != null) return key;
        java.util.regex.Matcher remark = REMARK.matcher(n);
        String bare = remark.replaceAll("");
        key = bare.isEmpty() ? null : BY_HEADING.get(bare);
        if (key != null) return key;
        if (remark.reset().find()) {
            key = BY_HEADING.get(remark.group(1));
            if (key != null) return key;
        }
        if (bare.length() > 40) return null; // a sentence, not a heading
        for (String part : JOINER.split(bare)) {
            key = BY_HEADING.get(part);
            if (key != null) return key;
        }
        for (String part : JOINER.split(bare)) {
            String core = GENERIC.matcher(part).replaceAll("");
            key = core.isEmpty() ? null : BY_HEADING.get(core);
            if (key != null) return key;
        }
        return null;
    }

    private static String normal(String heading) {
        String s = NOISE.matcher(Text.fold(heading)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return s.replace("行政处罚", "处罚");
    }
}
