package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The term-dictionary look-ups of one search, each done once: a query's terms are looked up to tell rare pairs from
 * common ones, again to collect its matches and again to score them, and a term dictionary seek is a large part of
 * a search over a small index. Not thread-safe; one per search.
 */
final class TermLookups {
    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();

    TermLookups(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    TermStates states(Term t) {
        return states.computeIfAbsent(t, k -> {
            try {
                return TermStates.build(searcher, k, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    int docFreq(Term t) {
        return states(t).docFreq();
    }

    /** A term query that reuses the look-up (scores are unchanged: the statistics are the same). */
    TermQuery query(Term t) {
        return new TermQuery(t, states(t));
    }
}
