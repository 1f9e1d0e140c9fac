package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.model.CreditRules;
import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.content.model.CreditRules.CreditClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a record can be repaired now, and why (国家发展改革委令第36号《信用修复管理办法》; classes and periods from
 * {@code content/credit/rules.yaml}). The periods run from the decision date and are counted as 《民法典》 counts
 * them: the start day is not counted (第二百零一条) and a period in months ends on the corresponding day of the due
 * month, or that month's last day when it has none (第二百零二条) — a three-month minimum from 9 September ends at
 * the end of 9 December and repair can be asked for from 10 December. On the last day of the maximum the record is
 * still published, so repair can still be asked for; from the next day publicity has stopped by itself, which ends
 * the matter only for a corrected act with performed obligations — otherwise "按照行业主管部门有关规定执行".
 */
public final class Eligibility {
    public enum Verdict { ELIGIBLE, NOT_YET, NOT_NEEDED, NOT_ELIGIBLE, DEPARTMENT_RULES }

    static final String ORDER_36 = "国家发展改革委令第36号《信用修复管理办法》";
    /** The law file of 《民法典》 ({@code content/law/minfadian.yaml}), whose 第二百零一、二百零二条 count the periods. */
    static final String CIVIL_CODE = "minfadian";

    /** A rule as cited and quoted. */
    public record Rule(String cite, String text) {}

    /** One step of the reasoning: the fact, the rule and what it gives. */
    public record Step(String fact, Rule rule, String result) {}

    /**
     * The answer: verdict, reasons in plain words, the first date repair can be asked for, the last day of publicity
     * ({@code publicityEnds}), the class, the last day of the minimum period (null when there is none) and the trace.
     */
    public record Result(Verdict verdict, List<String> reasons, LocalDate earliest, LocalDate publicityEnds,
                         CreditClass creditClass, LocalDate minLastDay, List<Step> trace) {}

    /** What the applicant tells us. {@code obligationsPerformed}: fine paid, rectification done, etc. */
    public record Facts(String className, LocalDate decisionDate, boolean corrected, boolean obligationsPerformed) {}

    private Eligibility() {}

