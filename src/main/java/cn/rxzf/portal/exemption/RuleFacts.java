package cn.rxzf.portal.exemption;

import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.content.model.Law.Rule;
import cn.rxzf.portal.exemption.Situation.Capacity;
import cn.rxzf.portal.exemption.Situation.Harm;
import cn.rxzf.portal.exemption.Situation.Mitigation;
import java.util.ArrayList;
import java.util.List;

/**
 * The check's answers read as the facts a rule of {@code content/law/} names ({@link Law#FACTS}, 危害后果, 周岁,
 * 精神状态): whether each is met, and how to say so in the trace. The vocabulary is the form's questions; a fact
 * added to {@link Law#FACTS} needs its question here (RuleFactsTest fails otherwise).
 */
final class RuleFacts {
    private final Situation s;
    private final boolean minor;
    private final boolean presumedMinor;

    RuleFacts(Situation s, boolean presumedMinor) {
        this.s = s;
        this.presumedMinor = presumedMinor;
        this.minor = Boolean.TRUE.equals(s.minor()) || presumedMinor;
    }

    /** Whether a fact of the vocabulary holds; throws for a name outside it. */
    boolean holds(String fact) {
        return switch (fact) {
            case "轻微" -> minor;
            case "初次违法" -> s.firstViolation();
            case "及时改正" -> s.correctedInTime();
            case "无主观过错" -> s.noFault();
            case "进货查验" -> Boolean.TRUE.equals(s.inspected());
            case "说明进货来源" -> Boolean.TRUE.equals(s.supplier());
            case "主动消除或者减轻危害后果" -> s.mitigations().contains(Mitigation.REMEDIED);
            case "受胁迫或者诱骗" -> s.mitigations().contains(Mitigation.COERCED);
            case "主动供述" -> s.mitigations().contains(Mitigation.CONFESSED);
            case "立功表现" -> s.mitigations().contains(Mitigation.MERITORIOUS);
            case "生命健康金融" -> Boolean.TRUE.equals(s.lifeHealthOrFinance());
            default -> throw new IllegalArgumentException("no question for the fact " + fact);
        };
    }

    /** How the person's answer reads, met or not. */
    String say(String fact) {
        boolean yes = holds(fact);
        return switch (fact) {
            case "轻微" -> s.minor() != null ? (s.minor() ? "违法行为轻微" : "违法行为不轻微")
                    : presumedMinor ? "违法行为轻微（未单独回答；清单把本事项列为轻微违法行为，且符合清单条件）" : "未回答违法行为是否轻微";
            case "初次违法" -> yes ? "初次违法" : "不是初次违法";
            case "及时改正" -> yes ? "已及时改正" : "没有及时改正";
            case "无主观过错" -> yes ? "有证据足以证明没有主观过错" : "没有证据足以证明自己没有主观过错";
            case "进货查验" -> yes ? "履行了进货查验等义务" : "未确认履行了进货查验等义务";
            case "说明进货来源" -> yes ? "能如实说明进货来源" : "未确认能如实说明进货来源";
            case "主动消除或者减轻危害后果" -> yes ? "主动消除或者减轻了违法行为的危害后果" : "没有勾选“主动消除或者减轻危害后果”";
            case "受胁迫或者诱骗" -> yes ? "受他人胁迫或者诱骗实施违法行为" : "没有勾选“受他人胁迫或者诱骗”";
            case "主动供述" -> yes ? "主动供述了行政机关尚未掌握的违法行为" : "没有勾选“主动供述”";
            case "立功表现" -> yes ? "配合行政机关查处违法行为有立功表现" : "没有勾选“立功表现”";
            case "生命健康金融" -> yes ? "涉及公民生命健康安全或者金融安全" : "不涉及公民生命健康安全或者金融安全";
            default -> throw new IllegalArgumentException(fact);
        };
    }

    /** Why a missing fact fails, in the words of the trace (“未确认违法行为轻微”). */
    private String fails(String fact) {
        return switch (fact) {
            case "轻微" -> s.minor() == null ? "未确认违法行为轻微" : "违法行为不轻微";
            case "无主观过错" -> "没有证据证明没有主观过错";
            default -> say(fact);
        };
    }

    String harm() {
        return switch (s.harm()) {
            case NONE -> "没有造成危害后果";
            case MINOR -> "危害后果轻微";
            case SERIOUS -> "危害后果较重";
        };
    }

    private static String harmName(Harm h) {
        return switch (h) {
            case NONE -> "没有";
            case MINOR -> "轻微";
            case SERIOUS -> "较重";
        };
    }

    private String age() {
        return s.birthDate() != null
                ? "出生于 " + s.birthDate() + "，违法行为发生时（" + s.actDate() + "）" + s.age() + " 周岁（生日当天仍不满该周岁）"
                : "违法行为发生时 " + s.age() + " 周岁";
    }

    private String capacity() {
        Capacity c = s.capacity() == null ? Capacity.FULL : s.capacity();
        return switch (c) {
            case NONE -> "违法时不能辨认或者不能控制自己的行为";
            case PARTIAL -> "尚未完全丧失辨认或者控制自己行为的能力";
            case FULL -> "违法时能够辨认和控制自己的行为";
        };
    }

    /** Whether the rule is about a natural person's age or mental state (arts. 30–31). */
    static boolean personal(Rule r) {
        return r.minAge() != null || r.maxAge() != null || r.capacity() != null;
    }

    /** The facts the rule asks about, as the person answered them. */
    String describe(Rule r) {
        List<String> out = new ArrayList<>();
        if (personal(r) && !s.isPerson()) return "当事人是单位";
        if (r.minAge() != null || r.maxAge() != null) out.add(age());
        if (r.capacity() != null) out.add(capacity());
        for (String f : r.facts()) out.add(say(f));
        if (!r.harms().isEmpty()) out.add(harm());
        return String.join("；", out);
    }

    /** What the rule needs that the answers do not give; empty when the rule is met. */
    List<String> unmet(Rule r) {
        List<String> out = new ArrayList<>();
        if (personal(r) && !s.isPerson()) {
            out.add("只适用于自然人");
            return out;
        }
        if (r.minAge() != null && s.age() < r.minAge()) out.add("违法时不满" + Law.chinese(r.minAge()) + "周岁");
        if (r.maxAge() != null && s.age() >= r.maxAge()) out.add("违法时已满" + Law.chinese(r.maxAge()) + "周岁");
        if (r.capacity() != null) {
            Capacity want = r.capacity().equals(Law.CAPACITIES.get(0)) ? Capacity.NONE : Capacity.PARTIAL;
            if (s.capacity() != want) out.add(capacity());
        }
        for (String f : r.facts()) if (!holds(f)) out.add(fails(f));
        if (!r.harms().isEmpty() && !r.harms().contains(harmName(s.harm()))) {
            out.add(s.harm() == Harm.NONE ? "没有造成危害后果" : r.harms().contains("没有") && r.harms().size() == 1
                    ? "造成了危害后果" : "危害后果不轻微");
        }
        return out;
    }
}
