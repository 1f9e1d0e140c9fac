package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a query matches: the union of the postings of its terms (a query here is a bag of terms, each
 * optional), narrowed by the request's filters. Built as one bit set per segment by walking each term's postings
 * once, which is far cheaper than running the scored disjunction over every match; gives the exact total and exact
 * facet counts, and tells the ranking which documents it may score.
 */
final class Matches {
    private final IndexReader reader;
    private final FacetTable table;
    private final FixedBitSet[] bits;
    /** The documents that contain at least two of the terms added. */
    private final FixedBitSet[] twice;
    /** Whether a document must contain two of the terms to match (see {@link #requireTwo}). */
    private boolean two;
    private static final int ANY = -2;
    private static final int NONE = Integer.MIN_VALUE;
    /** Per segment and facet field, the ordinal a filter demands: ANY without a filter, NONE when no document has it. */
    private final int[][] wanted;
    private PostingsEnum reuse;

    Matches(IndexReader reader, FacetTable table, String[] filters) {
        this.reader = reader;
        this.table = table;
        this.bits = new FixedBitSet[table.leafCount()];
        this.twice = new FixedBitSet[table.leafCount()];
        this.wanted = new int[table.leafCount()][];
        for (LeafReaderContext c : reader.leaves()) {
            bits[c.ord] = new FixedBitSet(c.reader().maxDoc());
            twice[c.ord] = new FixedBitSet(c.reader().maxDoc());
            int[] w = new int[FacetTable.FIELDS.size()];
            for (int f = 0; f < w.length; f++) {
                int ord = filters[f] == null ? ANY : table.leaf(c.ord).ordOf(f, filters[f]);
                w[f] = ord == -1 ? NONE : ord; // -1 is also the ordinal of documents without a value
            }
            wanted[c.ord] = w;
        }
    }

    /**
     * From now on a document matches only when it contains at least two of the distinct terms added: one pair of
     * characters in common with a query of several is an accident of wording, not a match (春节放假安排 and an item
     * that says 安排从业人员).
     */
    void requireTwo(boolean two) {
        this.two = two;
    }

    boolean requiresTwo() {
        return two;
    }

    /** Adds the documents containing any of {@code terms} (distinct terms). */
    void add(Collection<Term> terms, TermLookups lookups) throws IOException {
        for (LeafReaderContext c : reader.leaves()) {
            FixedBitSet b = bits[c.ord];
            FixedBitSet t2 = twice[c.ord];
            String field = null;
            TermsEnum te = null;
            for (Term t : terms) {
                TermState state = lookups.states(t).get(c);
                if (state == null) continue;
                if (!t.field().equals(field)) {
                    field = t.field();
                    te = c.reader().terms(field).iterator();
                }
                te.seekExact(t.bytes(), state);
                reuse = te.postings(reuse, PostingsEnum.NONE);
                for (int doc = reuse.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reuse.nextDoc()) {
                    if (b.getAndSet(doc)) t2.set(doc);
                }
            }
        }
    }

    /** The documents of segment {@code leaf} that match and pass the filters (and are not deleted). */
    Bits accepted(int leaf) {
        FixedBitSet b = two ? twice[leaf] : bits[leaf];
        return new Bits() {
            @Override
            public boolean get(int doc) {
                return b.get(doc) && passes(leaf, doc);
            }

            @Override
            public int length() {
                return b.length();
            }
        };
    }

    private boolean passes(int leaf, int doc) {
        FacetTable.Leaf l = table.leaf(leaf);
        if (l.live() != null && !l.live().get(doc)) return false;
        int[] w = wanted[leaf];
        for (int f = 0; f < w.length; f++) {
            if (w[f] != ANY && l.ord(f, doc) != w[f]) return false;
        }
        return true;
    }

    /** Facet counts of no documents. */
    static Map<String, Map<String, Long>> noCounts() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : FacetTable.FIELDS) out.put(f, new LinkedHashMap<>());
        return out;
    }

    /** For each facet field, in {@link FacetTable#FIELDS} order, the accepted documents by value. Exact. */
    Map<String, Map<String, Long>> facets() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : FacetTable.FIELDS) out.put(f, new LinkedHashMap<>());
        for (int leaf = 0; leaf < bits.length; leaf++) {
            FacetTable.Leaf l = table.leaf(leaf);
            int[][] counts = new int[FacetTable.FIELDS.size()][];
            for (int f = 0; f < counts.length; f++) counts[f] = new int[l.values()[f].length];
            FixedBitSet b = two ? twice[leaf] : bits[leaf];
            for (int doc = b.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < b.length() ? b.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (!passes(leaf, doc)) continue;
                for (int f = 0; f < counts.length; f++) {
                    int o = l.ord(f, doc);
                    if (o >= 0) counts[f][o]++;
                }
            }
            for (int f = 0; f < counts.length; f++) {
                Map<String, Long> total = out.get(FacetTable.FIELDS.get(f));
                for (int o = 0; o < counts[f].length; o++) {
                    if (counts[f][o] > 0) total.merge(l.values()[f][o], (long) counts[f][o], Long::sum);
                }
            }
        }
        return out;
    }
}
