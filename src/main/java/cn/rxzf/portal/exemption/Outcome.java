package cn.rxzf.portal.exemption;

import java.util.List;

/**
 * The answer of a check: one {@link Kind}, the articles it rests on (the first is the main one) and why; what else
 * applies if the authority decides otherwise ({@code also}); the item's conditions that were not met; cautions; the
 * item's 配套监管措施; whether art. 33 ¶3 (education even without a penalty) applies; what the item's 不予行政强制
 * gives ({@code coercion}, null when the item is not one or it does not apply); the limitation period as counted
 * ({@code limitation}); and the {@code trace}: every rule
 * considered, in the order the law is applied, with the fact, the rule and what it gives; {@code educationBasis}
 * is art. 33 ¶3 as the law data quotes it.
 */
public record Outcome(Kind kind, List<Article> articles, List<String> reasons, List<Finding> also,
                      List<String> unmet, List<String> cautions, List<String> measures, boolean education,
                      String coercion, Limitation limitation, List<Step> trace, Article educationBasis) {

    public Outcome {
        articles = List.copyOf(articles);
        reasons = List.copyOf(reasons);
        also = List.copyOf(also);
        unmet = List.copyOf(unmet);
        cautions = List.copyOf(cautions);
        measures = List.copyOf(measures);
        trace = List.copyOf(trace);
    }

    /** Outcomes from most to least favourable; "shall" (应当) and "may" (可以) are kept apart. */
    public enum Kind {
        TIME_BARRED("不再给予处罚"),
        MUST_NOT_PUNISH("应当不予处罚"),
        MAY_NOT_PUNISH("可以不予处罚（首违不罚）"),
        MAY_EXEMPT("可以免予处罚"),
        MUST_MITIGATE("应当从轻或者减轻处罚"),
        MAY_MITIGATE("可以从轻或者减轻处罚"),
        NOT_APPLICABLE("不适用从宽处理的规定");

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

    /**
     * One rule considered: the fact as the person gave it, the rule (its article, paragraph and sentence, verbatim
     * text and link in {@code article}), what it gives in words, the outcome code it gives (null when it gives none),
     * and whether it decides the answer.
     */
    public record Step(String fact, Article article, String result, String gives, boolean decisive) {
        Step decide() {
            return new Step(fact, article, result, gives, true);
        }
    }

    public Article article() {
        return articles.isEmpty() ? null : articles.get(0);
    }
}
