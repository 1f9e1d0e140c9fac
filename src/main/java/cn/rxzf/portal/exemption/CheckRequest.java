package cn.rxzf.portal.exemption;

import cn.rxzf.portal.exemption.Questions.Question;
import cn.rxzf.portal.exemption.Situation.Capacity;
import cn.rxzf.portal.exemption.Situation.Harm;
import cn.rxzf.portal.exemption.Situation.Mitigation;
import cn.rxzf.portal.exemption.Situation.Party;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the query of {@code GET /check/{itemId}} into a {@link Situation}, collecting every problem at once. Only
 * known names and values are accepted: the item's {@code c1…cN}, the general questions of {@link Questions},
 * {@code format} and {@code from}; dates are {@code YYYY-MM-DD} and not in the future; ages are whole numbers from 0
 * to 150.
 * Messages name the question, never repeat what was sent; blank values count as not answered.
 */
public final class CheckRequest {
    public static final String FORMAT = "format";
    /**
     * {@code from=item}: the law's check reached from an item's check answered 不是 or 不确定, with the answers it
     * carried over ({@code CheckController.lawOnly}); the page shows them in its form instead of judging them.
     */
    public static final String FROM = "from";
    public static final String FROM_ITEM = "item";
    static final int MAX_PARAMS = 64;
    static final int MAX_VALUE = 20;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    /** A {@code %} not followed by two hex digits: servers drop or mangle such parameters, so they are refused. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    public record Problem(String param, String message) {}

    /**
     * @param asked     false for the empty form (no answers sent yet)
     * @param situation the answers, or null when nothing was asked or there are problems
     * @param values    the accepted values by parameter, for filling the form in again (never a rejected value)
     */
    public record Parsed(boolean asked, Situation situation, List<Problem> problems, Map<String, List<String>> values,
                         boolean json, Map<String, Integer> derived) {
        public Parsed(boolean asked, Situation situation, List<Problem> problems, Map<String, List<String>> values,
                      boolean json) {
            this(asked, situation, problems, values, json, Map.of());
        }
    }

    private CheckRequest() {}

    /**
     * @param rawQuery the query string as sent (null when none), checked for broken percent-escapes
     */
    public static Parsed parse(Map<String, List<String>> query, String rawQuery, List<String> itemConditions,
                               LocalDate today) {
        int conditionCount = itemConditions.size();
        List<Problem> problems = new ArrayList<>();
        if (rawQuery != null && BAD_ESCAPE.matcher(rawQuery).find()) problems.add(new Problem("", "请求格式不正确。"));
        List<Question> questions = Questions.accepted(itemConditions);
        Map<String, Question> known = new LinkedHashMap<>();
        for (Question q : questions) known.put(q.name(), q);

        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean unknown = false;
        boolean json = false;
        int count = 0;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            count += e.getValue().size();
            if (e.getKey().equals(FORMAT)) {
                String f = single(e.getValue());
                if ("json".equals(f)) json = true;
                else if (!"html".equals(f)) problems.add(new Problem(FORMAT, "format 只能是 html 或 json。"));
                continue;
            }
            if (e.getKey().equals(FROM)) {
                if (!FROM_ITEM.equals(single(e.getValue()))) problems.add(new Problem(FROM, "from 只能是 item。"));
                continue;
            }
            Question q = known.get(e.getKey());
            if (q == null) {
                unknown = true;
                continue;
            }
            List<String> vs = new ArrayList<>();
            for (String v : e.getValue()) if (v != null && !v.isBlank()) vs.add(v.strip());
            if (vs.size() > (q.type() == Questions.Type.CHECKBOXES ? q.options().size() : 1)) {
                problems.add(new Problem(q.name(), "“" + q.label() + "”只能回答一次。"));
            } else if (vs.stream().anyMatch(v -> v.length() > MAX_VALUE)) {
                problems.add(new Problem(q.name(), "“" + q.label() + "”的回答格式不正确。"));
            } else {
                values.put(q.name(), vs);
            }
        }
        if (unknown) problems.add(new Problem("", "请求中包含无法识别的参数。"));
        if (count > MAX_PARAMS) problems.add(new Problem("", "请求参数过多。"));
        boolean asked = !problems.isEmpty() || query.keySet().stream().anyMatch(k -> !k.equals(FORMAT) && !k.equals(FROM));
        if (!asked) return new Parsed(false, null, problems, Map.of(), json);

