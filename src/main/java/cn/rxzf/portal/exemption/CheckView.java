package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.exemption.CheckRequest.Problem;
import cn.rxzf.portal.exemption.Questions.Group;
import cn.rxzf.portal.exemption.Questions.Question;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the check page and its JSON show, built from the questions, the accepted answers and the outcome: the form
 * filled in again, the answers given in words, and the outcome with its articles and the statement that the
 * authority decides.
 */
public record CheckView(Item item, EnforcementList list, EnforcementList successor, Department department,
                        List<GroupView> groups, List<ErrorLink> errors, OutcomeView outcome, List<Given> given,
                        LocalDate date, String guidance) {

    public record OptionView(String value, String label, String id, boolean checked) {}

    /**
     * One question as the form shows it; {@code id} is its (first) input's id, which the error summary links to.
     * {@code linked} names the item condition it is tied to (empty: none), {@code ifMet} and {@code ifUnmet} the
     * answers that condition's answer allows (space-separated; empty: any), for the script to skip or narrow it.
     */
    public record QuestionView(String name, String id, String label, String hint, String type, List<OptionView> options,
                               String value, String error, boolean personOnly, boolean required, String linked,
                               String ifMet, String ifUnmet) {}

    /**
     * One group of the form; {@code number} counts the unfolded groups (0 for a folded one, which is not a step),
     * {@code open} whether a folded group starts open (one of its questions answered or in error).
     */
    public record GroupView(String id, String title, String hint, List<QuestionView> questions, boolean folded,
                            int number, int steps, boolean open) {}

    /** One question in the summary of answers; {@code answered}: the person gave (or an item condition gave) an answer. */
    public record Given(String question, String answer, boolean answered) {}

    /** One entry of the error summary: the message and the input it is about (null when about no one question). */
    public record ErrorLink(String message, String href) {}

    public record AlsoView(String label, String reason, List<Article> articles) {}

    /** One step of the trace; {@code gives} is the outcome code the rule gives (null: none), {@code givesLabel} its words. */
    public record StepView(String fact, Article article, String result, String gives, String givesLabel,
                           boolean decisive) {}

    /** {@code listNote}: how the answer reads beside the item's 处理结果 (null without an item). */
    public record OutcomeView(String code, String label, String listNote, List<Article> articles, List<String> reasons,
                              List<AlsoView> also, List<String> unmet, List<String> cautions, List<String> measures,
                              boolean education, Article educationArticle, String coercion,
                              LimitationView limitation, List<StepView> trace, String unmetTitle) {}

    /** The limitation period as counted (null fields when the dates needed were not given). */
    public record LimitationView(boolean evaluated, boolean barred, Integer years, String start, String lastDay,
                                 String discovered, Article basis) {
        static LimitationView of(Limitation l) {
            return new LimitationView(l.evaluated(), l.barred(), l.evaluated() ? l.years() : null, str(l.start()),
                    str(l.lastDay()), str(l.discovered()), l.basis());
        }

        private static String str(LocalDate d) {
            return d == null ? null : d.toString();
        }
    }

    public static CheckView of(Item item, EnforcementList list, EnforcementList successor, Department department,
                               CheckRequest.Parsed parsed, Outcome outcome, LocalDate today) {
        List<Group> groups = Questions.forItem(item == null ? List.of() : item.conditions(), item != null);
        OutcomeView o = outcome == null ? null : outcome(outcome, item == null ? null : ItemFacts.of(item, list), today);
        boolean presumedMinor = outcome != null
                && ExemptionRules.presumesMinor(item == null ? null : ItemFacts.of(item, list), parsed.situation(), today);
        List<Given> given = outcome == null ? List.of() : given(groups, parsed, presumedMinor);
        String guidance = item == null
                ? "本结果根据您的回答和法律条文生成，仅供参考，不是行政决定。是否不予处罚或者从轻、减轻处罚，由对该违法行为有管辖权的"
                        + "行政机关根据调查核实的事实依法决定。如有疑问，可以咨询作出或者将要作出处罚决定的行政机关。"
                : "本结果根据您的回答和公开的清单、法律条文生成，仅供参考，不是行政决定。是否不予处罚或者从轻、减轻处罚，由"
                        + item.authority() + "根据调查核实的事实依法决定。如有疑问，可以咨询" + department.name() + "，电话 "
                        + department.phone() + "。";
        // The list in force classes the act as minor once its conditions are met: the script then skips that question.
        boolean presumesMinor = item != null && ItemFacts.of(item, list).listsActAsMinor()
                && ItemFacts.of(item, list).listInForce(today);
        List<GroupView> form = form(item, groups, parsed,
                ConditionLinks.of(item == null ? List.<String>of() : item.conditions()), presumesMinor);
        List<ErrorLink> errors = new ArrayList<>();
        for (Problem p : parsed.problems()) {
            String href = form.stream().flatMap(g -> g.questions().stream()).filter(q -> q.name().equals(p.param()))
                    .map(q -> "#" + q.id()).findFirst().orElse(null);
            errors.add(new ErrorLink(p.message(), href));
        }
        return new CheckView(item, list, successor, department, form, errors, o, given, today, guidance);
    }

    private static List<GroupView> form(Item item, List<Group> groups, CheckRequest.Parsed parsed,
                                        List<ConditionLinks.Link> links, boolean presumesMinor) {
        List<GroupView> out = new ArrayList<>();
        for (Group g : groups) {
            List<QuestionView> qs = new ArrayList<>();
            for (Question q : g.questions()) {
                List<String> vs = parsed.values().getOrDefault(q.name(), List.of());
                String error = parsed.problems().stream().filter(p -> p.param().equals(q.name()))
                        .map(Problem::message).findFirst().orElse(null);
                List<OptionView> options = new ArrayList<>();
                for (Questions.Option o : q.options()) {
                    options.add(new OptionView(o.value(), o.label(), "q-" + q.name() + "-" + o.value(), vs.contains(o.value())));
                }
                String id = options.isEmpty() ? "q-" + q.name() : options.get(0).id();
                ConditionLinks.Link l = links.stream().filter(x -> x.question().name().equals(q.name())).findFirst()
                        .orElse(null);
                boolean tied = l != null && l.kind() != ConditionLinks.Kind.DIFFERENT;
                if (q.name().equals(Questions.MINOR.name()) && presumesMinor && l == null) {
                    l = new ConditionLinks.Link(q, -1, ConditionLinks.Kind.WHEN_MET, ConditionLinks.YES, null, "");
                    tied = true;
                }
                qs.add(new QuestionView(q.name(), id, q.label(), q.hint(), q.type().name().toLowerCase(), options,
                        vs.isEmpty() ? "" : vs.get(0), error, q.personOnly(),
                        q.required() || q == Questions.CONTINUING || q == Questions.LIFE_OR_FINANCE,
                        !tied ? "" : l.condition() < 0 ? "all" : Questions.condition(l.condition() + 1), tied ? words(l.ifMet()) : "",
                        tied ? words(l.ifUnmet()) : ""));
            }
            int number = g.folded() ? 0 : (int) groups.subList(0, groups.indexOf(g) + 1).stream().filter(x -> !x.folded()).count();
            int steps = (int) groups.stream().filter(x -> !x.folded()).count();
            boolean open = qs.stream().anyMatch(q -> !q.value().isEmpty() || q.error() != null
                    || q.options().stream().anyMatch(OptionView::checked));
            String hint = g.id().equals("item") && item != null
                    ? "事项：" + item.violation() + (item.violatedProvisions() == null || item.violatedProvisions().isBlank() ? "" : "（违反" + item.violatedProvisions() + "）")
                    : g.hint();
            out.add(new GroupView(g.id(), g.title(), hint, qs, g.folded(), number, steps, open));
        }
        return out;
    }

    private static String words(java.util.Set<String> values) {
        return values == null ? "" : String.join(" ", values.stream().sorted().toList());
    }

    /** What the summary says for 轻微 when the check took it from the list (the script skips the question then). */
    static final String PRESUMED_MINOR = "按清单视为轻微（未单独回答：生效的清单把本事项列为轻微违法行为，且您符合清单的全部适用条件）";

    /**
     * The answers in words, leaving out what did not count (person-only answers for an organisation, and so on); a
     * law question answered by an item condition says so.
     */
    private static List<Given> given(List<Group> groups, CheckRequest.Parsed parsed, boolean presumedMinor) {
        Situation s = parsed.situation();
        List<Given> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Group g : groups) {
            for (Question q : g.id().equals("act") ? Questions.ACT : g.questions()) {
                if (!seen.add(q.name())) continue;
                List<String> vs = parsed.values().getOrDefault(q.name(), List.of());
                if (q.personOnly() && !s.isPerson()) continue;
                if (q == Questions.END_DATE && !Boolean.TRUE.equals(s.continuing())) continue;
                String answer;
                if (q.type() == Questions.Type.CHECKBOXES) {
                    answer = vs.isEmpty() ? "无" : String.join("；", vs.stream().map(q::labelOf).toList());
                } else if (vs.isEmpty()) {
                    answer = q.type() == Questions.Type.DATE ? "未填写" : "未回答";
                } else {
                    answer = q.type() == Questions.Type.RADIO ? q.labelOf(vs.get(0)) : vs.get(0);
                }
                boolean answered = !vs.isEmpty();
                if (q == Questions.MINOR && vs.isEmpty() && presumedMinor) answer = PRESUMED_MINOR;
                if (q == Questions.FITS && vs.isEmpty()) answer = "未回答（按本事项判断）";
                Integer from = parsed.derived().get(q.name());
                if (from != null) answer += "（由清单条件 " + from + " 的回答得出）";
                out.add(new Given(q == Questions.MITIGATION ? g.title() : q.label(), answer, answered || from != null));
            }
        }
        return out;
    }

    /** How many questions the person answered: what the summary of answers counts. */
    public static long answered(List<Given> given) {
        return given.stream().filter(Given::answered).count();
    }

    /**
     * The heading over the reasons the list does not apply, naming the real one: a list not in force (a draft, or
     * past its term) before any condition, so a draft whose conditions were all met is not said to have unmet ones.
     */
    static String unmetTitle(ItemFacts item, LocalDate today) {
        if (item == null || item.listInForce(today)) return "清单的适用条件未全部满足";
        if (item.listStatus().equals("征求意见")) return "所属清单是征求意见稿，尚未生效";
        if (!item.listStatus().equals("生效")) return "所属清单" + item.listStatus() + "，不能作为依据";
        return "所属清单已过有效期";
    }

    private static OutcomeView outcome(Outcome o, ItemFacts item, LocalDate today) {
        List<AlsoView> also = new ArrayList<>();
        for (Outcome.Finding f : o.also()) also.add(new AlsoView(f.kind().label, f.reason(), f.articles()));
        // For 不适用 the reasons are the unmet conditions: no need to list them twice.
        List<String> unmet = o.kind() == Outcome.Kind.NOT_APPLICABLE ? List.of() : o.unmet();
        List<StepView> trace = new ArrayList<>();
        for (Outcome.Step st : o.trace()) {
            trace.add(new StepView(st.fact(), st.article(), st.result(), st.gives(),
                    st.gives() == null ? null : Outcome.Kind.valueOf(st.gives()).label, st.decisive()));
        }
        String listNote = item == null ? null : ResultWording.of(item.outcome(), o.kind(), o.unmet().isEmpty());
        return new OutcomeView(o.kind().name(), o.kind().label, listNote, o.articles(), o.reasons(), also, unmet, o.cautions(),
                o.measures(), o.education() && o.educationBasis() != null, o.educationBasis(), o.coercion(),
                LimitationView.of(o.limitation()), trace, unmetTitle(item, today));
    }

    /** The template's variables. */
    public Map<String, Object> vars() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("item", item);
        v.put("list", list);
        v.put("successor", successor);
        v.put("department", department);
        v.put("groups", groups);
        v.put("errors", errors);
        v.put("outcome", outcome);
        v.put("given", given);
        v.put("answered", answered(given));
        v.put("date", date);
        v.put("guidance", guidance);
        v.put("carried", false); // the law's check reached from an item's with answers (CheckController sets it)
        return v;
    }

    /** The JSON answer for the page's script and other clients. */
    public Map<String, Object> json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("item", item == null ? null : Map.of("id", item.id(), "violation", item.violation(), "url", item.url()));
        j.put("list", list == null ? null : Map.of("title", list.title(), "url", list.url(), "status", list.status()));
        j.put("outcome", outcome);
        j.put("answers", given);
        j.put("authority", item == null ? null : item.authority());
        Map<String, Object> dept = null;
        if (department != null) {
            dept = new LinkedHashMap<>();
            dept.put("name", department.name());
            dept.put("phone", department.phone());
            dept.put("address", department.address());
            dept.put("url", department.url());
        }
        j.put("department", dept);
        j.put("guidance", guidance);
        j.put("date", date.toString());
        return j;
    }
}
