package cn.rxzf.portal.search;

import java.util.List;

/**
 * Whether a query asks about an administrative procedure or service rather than about an act: 行政复议怎么申请,
 * 罚款在哪里缴纳, 公司注销要多久, 城管上班时间几点. These words (review, appeal, complaint, payment, deregistration,
 * office hours …) are the language of dealing with an administration, on no list as an act; a query saying one must
 * meet an act of a document in its other words (see {@code SearchService#meetsAnAct}), and they are never that
 * evidence themselves. A closed class of everyday words, like {@link ConditionQuestion}'s; none names an item.
 */
final class ProcedureQuestion {
    static final List<String> WORDS = List.of("复议", "诉讼", "起诉", "仲裁", "听证", "申诉", "投诉", "举报", "注销",
            "挂失", "补办", "预约", "查询", "流程", "缴纳", "缴费", "退款", "退还", "能退", "上班", "下班", "几点",
            "电话", "窗口", "征信", "扣分", "罚单", "多久", "多长时间");

    private ProcedureQuestion() {}

    static boolean asks(String query) {
        if (query == null) return false;
        for (String w : WORDS) if (query.contains(w)) return true;
        return false;
    }
}
