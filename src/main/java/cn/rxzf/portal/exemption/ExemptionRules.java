package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.exemption.Outcome.Finding;
import cn.rxzf.portal.exemption.Outcome.Kind;
import cn.rxzf.portal.exemption.Outcome.Step;
import cn.rxzf.portal.exemption.Situation.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check, law before list. The law's rules are data ({@code content/law/*.yaml}, read into a {@link Rulebook}):
 * first the limitation period ({@link Limitation}: the period rule in force when the act ended, or today's if shorter —
 * art. 37), then every leniency rule of the versions in force when the act ended and today, in the order of the law,
 * each evaluated against the answers ({@link RuleFacts}); a special provision's rule replaces the rules it displaces
 * (排除适用) for acts in its field. Then the item: a list in force whose conditions are all met adds its own leniency
 * (从轻/减轻) or its 不予行政强制; its 不予处罚 agrees with the first 免罚清单依据 rule met; a list never takes away what the
 * law gives. Every rule considered becomes a {@link Step} of the trace; every rule that gives something a
 * {@link Finding}. The answer is the most favourable finding (the {@link Kind} order), the others are what applies if
 * the authority decides otherwise.
 */
public final class ExemptionRules {
    /** Areas where 柔性执法 is excluded or applied with caution (domain guide §2): the item decides, the page warns. */
    static final List<String> CAUTIOUS_AREAS = List.of("国家安全", "公共安全", "食品", "药品", "安全生产", "生态环境",
            "污染防治", "人身健康", "生命财产");

    /** The outcomes of the rules' 结果, in the order of {@link Law#OUTCOMES}. */
    static final Map<String, Kind> KINDS = Map.of("不再处罚", Kind.TIME_BARRED, "应当不予", Kind.MUST_NOT_PUNISH,
            "可以不予", Kind.MAY_NOT_PUNISH, "可以免予", Kind.MAY_EXEMPT, "应当从轻或者减轻", Kind.MUST_MITIGATE,
            "可以从轻或者减轻", Kind.MAY_MITIGATE);

    private ExemptionRules() {}

    /**
     * @param item the list item checked against, or null for the law's answer without a list
     */
    public static Outcome decide(Rulebook book, ItemFacts item, Situation s, LocalDate today) {
        int conditions = item == null ? 0 : item.conditions().size();
        if (s.conditions().size() != conditions) throw new IllegalArgumentException("one answer per condition is needed");
        Run run = new Run(book, item, s, today);
        run.limitation();
        run.law();
        run.list();
        return run.outcome();
    }

    /**
     * Whether the check takes the act as minor (轻微) without the person saying so: the question was not answered, the
     * item is a 不予处罚 or 可以不予处罚 one of a list in force, all its conditions are met and the act did not exploit
     * an emergency. Only a list in force speaks for the department: a draft, repealed or expired list's word that the
     * act is minor is no ground for telling anyone they must not be punished (docs/legal-readings.md).
     */
    public static boolean presumesMinor(ItemFacts item, Situation s, LocalDate today) {
        return s.minor() == null && item != null && item.listsActAsMinor() && !s.conditions().contains(Boolean.FALSE)
                && item.listInForce(today) && !s.exploitedEmergency();
    }

    static boolean isCautiousArea(String area) {
        return area != null && CAUTIOUS_AREAS.stream().anyMatch(area::contains);
    }

    /** One evaluation: the steps and findings in the order the rules are applied. */
    private static final class Run {
        final ItemFacts item;
        final Situation s;
        final LocalDate today;
        final Field field;
        final List<Step> steps = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<String> unmet = new ArrayList<>();
        final List<String> cautions = new ArrayList<>();
        Limitation limitation;
        String coercion;
        final Rulebook book;
        final RuleFacts facts;
        /** The rules of the law in force when the act ended (or today) and today: art. 37's lighter later rules. */
        final List<Rulebook.Entry> rules = new ArrayList<>();
        int listBasis = -1;

        Run(Rulebook book, ItemFacts item, Situation s, LocalDate today) {
            this.book = book;
            this.item = item;
            this.s = s;
            this.today = today;
            this.field = s.field() != null ? s.field() : item != null ? item.defaultField() : Field.GENERAL;
            this.facts = new RuleFacts(s, presumesMinor(item, s, today));
            LocalDate actEnd = Boolean.TRUE.equals(s.continuing()) ? s.endDate() : s.actDate();
            for (Rulebook.Entry e : book.entries()) {
                boolean then = actEnd != null && e.law().inForce(actEnd);
                if (!e.rule().limitation() && e.inScope(field) && (then || e.law().inForce(today))) rules.add(e);
            }
            if (item != null && isCautiousArea(item.area())) {
                cautions.add("本事项属于" + item.area() + "领域，这类领域审慎适用柔性执法：清单的各项条件须严格同时满足。");
            }
            if (s.exploitedEmergency()) {
                cautions.add("利用自然灾害、事故灾难、公共卫生或者社会安全事件实施的违法行为，不适用清单的从宽处理；"
                        + "违反突发事件应对措施的，依法快速、从重处罚（《行政处罚法》第四十九条）。法律规定的不予处罚情形仍依法认定。");
            }
        }