    /** {@code laws}: the content's law data, where the 《民法典》 articles the trace quotes are read. */
    public static Result check(CreditRules rules, Map<String, Law> laws, Facts facts, LocalDate today) {
        Rule civil201 = civilCode(laws, "a201", "第二百零一条");
        Rule civil202 = civilCode(laws, "a202", "第二百零二条");
        CreditClass c = rules.classNamed(facts.className());
        if (c == null) throw new IllegalArgumentException("unknown class " + facts.className());
        LocalDate decided = facts.decisionDate();
        LocalDate minLastDay = c.minMonths() == 0 ? null : decided.plusMonths(c.minMonths());
        LocalDate earliest = minLastDay == null ? decided : minLastDay.plusDays(1);
        LocalDate maxLastDay = decided.plusMonths(c.maxMonths());
        Rule order = new Rule(rules.basis() != null ? rules.basis() : ORDER_36, c.note());

        List<Step> trace = new ArrayList<>();
        trace.add(new Step("处罚决定日期 " + decided + "，失信信息类别：" + c.name() + "。", order,
                (c.minMonths() == 0 ? "没有最短公示期" : "最短公示期 " + months(c.minMonths())) + "，最长公示期 "
                        + months(c.maxMonths()) + "，自处罚决定日期起算。"));
        trace.add(new Step("开始的当日 " + decided + " 不计入。", civil201, "期间自 " + decided.plusDays(1) + " 开始计算。"));
        if (minLastDay != null) {
            trace.add(new Step("最短公示期 " + months(c.minMonths()) + "。", civil202, "最后一日为 " + minLastDay
                    + dayNote(decided, minLastDay) + "；自 " + earliest + " 起可以申请信用修复。"));
        }
        trace.add(new Step("最长公示期 " + months(c.maxMonths()) + "。", civil202, "最后一日为 " + maxLastDay
                + dayNote(decided, maxLastDay) + "：这一天仍在公示，可以申请；自 " + maxLastDay.plusDays(1) + " 起公示自动停止。"));
        trace.add(new Step((facts.corrected() ? "已纠正失信行为" : "尚未纠正失信行为") + "；"
                + (facts.obligationsPerformed() ? "已履行处罚义务" : "尚未履行处罚义务") + "。", order,
                facts.corrected() && facts.obligationsPerformed() ? "符合纠正、履行义务的条件；申请时还须作出信用承诺。"
                        : "申请信用修复须已纠正失信行为并履行行政处罚决定规定的义务。"));

        List<String> reasons = new ArrayList<>();
        if (today.isAfter(maxLastDay)) {
            if (facts.corrected() && facts.obligationsPerformed()) {
                reasons.add(c.name() + "失信信息的最长公示期为 " + months(c.maxMonths()) + "，最后一日为 " + maxLastDay
                        + "，已届满，公示自动停止，无需申请修复。");
                return new Result(Verdict.NOT_NEEDED, reasons, earliest, maxLastDay, c, minLastDay, trace);
            }
            reasons.add(c.name() + "失信信息的最长公示期为 " + months(c.maxMonths()) + "，最后一日为 " + maxLastDay
                    + "，已届满，公示自动停止。");
            reasons.add("但失信行为尚未纠正或者处罚义务尚未履行的，按照行业主管部门有关规定执行：请向作出处罚决定的部门咨询。");
            return new Result(Verdict.DEPARTMENT_RULES, reasons, earliest, maxLastDay, c, minLastDay, trace);
        }
        reasons.addAll(unmetDuties(facts.corrected(), facts.obligationsPerformed()));
        if (!reasons.isEmpty()) {
            if (today.isBefore(earliest)) reasons.add("最短公示期届满后，自 " + earliest + " 起才能申请。");
            return new Result(Verdict.NOT_ELIGIBLE, reasons, earliest, maxLastDay, c, minLastDay, trace);
        }
        if (today.isBefore(earliest)) {
            reasons.add(c.name() + "失信信息的最短公示期为 " + months(c.minMonths()) + "，自处罚决定日期 " + decided
                    + " 的次日起算，最后一日为 " + minLastDay + "，最早可于 " + earliest + " 申请修复。");
            return new Result(Verdict.NOT_YET, reasons, earliest, maxLastDay, c, minLastDay, trace);
        }
        reasons.add(minLastDay == null ? c.name() + "失信信息没有最短公示期要求。"
                : "最短公示期（" + months(c.minMonths()) + "）的最后一日为 " + minLastDay + "，已届满。");
        reasons.add("已纠正失信行为并履行处罚义务；提交申请时还须作出信用承诺。公示的最后一日为 " + maxLastDay + "。");
        return new Result(Verdict.ELIGIBLE, reasons, earliest, maxLastDay, c, minLastDay, trace);
    }

    /**
     * What must be done before any application, whatever the dates: correct the act and perform the decision's
     * obligations. Empty when both are done; known before the decision date is, so the applicant hears it at once.
     */
    public static List<String> unmetDuties(boolean corrected, boolean obligationsPerformed) {
        List<String> reasons = new ArrayList<>();
        if (!corrected) reasons.add("须先纠正失信行为（完成整改）。");
        if (!obligationsPerformed) reasons.add("须先履行行政处罚决定规定的义务（如缴清罚款）。");
        return reasons;
    }

    /**
     * A 《民法典》 provision as the content's law data cites and quotes it (its first paragraph: the one on periods in
     * days, months and years); the citation alone when the content holds no such text.
     */
    static Rule civilCode(Map<String, Law> laws, String id, String number) {
        Law law = laws.get(CIVIL_CODE);
        Law.Provision p = law == null ? null : law.provision(id);
        if (p == null || p.paragraphs().isEmpty()) return new Rule("《中华人民共和国民法典》" + number, "");
        return new Rule("《" + law.name() + "》" + p.number(), p.paragraphs().get(0));
    }

    private static String dayNote(LocalDate from, LocalDate last) {
        return last.getDayOfMonth() == from.getDayOfMonth() ? "（到期月的对应日）" : "（到期月没有对应日，为月末日）";
    }

    private static String months(int m) {
        if (m % 12 == 0) return (m / 12) + " 年";
        return m + " 个月";
    }
}
