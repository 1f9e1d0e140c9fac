package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The fields (领域: 生态环境, 应急管理/安全生产, 统计 …) a query names, and a prior for the matches of those fields. A
 * question that names a field or its department and a condition but no act (环保第一次被查 立即改正了, 诊所第一次被卫健局查到
 * 问题改了还罚吗) is answered by that field's items; the conditions it says (第一次, 立即改正) are on the lists of every
 * field and do not tell them apart.
 */
final class FieldsNamed {
    private static final Pattern PARTS = Pattern.compile("[/（）()、，,]");
    /** Each field value of the index and the names it is made of (应急管理/安全生产 → 应急管理, 安全生产). */
    private final Map<String, List<String>> names;

    private FieldsNamed(Map<String, List<String>> names) {
        this.names = names;
    }

    static FieldsNamed of(FacetTable table) {
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        int area = FacetTable.FIELDS.indexOf(SearchIndexer.AREA);
        for (String value : table.values(area)) {
            List<String> parts = new ArrayList<>();
            for (String p : PARTS.split(value)) if (p.strip().length() >= 2) parts.add(p.strip());
            names.put(value, parts);
        }
        return new FieldsNamed(names);
    }

    /**
     * The field values the query {@code q} names: one of a value's names is in the query, or is the formal wording
     * ({@code formal}) of a word of the synonyms file the query says (环保 → 生态环境, 城管 → 城市管理).
     */
    Set<String> named(String q, Set<String> formal) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach((value, parts) -> {
            for (String p : parts) if (q.contains(p) || formal.contains(p)) out.add(value);
        });
        return out;
    }

    /** {@code query} plus {@code weight} for a match of one of the {@code fields}; the query itself when none. */
    static Query prior(Query query, Set<String> fields, float weight) {
        if (fields.isEmpty() || weight <= 0) return query;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.SHOULD);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String f : fields) any.add(new TermQuery(new Term(SearchIndexer.AREA, f)), Occur.SHOULD);
        b.add(new BoostQuery(new ConstantScoreQuery(any.build()), weight), Occur.SHOULD);
        return b.build();
    }
}
