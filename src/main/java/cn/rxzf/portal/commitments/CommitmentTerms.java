package cn.rxzf.portal.commitments;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Law;
import java.time.LocalDate;
import java.util.List;

/**
 * What a commitment says, in plain Chinese, the same on the party's page, the printed copy and the officer's notice:
 * the promises the party ticks one by one, the legal basis (the list item or provision, and 《行政处罚法》第三十三条
 * with its text from {@code content/law/}), and the notice the officer hands over with the code.
 */
public final class CommitmentTerms {
    public static final String LAW_ID = "xingzheng-chufa";
    public static final String ARTICLE_ID = "a33";
    public static final String ARTICLE = "《中华人民共和国行政处罚法》第三十三条";

    private CommitmentTerms() {}

    /** The promises, in the order they are ticked; the second names the due date. */
    public static List<String> promises(Commitment c) {
        return List.of(
                "我（单位）已知悉上述违法事实，没有异议。",
                "我（单位）将在 " + c.due() + " 前完成上述纠正，并在本页上传纠正的证明材料。",
                "我（单位）今后不再发生同类违法行为。",
                "期限届满未纠正，或者承诺、材料不真实的，我（单位）接受行政机关依法按照一般程序调查处理。");
    }

    /** The list item the commitment is based on, or null when it names a provision instead. */
    public static Item item(Content content, Commitment c) {
        return c.itemId() == null ? null : content.items.get(c.itemId());
    }

    /** The article's paragraphs as published in {@code content/law/}, or empty when the law is not there. */
    public static List<String> article(Content content) {
        Law law = content.laws.get(LAW_ID);
        Law.Provision p = law == null ? null : law.provision(ARTICLE_ID);
        return p == null ? List.of() : p.paragraphs();
    }

    /** Where the article is published, or null. */
    public static String articleUrl(Content content) {
        Law law = content.laws.get(LAW_ID);
        return law == null ? null : law.url() + "#" + ARTICLE_ID;
    }

    /** What the violation is called: the item's words, or the provision the officer cited. */
    public static String basis(Content content, Commitment c) {
        Item item = item(content, c);
        if (item != null) return item.violation() + "（" + content.listOf(item).title() + " 第 " + item.seq() + " 项）";
        return c.itemId() != null ? "清单事项 " + c.itemId() : c.provision();
    }

    /** The notice the officer prints or sends with the code: the only place the code is ever written out. */
    public static String notice(Content content, Commitment c, String code, String siteUrl, LocalDate today) {
        return c.partyName() + "：\n\n"
                + "经查，你（单位）存在以下违法行为：" + c.facts() + "\n\n"
                + "该行为属于：" + basis(content, c) + "。本机关已依法对你（单位）进行教育。根据" + ARTICLE
                + "，违法行为轻微并及时改正、没有造成危害后果的，不予行政处罚。你（单位）可以自愿签署《轻微违法行为告知承诺书》，"
                + "承诺在 " + c.due() + " 前（" + c.deadlineLabel() + "）完成以下纠正：" + c.correction() + "\n\n"
                + "请用手机或电脑打开 " + siteUrl + "/commitments/ ，输入验证码 " + code
                + " 和你（单位）统一社会信用代码或身份证号码的最后 6 位，阅读并签署承诺书，纠正后上传证明材料（照片或 PDF）。\n\n"
                + "不愿签署承诺书，或者期限届满未纠正的，本机关将依法按照一般程序处理。\n\n"
                + content.departmentName(c.department()) + "\n" + today + "\n承诺书编号：" + c.reference();
    }
}
