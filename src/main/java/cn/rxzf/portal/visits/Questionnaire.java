package cn.rxzf.portal.visits;

import cn.rxzf.portal.web.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 回访 questionnaire: the questions the seeds name (was the violation corrected, what helped, did the officers
 * show their credentials and explain the law, did they ask for anything improper — the 廉洁自律 question — and the
 * 满意度), each with its options, checked all at once.
 */
public final class Questionnaire {
    public static final Map<String, String> CORRECTED = options("yes", "已经纠正", "partly", "正在纠正", "no", "还没有纠正",
            "not_applicable", "不涉及纠正");
    public static final Map<String, String> HELPED = options("explained", "执法人员的讲解和指导", "list", "公开的免罚清单和指引",
            "templates", "文书范本和办事指南", "website", "本网站", "other", "其他");
    public static final Map<String, String> YES_NO = options("yes", "是", "no", "否", "unsure", "记不清");
    public static final Map<String, String> SCORES = options("5", "5 分：非常满意", "4", "4 分：满意", "3", "3 分：一般",
            "2", "2 分：不满意", "1", "1 分：非常不满意");
    public static final int MAX_TEXT = 1000;
    public static final List<String> FIELDS = List.of("corrected", "showed_id", "explained_law", "improper",
            "improper_details", "satisfaction", "comments", "complaint");

    /** A complete answer, with the 廉洁自律 part apart: it is stored without the visit. */
    public record Filled(String corrected, List<String> helped, String showedId, String explainedLaw, int satisfaction,
                         String comments, boolean complaint, boolean improper, String improperDetails) {}

    public record Result(Filled filled, List<FieldError> errors) {}

    private Questionnaire() {}

    public static Result check(Map<String, String> v, List<String> helped) {
        List<FieldError> errors = new ArrayList<>();
        if (!CORRECTED.containsKey(v.get("corrected"))) errors.add(new FieldError("corrected", "请回答违法行为是否已经纠正"));
        List<String> chosen = new ArrayList<>();
        for (String h : helped) {
            if (!HELPED.containsKey(h)) errors.add(new FieldError("helped", "请从列出的选项中选择"));
            else if (!chosen.contains(h)) chosen.add(h);
        }
        if (!YES_NO.containsKey(v.get("showed_id"))) errors.add(new FieldError("showed_id", "请回答执法人员是否出示了执法证件"));
        if (!YES_NO.containsKey(v.get("explained_law"))) errors.add(new FieldError("explained_law", "请回答执法人员是否讲解了相关法律规定"));
        String improper = v.get("improper");
        if (!improper.equals("yes") && !improper.equals("no")) {
            errors.add(new FieldError("improper", "请回答执法人员是否有吃拿卡要等不当要求"));
        }
        String details = v.get("improper_details");
        if (improper.equals("yes") && details.isEmpty()) errors.add(new FieldError("improper_details", "请简要说明不当要求的情况"));
        if (length(details) > MAX_TEXT) errors.add(new FieldError("improper_details", "说明不能超过 " + MAX_TEXT + " 字"));
        if (!SCORES.containsKey(v.get("satisfaction"))) errors.add(new FieldError("satisfaction", "请选择满意度评分"));
        String comments = v.get("comments");
        if (length(comments) > MAX_TEXT) errors.add(new FieldError("comments", "意见和建议不能超过 " + MAX_TEXT + " 字"));
        boolean complaint = "yes".equals(v.get("complaint"));
        if (complaint && comments.isEmpty()) errors.add(new FieldError("comments", "投诉请在“意见和建议”中写明情况"));
        if (!errors.isEmpty()) return new Result(null, errors);
        return new Result(new Filled(v.get("corrected"), chosen, v.get("showed_id"), v.get("explained_law"),
                Integer.parseInt(v.get("satisfaction")), comments, complaint, improper.equals("yes"),
                details.isEmpty() ? null : details), List.of());
    }

    private static Map<String, String> options(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
