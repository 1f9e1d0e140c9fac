package cn.rxzf.portal.exemption;

/**
 * What an outcome rests on: how it is cited, its text and where the text is published. The law's text is verbatim
 * except where {@code summary} is set; {@code url} is its page under {@code /law/} (null for a list item, which links
 * to its item page elsewhere). Citations name the paragraph and sentence that decides, e.g. 第三十三条第一款第一句.
 * The law's articles are built from {@code content/law/} ({@link Rulebook}); none is spelled here.
 */
public record Article(String cite, String text, boolean summary, String url) {
    /** A list item as a basis: 《list title》第 n 项, with the item's 处理结果. */
    public static Article ofItem(ItemFacts item) {
        return new Article("《" + item.listTitle() + "》第 " + item.seq() + " 项", "处理结果：" + item.outcome(), false,
                item.url());
    }
}
