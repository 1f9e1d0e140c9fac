package cn.rxzf.portal.exemption;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of the check, in the order the form asks them, with their parameter names and allowed values: the
 * one place their wording lives (the form, the answer summary and the JSON all read it).
 */
public final class Questions {
    public enum Type { RADIO, CHECKBOXES, AGE, DATE }

    public record Option(String value, String label) {}

    /**
     * @param personOnly asked only when the party is a person (the script hides it otherwise)
     * @param required   must be answered (for person-only questions: when the party is a person)
     */
    public record Question(String name, String label, String hint, Type type, List<Option> options,
                           boolean personOnly, boolean required) {
        public String labelOf(String value) {
            for (Option o : options) if (o.value().equals(value)) return o.label();
            return value;
        }
    }

    /** @param folded shown folded (a details element): questions few need to answer, all optional */
    public record Group(String id, String title, String hint, List<Question> questions, boolean folded) {
        public Group(String id, String title, String hint, List<Question> questions) {
            this(id, title, hint, questions, false);
        }
    }

    static final List<Option> YES_NO = List.of(new Option("yes", "是"), new Option("no", "否"));
    static final List<Option> MET = List.of(new Option("yes", "符合"), new Option("no", "不符合"));

    /**
     * Asked first on an item's check (reached from an item page or search with the item chosen): whether the item
     * describes the act at all. 是 goes on to its conditions; 不是 and 不确定 go to the law's check without a list
     * ({@code /check/}) or back to choosing an item. Not required, so a link or client without it is read as 是.
     */
    public static final Question FITS = new Question("fits", "这个事项说的是您的违法行为吗？",
            "请对照上面的违法行为和违反的条款。", Type.RADIO, List.of(new Option("yes", "是"), new Option("no", "不是"),
                    new Option("unsure", "不确定")), false, false);
    public static final Question MINOR = new Question("minor", "违法行为是否轻微？",
            "例如数额很小、持续时间很短、情节简单。事项在不予处罚清单上且符合清单条件的，可以不答（清单已把它列为轻微违法行为）。",
            Type.RADIO, YES_NO, false, false);
    public static final Question FIRST = radio("first", "这是初次违法吗？",
            "在清单或者实施机关规定的期限内，没有因同类违法行为受过行政处罚或者被处理过。", YES_NO);
    public static final Question CORRECTED = radio("corrected", "违法行为是否已经及时改正？",
            "在被发现后立即改正，或者在责令改正的期限内改正。", YES_NO);
    public static final Question HARM = radio("harm", "违法行为是否造成了危害后果？", "",
            List.of(new Option("none", "没有造成危害后果"), new Option("minor", "造成了轻微的危害后果"),
                    new Option("serious", "造成了较重的危害后果")));
    public static final Question EMERGENCY = radio("emergency",
            "违法行为是否利用自然灾害、事故灾难、公共卫生或者社会安全事件实施？", "", YES_NO);
    public static final Question NO_FAULT = radio("nofault", "您是否有证据足以证明自己没有主观过错？",
            "例如：因他人伪造的证明文件而无法察觉违法。只是“不知道规定”通常不算。", YES_NO);
    public static final Question FIELD = new Question("field", "违法行为属于下列哪一类？",
            "有的法律对追责期限或者没有主观过错的处理另有规定（《行政处罚法》第三十三条第二款、第三十六条）。不答的，按事项所属领域判断。",
            Type.RADIO, List.of(new Option("general", "以上都不是"),
                    new Option("tax", "违反税收法律、行政法规（《税收征收管理法》第八十六条）"),
                    new Option("food", "经营不符合食品安全标准的食品（《食品安全法》第一百三十六条）"),
                    new Option("product", "销售禁止销售的产品（《产品质量法》第五十五条）")), false, false);
    public static final Question SUPPLIER = new Question("supplier", "能否如实说明进货来源？",
            "经营食品或者销售产品的，请回答。", Type.RADIO, YES_NO, false, false);
    public static final Question INSPECTED = new Question("inspected", "是否履行了进货查验等义务？",
            "经营食品的，请回答。", Type.RADIO, YES_NO, false, false);
    public static final Question PARTY = radio("party", "当事人是", "",
            List.of(new Option("org", "单位（企业或者其他组织）"), new Option("person", "个人（含个体工商户）")));
    public static final Question AGE = new Question("age", "违法行为发生时，当事人的年龄（周岁）",
            "填写整数，例如 35；生日当天还不算满这一岁。也可以不填年龄，改填出生日期和违法行为发生的日期。", Type.AGE, List.of(),
            true, true);
    public static final Question BIRTH_DATE = new Question("birthDate", "当事人的出生日期（可不填）",
            "填写后按违法行为发生的日期计算周岁：生日当天仍不满该周岁。", Type.DATE, List.of(), true, false);
    public static final Question CAPACITY = new Question("capacity", "违法时，当事人能否辨认和控制自己的行为？",
            "针对精神病人、智力残疾人（《行政处罚法》第三十一条）。", Type.RADIO,
            List.of(new Option("full", "能够辨认和控制"), new Option("partial", "尚未完全丧失辨认或者控制能力"),
                    new Option("none", "不能辨认或者不能控制")), true, true);
    public static final Question MITIGATION = new Question("m", "有下列情形的，请勾选（可多选，没有可不选）", "",
            Type.CHECKBOXES, List.of(new Option("remedied", "主动消除或者减轻了违法行为的危害后果"),
                    new Option("coerced", "受他人胁迫或者诱骗实施违法行为"),
                    new Option("confessed", "主动供述了行政机关尚未掌握的违法行为"),
                    new Option("meritorious", "配合行政机关查处违法行为，有立功表现")), false, false);
    public static final Question ACT_DATE = date("actDate", "违法行为发生的日期", "不清楚可以留空，但将无法判断是否已超过追责期限。");
    public static final Question CONTINUING = new Question("continuing", "违法行为是否有连续或者继续状态？",
            "例如：持续多日无证经营。填写了发生日期时须回答。", Type.RADIO, YES_NO, false, false);
    public static final Question END_DATE = date("endDate", "连续或者继续状态终了的日期", "仍在继续的，请留空。");
    public static final Question FOUND_DATE = date("foundDate", "行政机关发现违法行为的日期", "尚未被发现的，请留空。");
    public static final Question LIFE_OR_FINANCE = new Question("lifeOrFinance",
            "违法行为是否涉及公民生命健康安全或者金融安全？", "填写了发生日期、且造成了危害后果时须回答。", Type.RADIO, YES_NO, false, false);

