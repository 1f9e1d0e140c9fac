package cn.rxzf.portal.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a query asks about an administrative procedure or service rather than about an act: 行政复议怎么申请,
 * 罚款在哪里缴纳, 公司注销要多久, 城管上班时间几点. These words (review, appeal, complaint, payment, deregistration,
 * office hours, exams, sign-ups, logging in, money arriving …) are the language of dealing with an administration, on
 * no list as an act; a query saying one must meet an act of a document in its other words (see
 * {@code MeaningfulMatch#meetsAnAct}), and they are never that evidence themselves. A closed class of everyday words, like {@link ConditionQuestion}'s; none names an item.
 */
final class ProcedureQuestion {
    static final List<String> WORDS = List.of("复议", "诉讼", "起诉", "仲裁", "听证", "申诉", "投诉", "举报", "注销",
            "挂失", "补办", "预约", "查询", "流程", "缴纳", "缴费", "退款", "退还", "能退", "上班", "下班", "几点",
            "电话", "窗口", "征信", "扣分", "罚单", "多久", "多长时间", "考试", "报名", "到账", "登录", "申请材料",
            "申请条件");

    /**
     * Asking how to do something (怎么申请, 如何注销, 在哪办, 需要什么材料): 怎么, 如何, 怎样 or 咋 before a verb, 在哪, or
     * asking what to bring (需要什么, 要带什么, 什么 or 哪些 材料, 手续, 证件, 资料). Not 怎么办, 咋整, 怎么处理, 怎么罚,
     * 怎么样 (what will happen to me: the question of a person who did the act), nor 要什么条件 (the conditions of not
     * being fined).
     */
    private static final Pattern HOW_TO =
            Pattern.compile("(怎么|如何|怎样|咋)(?!办|整|处理|样|罚|版|回事|了)|在哪|需要什么|要带什么"
                    + "|(什么|哪些)(材料|手续|证件|资料)");
    /**
     * The grammar of a wrong: something not done (没, 未, 冇, 无, 不 — not 不罚, nor 不了: what cannot be done, 登录不了 —,
     * 忘, 漏), done too late or too much (过期, 超), or something that happened to the person (被查, 被投诉).
     */
    private static final Pattern WRONG = Pattern.compile("[没未冇无忘漏被]|不(?!罚|了)|过期|超");
    /**
     * Asking how much — a price, a rate, a threshold (报销比例是多少, 增值税起征点是多少, 手续费多少) — which, of anything but a
     * fine (a query saying 罚: 罚多少, the question of a person who did the act), is a question about a service or a fact,
     * not about an act. Only the question's own words: a noun such as 收费标准 or 比例 is also what an act is about
     * (张贴收费标准).
     */
    private static final Pattern HOW_MUCH = Pattern.compile("多少|起征点");

    private ProcedureQuestion() {}

    static boolean asks(String query) {
        if (query == null) return false;
        for (String w : WORDS) if (query.contains(w)) return true;
        return false;
    }

    /**
     * As {@link #asks}, not counting a word of the procedure that the person underwent (被邻居投诉, 被人举报: 被 at most
     * {@link #PASSIVE_REACH} characters before it): that is the story of what happened, not a question about the
     * procedure.
     */
    static boolean asksActively(String query) {
        if (query == null) return false;
        for (String w : WORDS) {
            for (int at = query.indexOf(w); at >= 0; at = query.indexOf(w, at + 1)) {
                int from = Math.max(0, at - PASSIVE_REACH);
                if (query.lastIndexOf('被', at - 1) < from) return true;
            }
        }
        return false;
    }

    /** How far before a word of the procedure a 被 makes it something undergone (被邻居投诉: 3). */
    static final int PASSIVE_REACH = 3;

    /**
     * Whether the query asks how to deal with an administration ({@link #asks}, or how to do something: 怎么申请,
     * 在哪办) and tells no wrong ({@link #WRONG}): 身份证丢了怎么补办, 营业执照怎么网上申请, 医保卡余额查询. Such a question
     * is about a service, not about an act that is fined; 发票没交回去就注销了 and 环保设施没开被查了怎么办 tell one.
     * With {@code howMuch}, also a question asking how much ({@link #HOW_MUCH}) of anything but a fine that tells no
     * wrong: 医保报销比例是多少 ({@link Ranking#servicesHowMuch}).
     */
    static boolean asksAServiceOnly(String query, boolean howMuch) {
        if (query == null) return false;
        boolean asksHowMuch = howMuch && HOW_MUCH.matcher(query).find() && !query.contains("罚");
        return (asks(query) || HOW_TO.matcher(query).find() || asksHowMuch) && !WRONG.matcher(query).find();
    }
}
