package cn.rxzf.portal.exemption;

import java.time.LocalDate;

/**
 * Art. 36: whether an act can no longer be punished because it went undiscovered for two years (five when it
 * concerns 生命健康安全 or 金融安全 and had harmful consequences). The period runs from the day of the act, or from
 * the end of a continuing act. The law does not say how to count; as the civil code does (民法典 arts. 201–202) the
 * first day is not counted and the period ends on the same date N years later, so an act discovered exactly two years
 * later (same month and day) is still within the period, and one discovered the day after is not.
 *
 * @param evaluated false when the dates needed are missing or the act is still going on ({@code note} says which)
 * @param lastDay   the last day on which discovery still allows a penalty
 */
public record Limitation(boolean evaluated, boolean barred, int years, LocalDate start, LocalDate lastDay,
                         LocalDate discovered, String note) {

    public static Limitation of(Situation s, LocalDate today) {
        if (s.actDate() == null) {
            return notEvaluated("未填写违法行为发生日期，未判断是否已超过第三十六条规定的期限。");
        }
        boolean continuing = Boolean.TRUE.equals(s.continuing());
        if (continuing && s.endDate() == null) {
            return notEvaluated("违法行为仍在继续，第三十六条规定的期限从行为终了之日起才开始计算。");
        }
        LocalDate start = continuing ? s.endDate() : s.actDate();
        int years = Boolean.TRUE.equals(s.lifeHealthOrFinance()) && s.harm() != Situation.Harm.NONE ? 5 : 2;
        LocalDate lastDay = start.plusYears(years);
        LocalDate discovered = s.foundDate() != null ? s.foundDate() : today;
        return new Limitation(true, discovered.isAfter(lastDay), years, start, lastDay, discovered, null);
    }

    private static Limitation notEvaluated(String note) {
        return new Limitation(false, false, 0, null, null, null, note);
    }

    /** The reason in plain words, for the answer page. */
    public String reason(boolean discoveredGiven) {
        String from = "自" + start + (years == 5 ? "起五年内" : "起二年内");
        return discoveredGiven
                ? "违法行为" + from + "未被发现（" + discovered + "才被发现，期限最后一日为" + lastDay + "）。"
                : "违法行为" + from + "未被发现（至今未被发现，期限最后一日为" + lastDay + "）。";
    }
}