        void step(String fact, Article article, String result) {
            steps.add(new Step(fact, article, result, null, false));
        }

        /** A rule that gives something: a finding and its step; returns the finding's index. */
        int give(Kind kind, Article article, String reason, String fact, String result) {
            findings.add(new Finding(kind, article, reason));
            steps.add(new Step(fact, article, result, kind.name(), false));
            return findings.size() - 1;
        }

        void limitation() {
            limitation = Limitation.of(s, field, today, book, facts);
            if (!limitation.evaluated()) {
                cautions.add(limitation.note());
                if (limitation.basis() == null) return; // a site without the law's period rules
                step(s.actDate() == null ? "未填写违法行为发生日期。" : "违法行为仍在继续。", limitation.basis(),
                        limitation.note());
                return;
            }
            boolean cont = Boolean.TRUE.equals(s.continuing());
            String fact = "违法行为" + (cont ? "于 " + s.actDate() + " 开始、" + limitation.start() + " 终了" : "发生于 " + s.actDate())
                    + "；" + (s.foundDate() != null ? s.foundDate() + " 被发现" : "至今未被发现（按今天 " + today + " 计）")
                    + (field == Field.TAX ? "；税收违法行为" : "")
                    + (Boolean.TRUE.equals(s.lifeHealthOrFinance()) ? "；涉及生命健康安全或者金融安全" : "") + "。";
            String counted = "期限自 " + limitation.start() + " 的次日起算（《民法典》第二百零一条），最后一日为 "
                    + limitation.lastDay() + "（第二百零二条）";
            if (limitation.barred()) {
                give(Kind.TIME_BARRED, limitation.basis(), limitation.reason(s.foundDate() != null), fact,
                        limitation.why() + counted + "；已超过：不再给予行政处罚。");
            } else {
                step(fact, limitation.basis(), limitation.why() + counted + "；未超过" + Rulebook.years(limitation.years())
                        + "，不影响。");
            }
            LocalDate actEnd = limitation.start();
            List<String> newer = new ArrayList<>();
            for (Rulebook.Entry e : rules) {
                if (!e.law().inForce(actEnd) && !newer.contains(e.law().name())) newer.add(e.law().name());
            }
            Article a37 = book.article("xingzheng-chufa", "a37", "全条");
            if (!newer.isEmpty() && a37 != null) {
                step("违法行为" + (cont ? "终了" : "发生") + "于 " + actEnd + "，在《" + String.join("》《", newer) + "》现行版本施行之前。",
                        a37, "现行版本的不予处罚、从轻或者减轻处罚的规定（如首违不罚、无主观过错不予处罚）不比行为时的规定重："
                                + "作出处罚决定时适用新的规定；行为时已有的从宽规定照样适用。");
            }
        }

        /** Every rule of the law in force on the act's date or today (art. 37), in the order of the law. */
        void law() {
            for (Rulebook.Entry e : rules) {
                Rulebook.Entry special = rules.stream().filter(o -> o != e && o.displaces(e, field)).findFirst().orElse(null);
                String fact = facts.describe(e.rule()) + "。";
                if (special != null) {
                    step(fact, e.article(), "法律另有规定，从其规定：适用" + special.article().cite() + "，而不是"
                            + e.article().cite() + "的“" + e.rule().outcome() + "”。");
                    continue;
                }
                List<String> fails = facts.unmet(e.rule());
                if (fails.isEmpty()) {
                    Kind kind = KINDS.get(e.rule().outcome());
                    int at = give(kind, e.article(), facts.describe(e.rule()) + "。", fact,
                            "条件都符合：" + kind.label + (kind == Kind.MAY_NOT_PUNISH ? "，由实施机关裁量。" : "。"));
                    if (e.rule().listBasis() && listBasis < 0) listBasis = at;
                } else {
                    boolean onlyMinor = fails.size() == 1 && s.minor() == null && e.rule().facts().contains("轻微")
                            && !facts.holds("轻微");
                    String result = String.join("、", fails) + "：不适用。"
                            + (onlyMinor ? "如果违法行为轻微，" + KINDS.get(e.rule().outcome()).label + "：请回答“违法行为是否轻微”。" : "");
                    Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
                    if (last != null && last.gives() == null && last.fact().equals(fact) && last.result().equals(result)
                            && last.article().url().equals(e.article().url())) {
                        // the same answer fails every rule of the provision the same way: one step citing all of it
                        steps.set(steps.size() - 1, new Step(fact, Rulebook.article(e.law(), e.provision(), "全条",
                                e.provision().text()), result, null, false));
                    } else {
                        step(fact, e.article(), result);
                    }
                }
            }
        }

