package cn.rxzf.portal.exemption;

import cn.rxzf.portal.exemption.Outcome.Finding;
import cn.rxzf.portal.exemption.Outcome.Kind;
import cn.rxzf.portal.exemption.Situation.Capacity;
import cn.rxzf.portal.exemption.Situation.Harm;
import cn.rxzf.portal.exemption.Situation.Mitigation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the check, in one place. Every rule that applies becomes a {@link Finding}; the answer is the most
 * favourable one (art. 36 first, then 应当不予, 可以不予, 应当从轻或者减轻, 可以从轻或者减轻), and the others are kept as
 * what applies if the authority decides otherwise. The law's rules (arts. 30–33, 36) apply whatever the list says;
 * the item's own leniency needs its list in force, every condition met, the law's requirements for that kind of
 * leniency, and an act that did not exploit an emergency (柔性执法 does not apply to those).
 */
public final class ExemptionRules {
    /** Areas where 柔性执法 is excluded or applied with caution (domain guide §2): the item decides, the page warns. */
    static final List<String> CAUTIOUS_AREAS = List.of("国家安全", "公共安全", "食品", "药品", "安全生产", "生态环境",
            "污染防治", "人身健康", "生命财产");

    private ExemptionRules() {}

    public static Outcome decide(ItemFacts item, Situation s, LocalDate today) {
        if (s.conditions().size() != item.conditions().size()) {
            throw new IllegalArgumentException("one answer per condition is needed");
        }
        List<String> cautions = new ArrayList<>();
        if (isCautiousArea(item.area())) {
            cautions.add("本事项属于" + item.area() + "领域，这类领域审慎适用柔性执法：清单的各项条件须严格同时满足。");
        }
        Limitation limitation = Limitation.of(s, today);
        if (!limitation.evaluated()) cautions.add(limitation.note());
        if (limitation.barred()) {
            return new Outcome(Kind.TIME_BARRED, List.of(Article.A36), List.of(limitation.reason(s.foundDate() != null)),
                    List.of(), List.of(), cautions, item.measures(), false);
        }

        List<Finding> findings = new ArrayList<>();
        party(s, findings);
        if (s.noFault()) findings.add(new Finding(Kind.MUST_NOT_PUNISH, Article.A33_NO_FAULT, "有证据足以证明没有主观过错。"));
        for (Mitigation m : Mitigation.values()) {
            if (s.mitigations().contains(m)) findings.add(new Finding(Kind.MUST_MITIGATE, m.article, reason(m)));
        }
        List<String> unmet = new ArrayList<>();
        item(item, s, today, findings, unmet, cautions);
        findings.sort(Comparator.comparing(Finding::kind)); // stable: within a kind, the order above

        if (findings.isEmpty()) {
            List<String> reasons = unmet.isEmpty()
                    ? List.of("本项为不予行政强制事项，清单没有规定不予处罚或者从轻、减轻处罚；您的回答也不符合《行政处罚法》第三十条至第三十三条的情形。")
                    : unmet;
            return new Outcome(Kind.NOT_APPLICABLE, List.of(Article.ofItem(item)), reasons, List.of(), unmet,
                    cautions, item.measures(), false);
        }
        Kind kind = findings.get(0).kind();
        Set<Article> articles = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        List<Finding> also = new ArrayList<>();
        for (Finding f : findings) {
            if (f.kind() == kind) {
                articles.addAll(f.articles());
                reasons.add(f.reason());
            } else {
                also.add(f);
            }
        }
        boolean education = kind == Kind.MUST_NOT_PUNISH || kind == Kind.MAY_NOT_PUNISH;
        return new Outcome(kind, List.copyOf(articles), reasons, also, unmet, cautions, item.measures(), education);
    }

    static boolean isCautiousArea(String area) {
        return area != null && CAUTIOUS_AREAS.stream().anyMatch(area::contains);
    }

