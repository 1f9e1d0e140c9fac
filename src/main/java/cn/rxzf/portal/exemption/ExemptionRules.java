package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.exemption.Outcome.Finding;
import cn.rxzf.portal.exemption.Outcome.Kind;
import cn.rxzf.portal.exemption.Outcome.Step;
import cn.rxzf.portal.exemption.Situation.Capacity;
import cn.rxzf.portal.exemption.Situation.Field;
import cn.rxzf.portal.exemption.Situation.Harm;
import cn.rxzf.portal.exemption.Situation.Mitigation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the check, law before list. First the law, whatever a list says: the limitation period (art. 36, or
 * the special law, with art. 37 choosing the version in force when the act ended), arts. 30–31 (age, capacity),
 * art. 33 ¶1 first sentence (轻微、及时改正、没有危害后果: 应当不予), its second sentence (初次违法、危害后果轻微、及时改正:
 * 可以不予), art. 33 ¶2 (no fault: 不予, unless a special law provides otherwise — 《食品安全法》第一百三十六条,
 * 《产品质量法》第五十五条) and art. 32 (应当从轻或者减轻). Then the item: a list in force whose conditions are all met
 * adds its own leniency (从轻/减轻) or its 不予行政强制; a list never takes away what the law gives. Every rule
 * considered becomes a {@link Step} of the trace; every rule that gives something a {@link Finding}. The answer is the
 * most favourable finding (the {@link Kind} order), the others are what applies if the authority decides otherwise.
 */
public final class ExemptionRules {
    /** Areas where 柔性执法 is excluded or applied with caution (domain guide §2): the item decides, the page warns. */
    static final List<String> CAUTIOUS_AREAS = List.of("国家安全", "公共安全", "食品", "药品", "安全生产", "生态环境",
            "污染防治", "人身健康", "生命财产");

    private ExemptionRules() {}