        void list() {
            if (item == null) return;
            Article basis = Article.ofItem(item);
            String fact = "事项的处理结果为“" + item.outcome() + "”；清单状态：" + item.listStatus()
                    + (item.listExpiry() != null ? "，有效期至 " + item.listExpiry() : "") + "。";
            List<String> own = new ArrayList<>();
            if (!item.listStatus().equals("生效")) {
                own.add("所属清单" + (item.listStatus().equals("征求意见") ? "是征求意见稿，尚未生效" : item.listStatus())
                        + "，不能作为从宽处理的依据。");
            } else if (item.listExpiry() != null && item.listExpiry().isBefore(today)) {
                own.add("所属清单已于" + item.listExpiry() + "到期，不能作为从宽处理的依据。");
            }
            if (s.exploitedEmergency()) own.add("利用自然灾害、事故灾难、公共卫生或者社会安全事件实施的违法行为，不适用清单的从宽处理。");
            for (int i = 0; i < item.conditions().size(); i++) {
                if (!s.conditions().get(i)) own.add("不符合适用条件第 " + (i + 1) + " 项：" + item.conditions().get(i));
            }
            String lawStill = "以上《行政处罚法》和法律的规定照样适用：清单只能增加从宽，不能减少法律给予的。";
            if (!own.isEmpty()) {
                unmet.addAll(own);
                step(fact, basis, String.join("", own) + lawStill);
                return;
            }
            switch (item.outcome()) {
                case Item.NO_PENALTY, Item.MAY_NO_PENALTY -> {
                    if (listBasis >= 0) {
                        Finding f = findings.get(listBasis);
                        List<Article> articles = new ArrayList<>(f.articles());
                        articles.add(basis);
                        findings.set(listBasis, new Finding(f.kind(), articles, "符合清单的全部适用条件；" + f.reason()));
                        step(fact, basis, "符合清单的全部适用条件：清单规定" + item.outcome() + "，与"
                                + f.articles().get(0).cite() + "（" + f.kind().label + "）一致。");
                    } else {
                        String why = "清单的" + item.outcome() + "以法律规定的不予处罚情形为限（"
                                + String.join("；", listBases()) + "）：您的回答不符合。";
                        unmet.add(why);
                        step(fact, basis, "符合清单的全部适用条件，但" + why);
                    }
                }
                case Item.LIGHTER, Item.REDUCED -> give(Kind.MAY_MITIGATE, basis, "符合清单的全部适用条件：清单规定" + item.outcome() + "。",
                        fact, "符合清单的全部适用条件：" + item.outcome() + "。");
                default -> {
                    coercion = "符合清单的全部适用条件：按清单可以不采取行政强制措施（《中华人民共和国行政强制法》规定的查封、扣押等）。"
                            + "不予行政强制不是不予行政处罚：是否处罚、如何处罚，按上面《行政处罚法》的规定判断。";
                    Article measures = book.article("xingzheng-qiangzhi", "a2", "第二款");
                    steps.add(new Step(fact, measures != null ? measures : basis, coercion, null, false));
                }
            }
        }

        /** The rules a list's 不予处罚 item rests on (免罚清单依据), as cited. */
        List<String> listBases() {
            List<String> out = new ArrayList<>();
            for (Rulebook.Entry e : rules) {
                if (e.rule().listBasis()) out.add(e.article().cite() + "：" + needs(e.rule()));
            }
            return out;
        }

        Outcome outcome() {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Comparator.comparing(Finding::kind)); // stable: within a kind, the order of the law
            List<String> measures = item == null ? List.of() : item.measures();
            if (sorted.isEmpty()) {
                List<String> reasons = new ArrayList<>(unmet);
                reasons.add("根据您的回答，《行政处罚法》和有关法律规定的不予处罚、从轻或者减轻处罚的情形都不成立，由实施机关依法处理。");
                return new Outcome(Kind.NOT_APPLICABLE, item == null ? List.of() : List.of(Article.ofItem(item)),
                        reasons, List.of(), unmet, cautions, measures, false, coercion, limitation, steps, null);
            }
            Kind kind = sorted.get(0).kind();
            Set<Article> articles = new LinkedHashSet<>();
            List<String> reasons = new ArrayList<>();
            List<Finding> also = new ArrayList<>();
            for (Finding f : sorted) {
                if (f.kind() == kind) {
                    articles.addAll(f.articles());
                    reasons.add(f.reason());
                } else {
                    also.add(f);
                }
            }
            List<Step> trace = new ArrayList<>();
            for (Step st : steps) trace.add(kind.name().equals(st.gives()) ? st.decide() : st);
            boolean education = kind == Kind.MUST_NOT_PUNISH || kind == Kind.MAY_NOT_PUNISH || kind == Kind.MAY_EXEMPT;
            return new Outcome(kind, List.copyOf(articles), reasons, also, unmet, cautions, measures, education,
                    coercion, limitation, trace,
                    education ? book.article("xingzheng-chufa", "a33", "第三款") : null);
        }
    }

    /** What a rule needs, in the data's words: 轻微、及时改正、危害后果没有. */
    static String needs(Law.Rule r) {
        List<String> out = new ArrayList<>(r.facts());
        if (!r.harms().isEmpty()) out.add("危害后果" + String.join("或者", r.harms()));
        if (r.field() != null) out.add(r.field() + "领域");
        return String.join("、", out);
    }
}
