package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/** One optional term of a query and its weight; a query is a bag of them, its score their sum. */
record Clause(Term term, float weight) {

    /** The terms as pairs of the combined field ({@link SearchIndexer#ALL}), added to {@code out}. */
    static void addText(List<Clause> out, Set<String> terms, float weight) {
        if (terms.isEmpty() || weight <= 0) return;
        for (String t : terms) out.add(new Clause(new Term(SearchIndexer.ALL, t), weight));
    }

    /** The distinct terms of {@code clauses} from index {@code from} on, grouped by field. */
    static List<Term> terms(List<Clause> clauses, int from) {
        Set<Term> out = new TreeSet<>();
        for (Clause c : clauses.subList(from, clauses.size())) out.add(c.term());
        return new ArrayList<>(out);
    }

    /**
     * One flat disjunction of boosted term queries (not one nested disjunction per field and word set: the scores are
     * the same sums, but a flat one lets Lucene's max-score pruning skip documents term by term).
     */
    static Query query(List<Clause> clauses, TermLookups lookups) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause c : clauses) {
            Query q = lookups.query(c.term());
            b.add(c.weight() == 1f ? q : new BoostQuery(q, c.weight()), Occur.SHOULD);
        }
        return b.build();
    }
}