    /** Arts. 30 and 31: age at the time of the act, and capacity to recognise or control it. */
    private static void party(Situation s, List<Finding> findings) {
        if (!s.isPerson()) return;
        if (s.age() < 14) {
            findings.add(new Finding(Kind.MUST_NOT_PUNISH, Article.A30_UNDER_14, "违法时不满十四周岁。"));
        } else if (s.age() < 18) {
            findings.add(new Finding(Kind.MUST_MITIGATE, Article.A30_MINOR, "违法时已满十四周岁不满十八周岁。"));
        }
        if (s.capacity() == Capacity.NONE) {
            findings.add(new Finding(Kind.MUST_NOT_PUNISH, Article.A31_NO_CAPACITY, "违法时不能辨认或者不能控制自己的行为。"));
        } else if (s.capacity() == Capacity.PARTIAL) {
            findings.add(new Finding(Kind.MAY_MITIGATE, Article.A31_PARTIAL, "尚未完全丧失辨认或者控制自己行为的能力。"));
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

    /** The item's own leniency: a finding when it applies, else what is not met. */
    private static void item(ItemFacts item, Situation s, LocalDate today, List<Finding> findings, List<String> unmet,
                             List<String> cautions) {
        if (!item.listStatus().equals("生效")) {
            unmet.add("所属清单" + (item.listStatus().equals("征求意见") ? "是征求意见稿，尚未生效" : item.listStatus())
                    + "，不能作为从宽处理的依据。");
        } else if (item.listExpiry() != null && item.listExpiry().isBefore(today)) {
            unmet.add("所属清单已于" + item.listExpiry() + "到期，不能作为从宽处理的依据。");
        }
        if (s.exploitedEmergency()) {
            unmet.add("利用自然灾害、事故灾难、公共卫生或者社会安全事件实施的违法行为，不适用柔性执法。");
        }
        for (int i = 0; i < item.conditions().size(); i++) {
            if (!s.conditions().get(i)) unmet.add("不符合适用条件第 " + (i + 1) + " 项：" + item.conditions().get(i));
        }
        if (!unmet.isEmpty()) return;

        Article basis = Article.ofItem(item);
        switch (item.outcome()) {
            case "不予处罚" -> {
                if (s.correctedInTime() && s.harm() == Harm.NONE) {
                    findings.add(new Finding(Kind.MUST_NOT_PUNISH, List.of(Article.A33_MINOR, basis),
                            "符合清单的全部适用条件，已及时改正，没有造成危害后果。"));
                } else if (s.firstViolation() && s.correctedInTime() && s.harm() == Harm.MINOR) {
                    findings.add(new Finding(Kind.MAY_NOT_PUNISH, List.of(Article.A33_FIRST, basis),
                            "符合清单的全部适用条件，但造成了轻微的危害后果：初次违法并及时改正的，可以不予处罚。"));
                } else {
                    if (!s.correctedInTime()) unmet.add("没有及时改正（第三十三条第一款要求及时改正）。");
                    if (s.harm() == Harm.SERIOUS) unmet.add("造成了较重的危害后果（第三十三条第一款要求没有危害后果，或者初次违法且危害后果轻微）。");
                    if (s.harm() == Harm.MINOR && !s.firstViolation()) unmet.add("造成了危害后果，且不是初次违法。");
                }
            }
            case "可以不予处罚" -> {
                if (s.firstViolation() && s.correctedInTime() && s.harm() != Harm.SERIOUS) {
                    findings.add(new Finding(Kind.MAY_NOT_PUNISH, List.of(Article.A33_FIRST, basis),
                            "符合清单的全部适用条件，初次违法，危害后果轻微（或者没有危害后果）并及时改正。"));
                } else {
                    if (!s.firstViolation()) unmet.add("不是初次违法（首违不罚以初次违法为前提）。");
                    if (!s.correctedInTime()) unmet.add("没有及时改正（首违不罚以及时改正为前提）。");
                    if (s.harm() == Harm.SERIOUS) unmet.add("危害后果不轻微（首违不罚以危害后果轻微为前提）。");
                }
            }
            case "从轻处罚", "减轻处罚" -> findings.add(new Finding(Kind.MAY_MITIGATE, basis,
                    "符合清单的全部适用条件：清单规定" + item.outcome() + "。"));
            default -> cautions.add("符合清单的全部适用条件：按清单可以不采取行政强制措施。清单没有规定不予处罚，"
                    + "是否处罚适用《行政处罚法》的一般规定。");
        }
    }
}