    private Questions() {}

    /** The parameter name of the item's condition number {@code n} (1-based). */
    public static String condition(int n) {
        return "c" + n;
    }

    /** Every question a check of an item with these conditions accepts, asked or not (an old link may send any). */
    public static List<Question> accepted(List<String> conditions) {
        List<Question> all = new ArrayList<>(List.of(FITS));
        for (int i = 0; i < conditions.size(); i++) all.add(conditionQuestion(conditions, i));
        all.addAll(ACT);
        all.addAll(List.of(PARTY, AGE, BIRTH_DATE, CAPACITY, MITIGATION, ACT_DATE, CONTINUING, END_DATE, FOUND_DATE,
                LIFE_OR_FINANCE));
        return all;
    }

    static final List<Question> ACT = List.of(MINOR, FIRST, CORRECTED, HARM, EMERGENCY, NO_FAULT, FIELD,
            SUPPLIER, INSPECTED);

    /**
     * The form's questions in groups: the item's conditions first, then the law's. A law question that an item
     * condition states in the law's own words is asked once, by the condition ({@link ConditionLinks}); a question
     * linked to a condition otherwise says how they relate in its hint.
     */
    /**
     * @param onItem a check of a list item: the act is the item's, so its field (tax, food, product) matters only for
     *               a claim of no fault, and those questions are folded apart (docs/legal-readings.md, reading 17)
     */
    public static List<Group> forItem(List<String> conditions, boolean onItem) {
        List<ConditionLinks.Link> links = ConditionLinks.of(conditions);
        List<Question> own = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            Question q = conditionQuestion(conditions, i);
            List<String> notes = new ArrayList<>();
            for (ConditionLinks.Link l : links) {
                if (l.condition() == i && l.replacesQuestion()) notes.add("本条件同时回答法律的“" + l.question().label() + "”，后面不再问。");
            }
            own.add(notes.isEmpty() ? q : withHint(q, q.hint() + String.join("", notes)));
        }
        List<Question> act = new ArrayList<>();
        for (Question q : onItem ? ACT.subList(0, ACT.indexOf(FIELD)) : ACT) {
            ConditionLinks.Link l = ConditionLinks.find(links, q);
            if (l == null) act.add(q);
            else if (!l.replacesQuestion()) act.add(withHint(q, q.hint().isEmpty() ? l.note() : q.hint() + l.note()));
        }
        List<Group> groups = new ArrayList<>();
        if (onItem) groups.add(new Group("item", "先确认事项", "", List.of(FITS)));
        if (!own.isEmpty()) {
            groups.add(new Group("conditions", "清单规定的适用条件", "以下条件须同时满足。请逐项对照您的情况。", own));
        }
        groups.addAll(List.of(
                new Group("act", "违法行为的情况", "", act)));
        if (onItem) {
            groups.add(new Group("special", "声称没有主观过错的，请补充（可不答）",
                    "只有回答了“有证据足以证明自己没有主观过错”的才需要回答：经营食品、销售产品的，法律另有规定。不答的，按事项所属领域判断。",
                    ACT.subList(ACT.indexOf(FIELD), ACT.size()), true));
        }
        groups.addAll(List.of(
                new Group("party", "当事人", "", List.of(PARTY, AGE, BIRTH_DATE, CAPACITY)),
                new Group("mitigation", "从轻、减轻处罚的情节", "《行政处罚法》第三十二条。", List.of(MITIGATION)),
                new Group("time", "时间", "用于判断是否已超过《行政处罚法》第三十六条规定的追责期限。",
                        List.of(ACT_DATE, CONTINUING, END_DATE, FOUND_DATE, LIFE_OR_FINANCE))));
        return groups;
    }

    /**
     * An exception a list writes as a condition of its own (依法由许可审批部门查处的除外), asked the way round a person
     * answers it; one clause only — "违法行为在两年内未被发现的，法律另有规定的除外" stays as written.
     */
    private static final Pattern EXCEPTION = Pattern.compile("^([^，,；;。]+?)的?除外[。；;.]?$");
    static final List<Option> NOT_EXCEPTED = List.of(new Option("yes", "不属于"), new Option("no", "属于"));

    private static Question conditionQuestion(List<String> conditions, int i) {
        String text = conditions.get(i).strip();
        Matcher exception = EXCEPTION.matcher(text);
        if (exception.matches()) {
            // "yes" still means the condition is met: the person's case is not the excepted one.
            return radio(condition(i + 1), "条件 " + (i + 1) + "：您的情况是否属于“" + exception.group(1) + "”的情形？",
                    "清单原文：“" + text + "”。属于该情形的，本事项不适用。", NOT_EXCEPTED);
        }
        return radio(condition(i + 1), "条件 " + (i + 1) + "：" + text, "", MET);
    }

    private static Question withHint(Question q, String hint) {
        return new Question(q.name(), q.label(), hint, q.type(), q.options(), q.personOnly(), q.required());
    }

    private static Question radio(String name, String label, String hint, List<Option> options) {
        return new Question(name, label, hint, Type.RADIO, options, false, true);
    }

    private static Question date(String name, String label, String hint) {
        return new Question(name, label, hint, Type.DATE, List.of(), false, false);
    }
}
