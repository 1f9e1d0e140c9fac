package cn.rxzf.portal.search;

import java.util.Locale;

/**
 * How much each published field of an item counts in its combined field ({@link WeightedText}): a term there counts
 * this many times. Learnt on training folds of real lists ({@code search --report} prints what each fold learnt);
 * {@link #DEFAULT} is what the index is written with, learnt on all of them.
 */
public record FieldWeights(int violation, int conditions, int basis, int outcome, int measures, int listTitle,
                           int area) {
    public static final FieldWeights DEFAULT = new FieldWeights(4, 2, 1, 1, 1, 1, 2);

    /** The weights as an array, in component order. */
    int[] toArray() {
        return new int[] {violation, conditions, basis, outcome, measures, listTitle, area};
    }

    static FieldWeights of(int[] w) {
        return new FieldWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "违法行为 %d · 适用条件 %d · 条款/依据 %d · 处理结果 %d · 配套措施 %d · 清单标题 %d · 领域 %d",
                violation, conditions, basis, outcome, measures, listTitle, area);
    }
}