        Set<String> excused = new HashSet<>();
        Reader r = new Reader(values, problems, excused);
        List<Boolean> conditions = new ArrayList<>();
        for (int i = 1; i <= conditionCount; i++) conditions.add(r.yesNo(known.get(Questions.condition(i)), true));
        Map<String, Integer> derived = new LinkedHashMap<>();
        for (ConditionLinks.Link l : ConditionLinks.of(itemConditions)) reconcile(l, conditions, r, excused, derived);
        Boolean minor = r.yesNo(Questions.MINOR, false);
        Boolean first = r.yesNo(Questions.FIRST, true);
        Boolean corrected = r.yesNo(Questions.CORRECTED, true);
        String harm = r.choice(Questions.HARM, true);
        Boolean emergency = r.yesNo(Questions.EMERGENCY, true);
        Boolean noFault = r.yesNo(Questions.NO_FAULT, true);
        String field = r.choice(Questions.FIELD, false);
        Boolean supplier = r.yesNo(Questions.SUPPLIER, false);
        Boolean inspected = r.yesNo(Questions.INSPECTED, false);
        String party = r.choice(Questions.PARTY, true);
        boolean person = "person".equals(party);
        LocalDate birthDate = person ? r.date(Questions.BIRTH_DATE, today) : null;
        Integer age = r.age(person && birthDate == null && !values.containsKey(Questions.BIRTH_DATE.name()));
        String capacity = r.choice(Questions.CAPACITY, person);
        Set<Mitigation> mitigations = r.mitigations();
        LocalDate actDate = r.date(Questions.ACT_DATE, today);
        Boolean continuing = r.yesNo(Questions.CONTINUING, actDate != null);
        LocalDate endDate = r.date(Questions.END_DATE, today);
        LocalDate foundDate = r.date(Questions.FOUND_DATE, today);
        // Only an act with harmful consequences can have its period extended (art. 36 ¶1): without harm it is not asked.
        Boolean lifeOrFinance = r.yesNo(Questions.LIFE_OR_FINANCE, actDate != null && !"none".equals(harm));
        if (actDate == null && (endDate != null || foundDate != null) && !values.containsKey("actDate")) {
            r.problem(Questions.ACT_DATE, "填写了其他日期时，请填写违法行为发生的日期。");
        }
        if (actDate != null && endDate != null && endDate.isBefore(actDate)) {
            r.problem(Questions.END_DATE, "终了日期不能早于违法行为发生的日期。");
        }
        if (actDate != null && foundDate != null && foundDate.isBefore(actDate)) {
            r.problem(Questions.FOUND_DATE, "发现日期不能早于违法行为发生的日期。");
        }
        if (birthDate != null) {
            if (actDate == null) {
                if (!values.containsKey(Questions.ACT_DATE.name())) {
                    r.problem(Questions.BIRTH_DATE, "填写出生日期时，请同时填写违法行为发生的日期，以便计算当时的周岁。");
                }
            } else if (birthDate.isAfter(actDate)) {
                r.problem(Questions.BIRTH_DATE, "出生日期不能晚于违法行为发生的日期。");
            } else {
                int years = Situation.fullYears(birthDate, actDate);
                if (age != null && age != years) {
                    r.problem(Questions.AGE, "填写的年龄与出生日期不一致：按出生日期，违法行为发生时为 " + years + " 周岁。");
                }
                age = years;
            }
        }
        if (!problems.isEmpty()) return new Parsed(true, null, problems, values, json);

