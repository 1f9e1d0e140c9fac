package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The term-dictionary look-ups of one search, each done once: a query's terms are looked up to tell rare pairs from
 * common ones, again to collect its matches and again to score them, and a term dictionary seek is a large part of
 * a search over a small index. The look-ups of one field share a terms enum per segment ({@code TermStates.build}
 * makes a new one for every term, a third of what a search allocated). Not thread-safe; one per search.
 */
final class TermLookups {
    private final IndexReaderContext top;
    private final Map<Term, TermStates> states = new HashMap<>();
    /** By field, a terms enum per segment (null where the segment has no such field). */
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    TermLookups(IndexSearcher searcher) {
        this.top = searcher.getTopReaderContext();
    }

    TermStates states(Term t) {
        TermStates s = states.get(t);
        if (s == null) {
            try {
                s = lookUp(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            states.put(t, s);
        }
        return s;
    }

    /** What {@code TermStates.build(searcher, t, true)} gives: per segment the term's state and statistics. */
    private TermStates lookUp(Term t) throws IOException {
        TermStates s = new TermStates(top);
        TermsEnum[] perSegment = enums(t.field());
        for (LeafReaderContext c : top.leaves()) {
            TermsEnum te = perSegment[c.ord];
            if (te != null && te.seekExact(t.bytes())) s.register(te.termState(), c.ord, te.docFreq(), te.totalTermFreq());
        }
        return s;
    }

    private TermsEnum[] enums(String field) throws IOException {
        TermsEnum[] perSegment = enums.get(field);
        if (perSegment == null) {
            perSegment = new TermsEnum[top.leaves().size()];
            for (LeafReaderContext c : top.leaves()) {
                Terms terms = c.reader().terms(field);
                perSegment[c.ord] = terms == null ? null : terms.iterator();
            }
            enums.put(field, perSegment);
        }
        return perSegment;
    }

    int docFreq(Term t) {
        return states(t).docFreq();
    }

    /** A term query that reuses the look-up (scores are unchanged: the statistics are the same). */
    TermQuery query(Term t) {
        return new TermQuery(t, states(t));
    }
}
