package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.web.FieldError;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.CreditRules.CreditClass;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The application's questions, one page each (GOV.UK pattern), and how each page's answers are checked and saved.
 * All field errors of a page are reported at once.
 */
public final class ApplicationForm {
    /** {@code group}: the heading it is listed under in a long choice (null: none). */
    public record Option(String value, String label, String group) {
        public Option(String value, String label) {
            this(value, label, null);
        }
    }

    /** Options listed under one heading. */
    public record OptionGroup(String label, List<Option> options) {}

    public record Field(String name, String label, String type, String hint, List<Option> options, int maxLength,
                        String autocomplete) {
        /** The options under their headings, in order; empty when they have none. */
        public List<OptionGroup> groups() {
            List<OptionGroup> out = new ArrayList<>();
            for (Option o : options) {
                if (o.group() == null) return List.of();
                if (out.isEmpty() || !out.get(out.size() - 1).label().equals(o.group())) {
                    out.add(new OptionGroup(o.group(), new ArrayList<>()));
                }
                out.get(out.size() - 1).options().add(o);
            }
            return out;
        }
    }

    public record Step(String id, String title, String hint, List<Field> fields) {}


    /** A page's outcome: the columns to save, or the errors to show. */
    public record Answer(Map<String, Object> columns, List<FieldError> errors) {}