        boolean cont = Boolean.TRUE.equals(continuing);
        Situation s = new Situation(conditions, person ? Party.PERSON : Party.ORGANISATION, person ? age : null,
                person ? Capacity.valueOf(capacity.toUpperCase()) : null, first, corrected,
                Harm.valueOf(harm.toUpperCase()), noFault, emergency, mitigations, actDate, continuing,
                cont ? endDate : null, foundDate, lifeOrFinance, minor,
                field == null ? null : Situation.Field.valueOf(field.toUpperCase()), supplier, inspected,
                person ? birthDate : null);
        return new Parsed(true, s, problems, values, json, derived);
    }

    /**
     * A law question linked to an item condition: an answer the condition's answer settles is taken from it when the
     * question was not answered (recorded in {@code derived}); an answer that contradicts it is a problem; a question
     * that only the condition asks is not reported missing while the condition itself is unanswered.
     */
    private static void reconcile(ConditionLinks.Link l, List<Boolean> conditions, Reader r, Set<String> excused,
                                  Map<String, Integer> derived) {
        Question q = l.question();
        Boolean met = conditions.get(l.condition());
        String given = r.raw(q);
        if (met == null) {
            if (given == null && l.replacesQuestion()) excused.add(q.name());
            return;
        }
        Set<String> allowed = l.allowed(met);
        if (given == null) {
            String settled = l.settled(met);
            if (settled != null) {
                r.values().put(q.name(), List.of(settled));
                derived.put(q.name(), l.condition() + 1);
            }
        } else if (allowed != null && !allowed.contains(given) && q.options().stream().anyMatch(o -> o.value().equals(given))) {
            r.problem(q, "您对清单条件 " + (l.condition() + 1) + " 答了“" + (met ? "符合" : "不符合") + "”，与“" + q.label()
                    + "”的回答“" + q.labelOf(given) + "”不一致：两者说的是同一件事，请改正其中之一。");
        }
    }

    private static String single(List<String> vs) {
        return vs.size() == 1 ? vs.get(0) : null;
    }

    /** Reads one question at a time; a bad value is reported and dropped from {@code values}. */
    private record Reader(Map<String, List<String>> values, List<Problem> problems, Set<String> excused) {
        String raw(Question q) {
            List<String> vs = values.get(q.name());
            return vs == null || vs.isEmpty() ? null : vs.get(0);
        }

        void problem(Question q, String message) {
            if (problems.stream().noneMatch(p -> p.param().equals(q.name()))) problems.add(new Problem(q.name(), message));
        }

        void reject(Question q) {
            values.remove(q.name());
            problem(q, "“" + q.label() + "”：请选择列出的选项之一。");
        }

        String choice(Question q, boolean required) {
            String v = raw(q);
            if (v == null) {
                if (required && !excused.contains(q.name())) problem(q, "请回答：" + q.label());
                return null;
            }
            if (q.options().stream().noneMatch(o -> o.value().equals(v))) {
                reject(q);
                return null;
            }
            return v;
        }

        Boolean yesNo(Question q, boolean required) {
            String v = choice(q, required);
            return v == null ? null : v.equals("yes");
        }

        Integer age(boolean required) {
            String v = raw(Questions.AGE);
            if (v == null) {
                if (required) problem(Questions.AGE, "请填写违法行为发生时当事人的年龄，或者填写出生日期。");
                return null;
            }
            if (!AGE.matcher(v).matches() || Integer.parseInt(v) > 150) {
                values.remove(Questions.AGE.name());
                problem(Questions.AGE, "年龄须是 0 到 150 之间的整数。");
                return null;
            }
            return Integer.parseInt(v);
        }

        LocalDate date(Question q, LocalDate today) {
            String v = raw(q);
            if (v == null) return null;
            LocalDate d = null;
            if (DATE.matcher(v).matches()) {
                try {
                    d = LocalDate.parse(v, ISO);
                } catch (DateTimeParseException e) {
                    d = null;
                }
            }
            if (d == null) {
                values.remove(q.name());
                problem(q, "“" + q.label() + "”须按 年-月-日 填写，例如 2025-03-01。");
                return null;
            }
            if (d.isAfter(today)) {
                values.remove(q.name());
                problem(q, "“" + q.label() + "”不能晚于今天。");
                return null;
            }
            return d;
        }

        Set<Mitigation> mitigations() {
            List<String> vs = values.getOrDefault(Questions.MITIGATION.name(), List.of());
            Set<Mitigation> out = EnumSet.noneOf(Mitigation.class);
            Set<String> seen = new HashSet<>();
            for (String v : vs) {
                if (!seen.add(v) || Questions.MITIGATION.options().stream().noneMatch(o -> o.value().equals(v))) {
                    values.remove(Questions.MITIGATION.name());
                    problem(Questions.MITIGATION, "“从轻、减轻处罚的情节”：请勾选列出的选项，每项至多一次。");
                    return Set.of();
                }
                out.add(Mitigation.valueOf(v.toUpperCase()));
            }
            return out;
        }
    }
}