    /**
     * @param item the list item checked against, or null for the law's answer without a list
     */
    public static Outcome decide(ItemFacts item, Situation s, LocalDate today) {
        int conditions = item == null ? 0 : item.conditions().size();
        if (s.conditions().size() != conditions) throw new IllegalArgumentException("one answer per condition is needed");
        Run run = new Run(item, s, today);
        run.limitation();
        run.party();
        run.article33();
        run.article32();
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
        int s1 = -1;
        int s2 = -1;

        Run(ItemFacts item, Situation s, LocalDate today) {
            this.item = item;
            this.s = s;
            this.today = today;
            this.field = s.field() != null ? s.field() : item != null ? item.defaultField() : Field.GENERAL;
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
            limitation = Limitation.of(s, field, today);
            if (!limitation.evaluated()) {
                cautions.add(limitation.note());
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
                step(fact, limitation.basis(), limitation.why() + counted + "；未超过" + (limitation.years() == 5 ? "五年" : "二年")
                        + "，不影响。");
            }
            LocalDate actEnd = limitation.start();
            if (actEnd.isBefore(Limitation.REVISION_2021)) {
                step("违法行为" + (cont ? "终了" : "发生") + "于 " + actEnd + "，在 2021-07-15 之前。", Article.A37,
                        "首违不罚（第三十三条第一款第二句）和无主观过错不予处罚（第三十三条第二款）是 2021 年修订新增的、处罚较轻的规定：作出处罚决定时适用新的规定。");
            }
        }

        void party() {
            if (!s.isPerson()) {
                step("当事人是单位。", Article.A30_MINOR, "第三十条、第三十一条只适用于自然人：不适用。");
                return;
            }
            String age = s.birthDate() != null
                    ? "出生于 " + s.birthDate() + "，违法行为发生时（" + s.actDate() + "）" + s.age() + " 周岁（生日当天仍不满该周岁）。"
                    : "违法行为发生时 " + s.age() + " 周岁。";
            if (s.age() < 14) {
                give(Kind.MUST_NOT_PUNISH, Article.A30_UNDER_14, "违法时不满十四周岁。", age, "不满十四周岁：不予行政处罚。");
            } else if (s.age() < 18) {
                give(Kind.MUST_MITIGATE, Article.A30_MINOR, "违法时已满十四周岁不满十八周岁。", age,
                        "已满十四周岁不满十八周岁：应当从轻或者减轻行政处罚。");
            } else {
                step(age, Article.A30_MINOR, "已满十八周岁：不适用。");
            }
            if (s.capacity() == Capacity.NONE) {
                give(Kind.MUST_NOT_PUNISH, Article.A31_NO_CAPACITY, "违法时不能辨认或者不能控制自己的行为。",
                        "违法时不能辨认或者不能控制自己的行为。", "不予行政处罚。");
            } else if (s.capacity() == Capacity.PARTIAL) {
                give(Kind.MAY_MITIGATE, Article.A31_PARTIAL, "尚未完全丧失辨认或者控制自己行为的能力。",
                        "尚未完全丧失辨认或者控制自己行为的能力。", "可以从轻或者减轻行政处罚。");
            } else {
                step("违法时能够辨认和控制自己的行为。", Article.A31_NO_CAPACITY, "不适用。");
            }
        }

        void article33() {
            boolean presumed = presumesMinor(item, s, today);
            boolean minor = Boolean.TRUE.equals(s.minor()) || presumed;
            String harm = switch (s.harm()) {
                case NONE -> "没有造成危害后果";
                case MINOR -> "危害后果轻微";
                case SERIOUS -> "危害后果较重";
            };
            String corrected = s.correctedInTime() ? "已及时改正" : "没有及时改正";
            String minorFact = s.minor() != null ? (s.minor() ? "违法行为轻微" : "违法行为不轻微")
                    : presumed ? "违法行为轻微（未单独回答；清单把本事项列为轻微违法行为，且符合清单条件）" : "未回答违法行为是否轻微";
            String fact1 = minorFact + "；" + corrected + "；" + harm + "。";
            if (minor && s.correctedInTime() && s.harm() == Harm.NONE) {
                s1 = give(Kind.MUST_NOT_PUNISH, Article.A33_MINOR, "违法行为轻微并及时改正，没有造成危害后果。", fact1,
                        "三项都符合：应当不予行政处罚（不以初次违法为条件）。");
            } else {
                List<String> fails = new ArrayList<>();
                if (!minor) fails.add(s.minor() == null ? "未确认违法行为轻微" : "违法行为不轻微");
                if (!s.correctedInTime()) fails.add("没有及时改正");
                if (s.harm() != Harm.NONE) fails.add("造成了危害后果");
                String hint = s.minor() == null && !presumed && s.correctedInTime() && s.harm() == Harm.NONE
                        ? "如果违法行为轻微，应当不予处罚：请回答“违法行为是否轻微”。" : "";
                step(fact1, Article.A33_MINOR, String.join("、", fails) + "：不适用。" + hint);
            }
            String fact2 = (s.firstViolation() ? "初次违法" : "不是初次违法") + "；" + harm + "；" + corrected + "。";
            if (s.firstViolation() && s.correctedInTime() && s.harm() != Harm.SERIOUS) {
                s2 = give(Kind.MAY_NOT_PUNISH, Article.A33_FIRST, "初次违法，危害后果轻微（或者没有危害后果）并及时改正。", fact2,
                        "三项都符合：可以不予行政处罚，由实施机关裁量。");
            } else {
                List<String> fails = new ArrayList<>();
                if (!s.firstViolation()) fails.add("不是初次违法");
                if (s.harm() == Harm.SERIOUS) fails.add("危害后果不轻微");
                if (!s.correctedInTime()) fails.add("没有及时改正");
                step(fact2, Article.A33_FIRST, String.join("、", fails) + "：不适用。");
            }
            noFault();
        }

        void noFault() {
            if (!s.noFault()) {
                step("没有证据足以证明自己没有主观过错。", Article.A33_NO_FAULT, "不适用。");
                return;
            }
            String fact = "有证据足以证明没有主观过错。";
            switch (field) {
                case FOOD -> {
                    step(fact + "经营不符合食品安全标准的食品。", Article.A33_NO_FAULT,
                            "法律另有规定，从其规定：适用《食品安全法》第一百三十六条，而不是本款的“不予行政处罚”。");
                    String f = (Boolean.TRUE.equals(s.inspected()) ? "履行了进货查验等义务" : "未确认履行了进货查验等义务") + "；"
                            + (Boolean.TRUE.equals(s.supplier()) ? "能如实说明进货来源" : "未确认能如实说明进货来源") + "。";
                    if (Boolean.TRUE.equals(s.inspected()) && Boolean.TRUE.equals(s.supplier())) {
                        give(Kind.MAY_EXEMPT, Article.FOOD_136, "履行了进货查验等义务，不知道所采购的食品不符合食品安全标准，并能如实说明进货来源。",
                                f, "可以免予处罚，但应当依法没收不符合食品安全标准的食品。");
                    } else {
                        step(f, Article.FOOD_136, "条件不全：不适用。");
                    }
                }
                case PRODUCT -> {
                    step(fact + "销售禁止销售的产品。", Article.A33_NO_FAULT,
                            "法律另有规定，从其规定：适用《产品质量法》第五十五条，而不是本款的“不予行政处罚”。");
                    String f = Boolean.TRUE.equals(s.supplier()) ? "能如实说明进货来源。" : "未确认能如实说明进货来源。";
                    if (Boolean.TRUE.equals(s.supplier())) {
                        give(Kind.MAY_MITIGATE, Article.PRODUCT_55, "不知道该产品为禁止销售的产品，并如实说明进货来源。", f,
                                "可以从轻或者减轻处罚。");
                    } else {
                        step(f, Article.PRODUCT_55, "须如实说明进货来源：不适用。");
                    }
                }
                default -> give(Kind.MUST_NOT_PUNISH, Article.A33_NO_FAULT, "有证据足以证明没有主观过错。", fact,
                        "不予行政处罚。");
            }
        }

        void article32() {
            if (s.mitigations().isEmpty()) {
                step("没有勾选第三十二条的情形。", Article.A32, "不适用。");
                return;
            }
            for (Mitigation m : Mitigation.values()) {
                if (s.mitigations().contains(m)) {
                    give(Kind.MUST_MITIGATE, m.article, reason(m), reason(m), "应当从轻或者减轻行政处罚。");
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
                    int via = s1 >= 0 ? s1 : s2;
                    if (via >= 0) {
                        Finding f = findings.get(via);
                        List<Article> articles = new ArrayList<>(f.articles());
                        articles.add(basis);
                        findings.set(via, new Finding(f.kind(), articles, "符合清单的全部适用条件；" + f.reason()));
                        step(fact, basis, "符合清单的全部适用条件：清单规定" + item.outcome() + "，与"
                                + (via == s1 ? "第三十三条第一款第一句（应当不予）" : "第三十三条第一款第二句（可以不予）") + "一致。");
                    } else {
                        String why = "清单的" + item.outcome() + "以《行政处罚法》第三十三条规定的情形为限：您的回答不符合"
                                + "（轻微、及时改正、没有危害后果；或者初次违法、危害后果轻微、及时改正）。";
                        unmet.add(why);
                        step(fact, basis, "符合清单的全部适用条件，但" + why);
                    }
                }
                case Item.LIGHTER, Item.REDUCED -> give(Kind.MAY_MITIGATE, basis, "符合清单的全部适用条件：清单规定" + item.outcome() + "。",
                        fact, "符合清单的全部适用条件：" + item.outcome() + "。");
                default -> {
                    coercion = "符合清单的全部适用条件：按清单可以不采取行政强制措施（《中华人民共和国行政强制法》规定的查封、扣押等）。"
                            + "不予行政强制不是不予行政处罚：是否处罚、如何处罚，按上面《行政处罚法》的规定判断。";
                    steps.add(new Step(fact, Article.COERCION, coercion, null, false));
                }
            }
        }

        Outcome outcome() {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Comparator.comparing(Finding::kind)); // stable: within a kind, the order of the law
            List<String> measures = item == null ? List.of() : item.measures();
            if (sorted.isEmpty()) {
                List<String> reasons = new ArrayList<>(unmet);
                reasons.add("根据您的回答，《行政处罚法》和有关法律规定的不予处罚、从轻或者减轻处罚的情形都不成立，由实施机关依法处理。");
                return new Outcome(Kind.NOT_APPLICABLE, item == null ? List.of() : List.of(Article.ofItem(item)),
                        reasons, List.of(), unmet, cautions, measures, false, coercion, limitation, steps);
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
                    coercion, limitation, trace);
        }
    }

    private static String reason(Mitigation m) {
        return switch (m) {
            case REMEDIED -> "主动消除或者减轻了违法行为的危害后果。";
            case COERCED -> "受他人胁迫或者诱骗实施违法行为。";
            case CONFESSED -> "主动供述了行政机关尚未掌握的违法行为。";
            case MERITORIOUS -> "配合行政机关查处违法行为有立功表现。";
        };
    }
}
