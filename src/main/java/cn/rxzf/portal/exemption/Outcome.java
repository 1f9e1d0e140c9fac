package cn.rxzf.portal.exemption;

import java.util.List;

/**
 * The answer of a check: one {@link Kind}, the articles it rests on (the first is the main one) and why; what else
 * applies if the authority decides otherwise ({@code also}); the item's conditions that were not met; cautions; the
 * item's 配套监管措施; and whether art. 33 ¶3 (education even without a penalty) applies.
 */
public record Outcome(Kind kind, List<Article> articles, List<String> reasons, List<Finding> also,
                      List<String> unmet, List<String> cautions, List<String> measures, boolean education) {

    public Outcome {
        articles = List.copyOf(articles);
        reasons = List.copyOf(reasons);
        also = List.copyOf(also);
        unmet = List.copyOf(unmet);
        cautions = List.copyOf(cautions);
        measures = List.copyOf(measures);
    }

    /** Outcomes from most to least favourable; "shall" (应当) and "may" (可以) are kept apart. */
    public enum Kind {
        TIME_BARRED("不再给予处罚"),
        MUST_NOT_PUNISH("应当不予处罚"),
        MAY_NOT_PUNISH("可以不予处罚（首违不罚）"),
        MUST_MITIGATE("应当从轻或者减轻处罚"),
        MAY_MITIGATE("可以从轻或者减轻处罚"),
        NOT_APPLICABLE("不适用");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One rule that applies: its outcome, the articles it rests on and the reason in the user's terms. */
    public record Finding(Kind kind, List<Article> articles, String reason) {
        public Finding {
            articles = List.copyOf(articles);
        }

        public Finding(Kind kind, Article article, String reason) {
            this(kind, List.of(article), reason);
        }
    }

    public Article article() {
        return articles.isEmpty() ? null : articles.get(0);
    }
}
