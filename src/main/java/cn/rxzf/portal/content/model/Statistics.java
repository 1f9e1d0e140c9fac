package cn.rxzf.portal.content.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A department's statistics form for one period (实施行政柔性执法和“两轻一免”情况统计表, domain.md §8), committed as
 * {@code departments/<code>/statistics/<id>.yaml}. Amounts are in yuan; counts are cases.
 *
 * @param methodUses uses of each method, by method id, in the order written
 */
public record Statistics(String id, String department, String period, LocalDate from, LocalDate to,
                         Map<String, Integer> methodUses, int noPenaltyMinor, int noPenaltyFirst, int noPenaltyNoFault,
                         long noPenaltyAmount, int lighterCount, long lighterAmount, int reducedCount,
                         long reducedAmount, int noCoercion, int commitments, int followUps, int reoffences,
                         int casesPublished, String path) {

    public int noPenaltyTotal() {
        return noPenaltyMinor + noPenaltyFirst + noPenaltyNoFault;
    }
}
