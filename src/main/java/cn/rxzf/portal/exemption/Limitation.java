package cn.rxzf.portal.exemption;

import cn.rxzf.portal.exemption.Situation.Field;
import cn.rxzf.portal.exemption.Situation.Harm;
import java.time.LocalDate;

/**
 * Whether an act can no longer be punished because it went undiscovered for the period of the law that governs it.
 * <ul>
 *   <li>Tax (《税收征收管理法》第八十六条, the "法律另有规定" of art. 36): five years.</li>
 *   <li>Otherwise 《行政处罚法》第三十六条: two years, five when it concerns 生命健康安全 or 金融安全 and had harmful
 *       consequences; but by art. 37 an act completed before 2021-07-15 keeps the 2017 law's two years (art. 29), the
 *       longer period being heavier.</li>
 * </ul>
 * The period runs from the day of the act, or from the end of a continuing act. As 民法典 arts. 201–202 count, the
 * first day is not counted and the period ends on the same date N years later (28 February for 29 February in a
 * common year): an act discovered on that day is within the period, one discovered the day after is not.
 *
 * @param evaluated false when the dates needed are missing or the act is still going on ({@code note} says which)
 * @param lastDay   the last day on which discovery still allows a penalty
 * @param basis     the article whose period applies
 * @param why       how that article was chosen (art. 37, the special law), for the trace
 */
public record Limitation(boolean evaluated, boolean barred, int years, LocalDate start, LocalDate lastDay,
                         LocalDate discovered, String note, Article basis, String why) {
    /** The day the 2021 revision of 《行政处罚法》 came into force. */
    public static final LocalDate REVISION_2021 = LocalDate.of(2021, 7, 15);

    public static Limitation of(Situation s, Field field, LocalDate today) {
        Article general = Article.A36;
        if (s.actDate() == null) {
            return notEvaluated("未填写违法行为发生日期，未判断是否已超过追责期限。", field == Field.TAX ? Article.TAX_86 : general);
        }
        boolean continuing = Boolean.TRUE.equals(s.continuing());
        if (continuing && s.endDate() == null) {
            return notEvaluated("违法行为仍在继续：追责期限从行为终了之日起才开始计算。", field == Field.TAX ? Article.TAX_86 : general);
        }
        LocalDate start = continuing ? s.endDate() : s.actDate();
        int years;
        Article basis;
        String why;
        boolean extended = Boolean.TRUE.equals(s.lifeHealthOrFinance()) && s.harm() != Harm.NONE;
        if (field == Field.TAX) {
            years = 5;
            basis = Article.TAX_86;
            why = "税收违法行为：《行政处罚法》第三十六条“法律另有规定的除外”，适用《税收征收管理法》第八十六条的五年。";
        } else if (start.isBefore(REVISION_2021)) {
            years = 2;
            basis = Article.A2017_29;
            why = "违法行为" + (continuing ? "终了" : "发生") + "于 " + start + "，在 2021-07-15 修订施行之前：按第三十七条适用行为时的"
                    + "《行政处罚法》（2017年修正）第二十九条，期限二年"
                    + (extended ? "（修订后延长至五年的规定较重，不溯及此前的行为）。" : "（与修订后的规定相同）。");
        } else {
            years = extended ? 5 : 2;
            basis = Article.A36;
            why = extended ? "涉及公民生命健康安全或者金融安全且有危害后果：期限五年。" : "期限二年。";
        }
        LocalDate lastDay = start.plusYears(years);
        LocalDate discovered = s.foundDate() != null ? s.foundDate() : today;
        return new Limitation(true, discovered.isAfter(lastDay), years, start, lastDay, discovered, null, basis, why);
    }

    private static Limitation notEvaluated(String note, Article basis) {
        return new Limitation(false, false, 0, null, null, null, note, basis, note);
    }

    /** The reason in plain words, for the answer page. */
    public String reason(boolean discoveredGiven) {
        String from = "自" + start + "起" + (years == 5 ? "五年" : "二年") + "内";
        return discoveredGiven
                ? "违法行为" + from + "未被发现（" + discovered + "才被发现，期限最后一日为" + lastDay + "）。"
                : "违法行为" + from + "未被发现（至今未被发现，期限最后一日为" + lastDay + "）。";
    }
}
