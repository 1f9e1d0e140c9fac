package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.model.CreditRules;
import cn.rxzf.portal.content.model.CreditRules.CreditClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a record can be repaired now, and why (信用修复管理办法; rules from {@code content/credit/rules.yaml}):
 * the minimum publicity period must have run from the decision date, the violation must be corrected and the
 * penalty's obligations performed, and the applicant must make the credit commitment. At the maximum period the
 * publicity ends by itself and no repair is needed.
 */
public final class Eligibility {
    public enum Verdict { ELIGIBLE, NOT_YET, NOT_NEEDED, NOT_ELIGIBLE }

    /** The answer: verdict, reasons in plain words, the first date repair can be asked for, the end of publicity. */
    public record Result(Verdict verdict, List<String> reasons, LocalDate earliest, LocalDate publicityEnds,
                         CreditClass creditClass) {}

    /** What the applicant tells us. {@code obligationsPerformed}: fine paid, rectification done, etc. */
    public record Facts(String className, LocalDate decisionDate, boolean corrected, boolean obligationsPerformed) {}

    private Eligibility() {}

    public static Result check(CreditRules rules, Facts facts, LocalDate today) {
        CreditClass c = rules.classNamed(facts.className());
        if (c == null) throw new IllegalArgumentException("unknown class " + facts.className());
        LocalDate earliest = facts.decisionDate().plusMonths(c.minMonths());
        LocalDate ends = facts.decisionDate().plusMonths(c.maxMonths());
        List<String> reasons = new ArrayList<>();
        if (!today.isBefore(ends)) {
            reasons.add(c.name() + "失信信息的最长公示期为 " + months(c.maxMonths()) + "，已于 " + ends
                    + " 届满，公示自动停止，无需申请修复。");
            return new Result(Verdict.NOT_NEEDED, reasons, earliest, ends, c);
        }
        if (!facts.corrected()) reasons.add("须先纠正失信行为（完成整改）。");
        if (!facts.obligationsPerformed()) reasons.add("须先履行行政处罚决定规定的义务（如缴清罚款）。");
        if (!reasons.isEmpty()) return new Result(Verdict.NOT_ELIGIBLE, reasons, earliest, ends, c);
        if (today.isBefore(earliest)) {
            reasons.add(c.name() + "失信信息的最短公示期为 " + months(c.minMonths()) + "，自处罚决定日期 "
                    + facts.decisionDate() + " 起算，最早可于 " + earliest + " 申请修复。");
            return new Result(Verdict.NOT_YET, reasons, earliest, ends, c);
        }
        reasons.add(c.minMonths() == 0 ? c.name() + "失信信息没有最短公示期要求。"
                : "最短公示期（" + months(c.minMonths()) + "）已于 " + earliest + " 届满。");
        reasons.add("已纠正失信行为并履行处罚义务；提交申请时还须作出信用承诺。公示将于 " + ends + " 自动停止。");
        return new Result(Verdict.ELIGIBLE, reasons, earliest, ends, c);
    }

    private static String months(int m) {
        if (m % 12 == 0) return (m / 12) + " 年";
        return m + " 个月";
    }
}