    /**
     * The pages in order: first the facts that decide whether the record can be repaired now (失信信息的情况, then the
     * decision with its date), so an applicant who cannot apply hears it before giving personal details or files.
     */
    public static final List<String> ORDER = List.of("record", "decision", "company", "code", "department", "contact",
            "files", "commitment", "check");
    /** The 失信信息类别 answer of an applicant who does not know it: not saved, they are told where to find it. */
    static final String UNKNOWN_CLASS = "unknown";
    static final String WHERE_THE_CLASS_IS = "失信信息类别写在行政处罚决定书上；也可以在“信用中国”网站（www.creditchina.gov.cn）"
            + "搜索企业名称，在“行政处罚”信息中查看。仍不清楚的，请向作出处罚决定的部门咨询。";
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,100}\\.[^@\\s]{1,20}");
    private static final List<Option> YES_NO = List.of(new Option("yes", "是"), new Option("no", "否"));

    private ApplicationForm() {}

    /** Whether the applicant answered 不知道／不确定 to 失信信息类别 on this page (then they are told where to find it). */
    static boolean classUnknown(String stepId, Map<String, String> values) {
        return stepId.equals("record") && UNKNOWN_CLASS.equals(values.get("record_class"));
    }

    public static Step step(String id, Content content) {
        return switch (id) {
            case "company" -> new Step(id, "企业（单位）名称是什么？", "与营业执照上的名称一致。",
                    List.of(new Field("company_name", "企业（单位）名称", "text", null, List.of(), 100, "organization")));
            case "code" -> new Step(id, "统一社会信用代码是多少？", "18 位，见营业执照。",
                    List.of(new Field("credit_code", "统一社会信用代码", "text", "例如 91350100M000100Y43", List.of(), 18, "off")));
            case "decision" -> new Step(id, "要修复的是哪一份行政处罚决定？", "见行政处罚决定书。",
                    List.of(new Field("decision_number", "处罚决定书文号", "text", "例如 示市监处罚〔2025〕12号", List.of(), 60, "off"),
                            new Field("decision_date", "处罚决定日期", "date", "格式 YYYY-MM-DD", List.of(), 10, "off")));
            case "department" -> new Step(id, "哪个部门作出了处罚决定？", "信用修复由作出处罚决定的部门办理（谁认定、谁修复）。",
                    List.of(new Field("department", "作出决定的部门", "select",
                            "按地区分组，列出部门全称；请与处罚决定书落款的部门核对。", departments(content), 0, "off")));
            case "record" -> new Step(id, "失信信息的情况", "先回答这几个问题，看能否申请信用修复；还不需要填写企业信息、上传材料。",
                    List.of(new Field("record_class", "失信信息类别", "radio", WHERE_THE_CLASS_IS, classes(content), 0, "off"),
                            new Field("corrected", "是否已纠正失信行为（完成整改）？", "radio", null, YES_NO, 0, "off"),
                            new Field("obligations_performed", "是否已履行处罚决定规定的义务（如缴清罚款）？", "radio", null, YES_NO, 0, "off")));
            case "contact" -> new Step(id, "我们如何联系您？", "联系方式加密保存，仅用于办理本申请，不会公开。",
                    List.of(new Field("contact_name", "联系人姓名", "text", null, List.of(), 50, "name"),
                            new Field("contact_phone", "联系电话", "text", null, List.of(), 20, "tel"),
                            new Field("contact_email", "电子邮箱（选填）", "text", null, List.of(), 100, "email")));
            default -> null;
        };
    }

    /** Checks a page's submitted values; {@code today} bounds dates; {@code eligibility} decides the record page. */
    public static Answer check(String stepId, Map<String, String> v, Content content, LocalDate today) {
        Map<String, Object> columns = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        switch (stepId) {
            case "company" -> text(v, "company_name", "企业（单位）名称", 100, true, columns, errors);
            case "code" -> {
                String code = UnifiedCode.normalise(v.get("credit_code"));
                if (code.isEmpty()) errors.add(new FieldError("credit_code", "请填写统一社会信用代码"));
                else if (code.length() != 18) errors.add(new FieldError("credit_code", "统一社会信用代码应为 18 位"));
                else if (!UnifiedCode.isValid(code)) errors.add(new FieldError("credit_code", "统一社会信用代码有误，请核对（校验位不符）"));
                else columns.put("credit_code", code);
            }
            case "decision" -> {
                text(v, "decision_number", "处罚决定书文号", 60, true, columns, errors);
                String d = v.getOrDefault("decision_date", "").strip();
                try {
                    LocalDate date = LocalDate.parse(d);
                    if (date.isAfter(today)) errors.add(new FieldError("decision_date", "处罚决定日期不能晚于今天"));
                    else if (date.getYear() < 2000) errors.add(new FieldError("decision_date", "处罚决定日期有误"));
                    else columns.put("decision_date", date);
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("decision_date", d.isEmpty() ? "请填写处罚决定日期" : "处罚决定日期应为 YYYY-MM-DD 格式"));
                }
            }
            case "department" -> {
                String code = v.getOrDefault("department", "");
                if (!content.departments.containsKey(code)) errors.add(new FieldError("department", "请选择作出决定的部门"));
                else columns.put("department", code);
            }
            case "record" -> {
                String cls = v.getOrDefault("record_class", "");
                if (cls.equals(UNKNOWN_CLASS)) {
                    // An honest answer, not a mistake: the other answers are kept and the page says where to look.
                } else if (content.creditRules.classNamed(cls) == null) errors.add(new FieldError("record_class", "请选择失信信息类别"));
                else columns.put("record_class", cls);
                yesNo(v, "corrected", "请回答是否已纠正失信行为", columns, errors);
                yesNo(v, "obligations_performed", "请回答是否已履行处罚义务", columns, errors);
            }
            case "contact" -> {
                text(v, "contact_name", "联系人姓名", 50, true, columns, errors);
                String phone = v.getOrDefault("contact_phone", "").strip();
                if (!PHONE.matcher(phone).matches()) errors.add(new FieldError("contact_phone", phone.isEmpty() ? "请填写联系电话" : "联系电话格式有误"));
                else columns.put("contact_phone", phone);
                String email = v.getOrDefault("contact_email", "").strip();
                if (!email.isEmpty() && !EMAIL.matcher(email).matches()) errors.add(new FieldError("contact_email", "电子邮箱格式有误"));
                else columns.put("contact_email", email.isEmpty() ? null : email);
            }
            default -> throw new IllegalArgumentException(stepId);
        }
        return new Answer(errors.isEmpty() ? columns : Map.of(), errors);
    }

    /** The values a page shows: from the saved application. */
    public static Map<String, String> values(RepairApplication a) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("company_name", a.companyName());
        m.put("credit_code", a.creditCode());
        m.put("decision_number", a.decisionNumber());
        m.put("decision_date", a.decisionDate() == null ? null : a.decisionDate().toString());
        m.put("department", a.department());
        m.put("record_class", a.recordClass());
        m.put("corrected", yesNo(a.corrected()));
        m.put("obligations_performed", yesNo(a.obligationsPerformed()));
        m.put("contact_name", a.contactName());
        m.put("contact_phone", a.contactPhone());
        m.put("contact_email", a.contactEmail());
        m.replaceAll((k, val) -> val == null ? "" : val);
        return m;
    }

    /** The first question not yet answered, or "check" when all are. */
    public static String firstUnanswered(RepairApplication a) {
        if (a.recordClass() == null || a.corrected() == null || a.obligationsPerformed() == null) return "record";
        if (a.decisionNumber() == null || a.decisionDate() == null) return "decision";
        if (a.companyName() == null) return "company";
        if (a.creditCode() == null) return "code";
        if (a.department() == null) return "department";
        if (a.contactName() == null || a.contactPhone() == null) return "contact";
        if (a.files().isEmpty()) return "files";
        if (a.commitmentAt() == null) return "commitment";
        return "check";
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }

    private static void yesNo(Map<String, String> v, String name, String message, Map<String, Object> columns,
                              List<FieldError> errors) {
        String answer = v.getOrDefault(name, "");
        if (!answer.equals("yes") && !answer.equals("no")) errors.add(new FieldError(name, message));
        else columns.put(name, answer.equals("yes"));
    }

    private static void text(Map<String, String> v, String name, String label, int max, boolean required,
                             Map<String, Object> columns, List<FieldError> errors) {
        String s = v.getOrDefault(name, "").strip().replaceAll("\\p{Cc}", "");
        if (s.isEmpty() && required) errors.add(new FieldError(name, "请填写" + label));
        else if (s.codePointCount(0, s.length()) > max) errors.add(new FieldError(name, label + "不能超过 " + max + " 字"));
        else columns.put(name, s.isEmpty() ? null : s);
    }

    private static List<Option> departments(Content content) {
        return DepartmentChoice.options(content);
    }

    private static List<Option> classes(Content content) {
        List<Option> out = new ArrayList<>();
        for (CreditClass c : content.creditRules.classes()) out.add(new Option(c.name(), c.name() + "失信信息"));
        out.add(new Option(UNKNOWN_CLASS, "不知道／不确定"));
        return out;
    }


}
