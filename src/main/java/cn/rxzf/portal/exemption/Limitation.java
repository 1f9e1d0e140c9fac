package cn.rxzf.portal.exemption;

import cn.rxzf.portal.exemption.Rulebook.Entry;
import cn.rxzf.portal.exemption.Situation.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether an act can no longer be punished because it went undiscovered for the period of the law that governs it.
 * The periods are data: the rules with 结果 不再处罚 in {@code content/law/} (《行政处罚法》第三十六条 and its earlier
 * versions' 第二十九条, 《税收征收管理法》第八十六条 …). Of the rules in force on a day whose 领域 and facts the act
 * meets, a special law's (one with a 领域) comes first, then the one with more facts (第三十六条's five years for
 * 生命健康安全、金融安全 with harm before its two years). By art. 37 the rule in force when the act ended applies,
 * unless the rule in force today gives a shorter period.
 * <p>
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

    static Limitation of(Situation s, Field field, LocalDate today, Rulebook book, RuleFacts facts) {
        Entry now = period(book, today, field, facts);
        Article nowBasis = now == null ? null : now.article();
        if (s.actDate() == null) {
            return notEvaluated("未填写违法行为发生日期，未判断是否已超过追责期限。", nowBasis);
        }
        boolean continuing = Boolean.TRUE.equals(s.continuing());
        if (continuing && s.endDate() == null) {
            return notEvaluated("违法行为仍在继续：追责期限从行为终了之日起才开始计算。", nowBasis);
        }
        LocalDate start = continuing ? s.endDate() : s.actDate();
        Entry then = period(book, start, field, facts);
        if (then == null && now == null) return notEvaluated("本站的法律数据中没有适用的追责期限规定。", null);
        Entry chosen = then == null || (now != null && now.rule().years() < then.rule().years()) ? now : then;
        int years = chosen.rule().years();
        String period = "期限" + Rulebook.years(years);
        String why;
        if (then != null && chosen == now && now != then) {
            why = "作出处罚决定时的规定期限较短，处罚较轻：按第三十七条适用新的规定，" + period + "。";
        } else if (chosen.law().revisedAs() != null) {
            Entry later = now != null && now.law().family().equals(chosen.law().family()) ? now : null;
            why = "违法行为" + (continuing ? "终了" : "发生") + "于 " + start + "，在 "
                    + book.current(chosen.law().family()).effective() + " 修订施行之前：按第三十七条适用行为时的"
                    + chosen.article().cite() + "，" + period
                    + (later == null ? "。" : later.rule().years() > years
                            ? "（修订后延长至" + Rulebook.years(later.rule().years()) + "的规定较重，不溯及此前的行为）。"
                            : "（与修订后的规定相同）。");
        } else if (chosen.rule().field() != null) {
            why = chosen.rule().field() + "违法行为：一般规定“法律另有规定的除外”，适用" + chosen.article().cite() + "的"
                    + Rulebook.years(years) + "。";
        } else if (!chosen.rule().facts().isEmpty()) {
            why = facts.describe(chosen.rule()) + "：" + period + "。";
        } else {
            why = period + "。";
        }
        LocalDate lastDay = start.plusYears(years);
        LocalDate discovered = s.foundDate() != null ? s.foundDate() : today;
        return new Limitation(true, discovered.isAfter(lastDay), years, start, lastDay, discovered, null,
                chosen.article(), why);
    }

    /** The period rule that governs the act on {@code day}: in force, in scope, met, not displaced; specific first. */
    static Entry period(Rulebook book, LocalDate day, Field field, RuleFacts facts) {
        List<Entry> inForce = book.inForce(day).stream().filter(e -> e.rule().limitation() && e.inScope(field)).toList();
        List<Entry> met = new ArrayList<>();
        for (Entry e : inForce) {
            boolean displaced = inForce.stream().anyMatch(o -> o.displaces(e, field));
            if (!displaced && facts.unmet(e.rule()).isEmpty()) met.add(e);
        }
        met.sort(Comparator.comparing((Entry e) -> e.rule().field() == null)
                .thenComparing(e -> -(e.rule().facts().size() + (e.rule().harms().isEmpty() ? 0 : 1))));
        return met.isEmpty() ? null : met.get(0);
    }

    private static Limitation notEvaluated(String note, Article basis) {
        return new Limitation(false, false, 0, null, null, null, note, basis, note);
    }

    /** The reason in plain words, for the answer page. */
    public String reason(boolean discoveredGiven) {
        String from = "自" + start + "起" + Rulebook.years(years) + "内";
        return discoveredGiven
                ? "违法行为" + from + "未被发现（" + discovered + "才被发现，期限最后一日为" + lastDay + "）。"
                : "违法行为" + from + "未被发现（至今未被发现，期限最后一日为" + lastDay + "）。";
    }
}
