package cn.rxzf.portal.exemption;

/**
 * What an outcome rests on: how it is cited and its text. The law's text is verbatim from 《行政处罚法》 (2021) except
 * where {@code summary} is set; a list item is cited by its list and number.
 */
public record Article(String cite, String text, boolean summary) {
    private static final String LAW = "《中华人民共和国行政处罚法》";

    public static final Article A30_UNDER_14 = law("第三十条",
            "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教。");
    public static final Article A30_MINOR = law("第三十条",
            "已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚。");
    public static final Article A31_NO_CAPACITY = summary("第三十一条",
            "精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚。");
    public static final Article A31_PARTIAL = summary("第三十一条",
            "精神病人、智力残疾人尚未完全丧失辨认或者控制自己行为能力的，可以从轻或者减轻行政处罚。");
    public static final Article A32_1 = law("第三十二条第（一）项", "主动消除或者减轻违法行为危害后果的，应当从轻或者减轻行政处罚。");
    public static final Article A32_2 = law("第三十二条第（二）项", "受他人胁迫或者诱骗实施违法行为的，应当从轻或者减轻行政处罚。");
    public static final Article A32_3 = law("第三十二条第（三）项", "主动供述行政机关尚未掌握的违法行为的，应当从轻或者减轻行政处罚。");
    public static final Article A32_4 = law("第三十二条第（四）项", "配合行政机关查处违法行为有立功表现的，应当从轻或者减轻行政处罚。");
    public static final Article A33_MINOR = law("第三十三条第一款",
            "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。");
    public static final Article A33_FIRST = law("第三十三条第一款",
            "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。");
    public static final Article A33_NO_FAULT = law("第三十三条第二款",
            "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。");
    public static final Article A33_EDUCATION = law("第三十三条第三款",
            "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。");
    public static final Article A36 = law("第三十六条",
            "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。"
                    + "法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。");

    private static Article law(String article, String text) {
        return new Article(LAW + article, text, false);
    }

    private static Article summary(String article, String text) {
        return new Article(LAW + article, text, true);
    }

    /** A list item as a basis: 《list title》第 n 项, with the item's 处理结果. */
    public static Article ofItem(ItemFacts item) {
        return new Article("《" + item.listTitle() + "》第 " + item.seq() + " 项", "处理结果：" + item.outcome(), false);
    }
}
