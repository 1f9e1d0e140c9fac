package cn.rxzf.portal.content.citations;

import cn.rxzf.portal.content.citations.Provisions.Entry;
import cn.rxzf.portal.content.citations.Provisions.Provision;
import cn.rxzf.portal.content.model.EnforcementList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 同事不同罚: the provisions whose items, on lists in force (or open for comment), differ across lists in outcome or in
 * a key condition (首次, 危害后果, 改正期限, 金额门槛), ranked by the number of regions involved, then of lists. The
 * order within the same number of regions and lists is by {@link Row#differences}. The
 * general articles of lenient treatment (《行政处罚法》第三十三条) are left out: every list may cite them.
 */
public final class ConsistencyReport {
    /** One provision of the report, with its one-line summary. */
    public record Row(Provision provision, int regions, int lists, Map<String, Integer> outcomes,
                      Map<String, Integer> conditions, String summary) {
        /** How far the lists differ: each further outcome counts two, each condition not all lists share one. */
        public int differences() {
            int d = 2 * (outcomes.size() - 1);
            for (int c : conditions.values()) if (c > 0 && c < lists) d++;
            return d;
        }
    }

    private ConsistencyReport() {}

    public static List<Row> of(Provisions provisions) {
        List<Row> rows = new ArrayList<>();
        for (Provision p : provisions.all()) {
            if (p.isGeneral()) continue;
            Map<String, Entry> byList = new LinkedHashMap<>();
            for (Entry e : p.entries()) if (!e.list().isSuperseded()) byList.putIfAbsent(e.list().id(), e);
            if (byList.size() < 2) continue;
            Set<String> regions = new LinkedHashSet<>();
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            for (String g : Provisions.OUTCOME_GROUPS) outcomes.put(g, 0);
            Map<String, Integer> conditions = new LinkedHashMap<>();
            for (String c : List.of("须首次", "须无危害后果", "设改正期限", "设金额门槛")) conditions.put(c, 0);
            Set<String> corrections = new LinkedHashSet<>();
            for (Entry e : byList.values()) {
                regions.add(e.list().region() == null ? e.list().id() : e.list().region());
                outcomes.merge(e.outcomeGroup(), 1, Integer::sum);
                KeyConditions k = e.conditions();
                if (k.firstTime()) conditions.merge("须首次", 1, Integer::sum);
                if (k.noHarm()) conditions.merge("须无危害后果", 1, Integer::sum);
                if (!k.correction().isEmpty() && !k.correction().equals("改正")) conditions.merge("设改正期限", 1, Integer::sum);
                if (!k.amount().isEmpty()) conditions.merge("设金额门槛", 1, Integer::sum);
                corrections.add(k.correction());
            }
            outcomes.values().removeIf(n -> n == 0);
            int n = byList.size();
            boolean differs = outcomes.size() > 1 || corrections.size() > 1;
            for (int c : conditions.values()) if (c > 0 && c < n) differs = true;
            if (!differs) continue;
            rows.add(new Row(p, regions.size(), n, outcomes, conditions, summary(regions.size(), n, outcomes, conditions)));
        }
        rows.sort(Comparator.comparingInt(Row::regions).reversed()
                .thenComparing(Comparator.comparingInt(Row::lists).reversed())
                .thenComparing(Comparator.comparingInt(Row::differences).reversed())
                .thenComparing(r -> r.provision().key()));
        return List.copyOf(rows);
    }

    /** “3 个地区、3 份清单：2 份不予处罚，1 份首违不罚；1 份须首次，2 份设改正期限”: the conditions not all lists share. */
    static String summary(int regions, int lists, Map<String, Integer> outcomes, Map<String, Integer> conditions) {
        StringBuilder sb = new StringBuilder().append(regions).append(" 个地区");
        if (lists != regions) sb.append("、").append(lists).append(" 份清单");
        sb.append("：");
        List<String> parts = new ArrayList<>();
        outcomes.forEach((g, c) -> parts.add(c + " 份" + g));
        sb.append(String.join("，", parts));
        List<String> differing = new ArrayList<>();
        int firstViolation = outcomes.getOrDefault(EnforcementList.FIRST_VIOLATION, 0);
        conditions.forEach((c, k) -> {
            boolean impliedByOutcome = c.equals("须首次") && k == firstViolation; // 首违不罚 says it already
            if (k > 0 && k < lists && !impliedByOutcome) differing.add(k + " 份" + c);
        });
        if (!differing.isEmpty()) sb.append("；").append(String.join("，", differing));
        return sb.toString();
    }
}
