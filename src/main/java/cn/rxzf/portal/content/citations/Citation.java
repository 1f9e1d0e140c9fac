package cn.rxzf.portal.content.citations;

/**
 * One provision a citation names: the law (its entry in the table, or null when the table does not hold it, with
 * the name as written), the article (条, with 之N), and the paragraph (款) and item (项) when given (0 otherwise).
 *
 * @param lawName the cited name in {@link LawTable#key} form
 * @param former  the citation marks the law's former version, as in （旧）《行政处罚法》
 */
public record Citation(String lawName, LawEntry law, int article, int articleSuffix, int paragraph, int item,
                       boolean former) {

    /** The provision page's key: {@code <law id>/<article>}, e.g. {@code shipin-anquan/126}; null without a law. */
    public String key() {
        return law == null ? null : law.id() + "/" + articleSlug();
    }

    /** The article as a path segment: {@code 126}, or {@code 44-1} for 第四十四条之一. */
    public String articleSlug() {
        return articleSuffix == 0 ? String.valueOf(article) : article + "-" + articleSuffix;
    }

    /** The article as cited, in Arabic numerals: 第126条, 第44条之1. */
    public String articleLabel() {
        return "第" + article + "条" + (articleSuffix == 0 ? "" : "之" + articleSuffix);
    }

    /** Article, paragraph and item: 第126条第2款第3项. */
    public String label() {
        return articleLabel() + (paragraph > 0 ? "第" + paragraph + "款" : "") + (item > 0 ? "第" + item + "项" : "");
    }

    public boolean isGeneral() {
        return law != null && articleSuffix == 0 && law.isGeneral(article);
    }
}
