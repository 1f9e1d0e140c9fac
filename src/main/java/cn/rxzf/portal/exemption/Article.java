package cn.rxzf.portal.exemption;

/**
 * What an outcome rests on: how it is cited, its text and where the text is published. The law's text is verbatim
 * except where {@code summary} is set; {@code url} is its page under {@code /law/} (null for a list item, which links
 * to its item page elsewhere). Citations name the paragraph and sentence that decides, e.g. 第三十三条第一款第一句.
 */
public record Article(String cite, String text, boolean summary, String url) {
    static final String CFF = "《中华人民共和国行政处罚法》";

    /** 第三十条 is one sentence in two halves: a citation of the article quotes both (the step's fact says which). */
    static final String A30_TEXT = "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教；"
            + "已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚。";
    public static final Article A30_UNDER_14 = law(CFF, "xingzheng-chufa", "a30", "第三十条", A30_TEXT);
    public static final Article A30_MINOR = law(CFF, "xingzheng-chufa", "a30", "第三十条", A30_TEXT);
    public static final Article A31_NO_CAPACITY = new Article(CFF + "第三十一条",
            "精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚。", true,
            "/law/xingzheng-chufa/#a31");
    public static final Article A31_PARTIAL = new Article(CFF + "第三十一条",
            "尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚。", true,
            "/law/xingzheng-chufa/#a31");
    public static final Article A32 = law(CFF, "xingzheng-chufa", "a32", "第三十二条",
            "当事人有下列情形之一，应当从轻或者减轻行政处罚：（一）主动消除或者减轻违法行为危害后果的；（二）受他人胁迫或者诱骗实施违法行为的；"
                    + "（三）主动供述行政机关尚未掌握的违法行为的；（四）配合行政机关查处违法行为有立功表现的；"
                    + "（五）法律、法规、规章规定其他应当从轻或者减轻行政处罚的。");
    public static final Article A32_1 = law(CFF, "xingzheng-chufa", "a32", "第三十二条第（一）项",
            "当事人有下列情形之一，应当从轻或者减轻行政处罚：（一）主动消除或者减轻违法行为危害后果的。");
    public static final Article A32_2 = law(CFF, "xingzheng-chufa", "a32", "第三十二条第（二）项",
            "当事人有下列情形之一，应当从轻或者减轻行政处罚：（二）受他人胁迫或者诱骗实施违法行为的。");
    public static final Article A32_3 = law(CFF, "xingzheng-chufa", "a32", "第三十二条第（三）项",
            "当事人有下列情形之一，应当从轻或者减轻行政处罚：（三）主动供述行政机关尚未掌握的违法行为的。");
    public static final Article A32_4 = law(CFF, "xingzheng-chufa", "a32", "第三十二条第（四）项",
            "当事人有下列情形之一，应当从轻或者减轻行政处罚：（四）配合行政机关查处违法行为有立功表现的。");
    public static final Article A33_MINOR = law(CFF, "xingzheng-chufa", "a33", "第三十三条第一款第一句",
            "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。");
    public static final Article A33_FIRST = law(CFF, "xingzheng-chufa", "a33", "第三十三条第一款第二句",
            "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。");
    public static final Article A33_NO_FAULT = law(CFF, "xingzheng-chufa", "a33", "第三十三条第二款",
            "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。");
    public static final Article A33_EDUCATION = law(CFF, "xingzheng-chufa", "a33", "第三十三条第三款",
            "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。");
    public static final Article A36 = law(CFF, "xingzheng-chufa", "a36", "第三十六条",
            "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。"
                    + "法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。");
    public static final Article A37 = law(CFF, "xingzheng-chufa", "a37", "第三十七条",
            "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，法律、法规、规章已被修改或者废止，"
                    + "且新的规定处罚较轻或者不认为是违法的，适用新的规定。");
    public static final Article A2017_29 = law("《中华人民共和国行政处罚法》（2017年修正）", "xingzheng-chufa-2017", "a29",
            "第二十九条", "违法行为在二年内未被发现的，不再给予行政处罚。法律另有规定的除外。"
                    + "前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。");
    public static final Article TAX_86 = law("《中华人民共和国税收征收管理法》", "shuishou-zhengshou-guanli", "a86",
            "第八十六条", "违反税收法律、行政法规应当给予行政处罚的行为，在五年内未被发现的，不再给予行政处罚。");
    public static final Article FOOD_136 = law("《中华人民共和国食品安全法》", "shipin-anquan", "a136", "第一百三十六条",
            "食品经营者履行了本法规定的进货查验等义务，有充分证据证明其不知道所采购的食品不符合食品安全标准，并能如实说明其进货来源的，"
                    + "可以免予处罚，但应当依法没收其不符合食品安全标准的食品；造成人身、财产或者其他损害的，依法承担赔偿责任。");
    public static final Article PRODUCT_55 = law("《中华人民共和国产品质量法》", "chanpin-zhiliang", "a55", "第五十五条",
            "销售者销售本法第四十九条至第五十三条规定禁止销售的产品，有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的，"
                    + "可以从轻或者减轻处罚。");
    public static final Article CIVIL_201 = law("《中华人民共和国民法典》", "minfadian", "a201", "第二百零一条",
            "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。");
    public static final Article CIVIL_202 = law("《中华人民共和国民法典》", "minfadian", "a202", "第二百零二条",
            "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。");
    public static final Article COERCION = new Article("《中华人民共和国行政强制法》第二条第二款",
            "行政强制措施，是指行政机关在行政管理过程中，为制止违法行为、防止证据损毁、避免危害发生、控制危险扩大等情形，"
                    + "依法对公民的人身自由实施暂时性限制，或者对公民、法人或者其他组织的财物实施暂时性控制的行为。", false,
            "/law/xingzheng-qiangzhi/#a2");

    private static Article law(String law, String slug, String anchor, String article, String text) {
        return new Article(law + article, text, false, "/law/" + slug + "/#" + anchor);
    }

    /** A list item as a basis: 《list title》第 n 项, with the item's 处理结果. */
    public static Article ofItem(ItemFacts item) {
        return new Article("《" + item.listTitle() + "》第 " + item.seq() + " 项", "处理结果：" + item.outcome(), false,
                item.url());
    }
}
