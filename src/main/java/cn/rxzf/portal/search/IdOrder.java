package cn.rxzf.portal.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Each document's place in the order of ids, read once when an index is opened, so that documents with equal scores
 * rank by id rather than by where the indexing threads happened to put them: the same query over the same content
 * ranks the same after every build. Costs 4 bytes per document.
 */
final class IdOrder {
    /** By index-wide document number. */
    private final int[] ranks;

    private IdOrder(int[] ranks) {
        this.ranks = ranks;
    }

    static IdOrder of(IndexReader reader) throws IOException {
        int[] ranks = new int[reader.maxDoc()];
        Terms ids = MultiTerms.getTerms(reader, SearchIndexer.ID);
        if (ids != null) {
            TermsEnum te = ids.iterator();
            PostingsEnum docs = null;
            int rank = 0;
            // Terms come in byte order, which for UTF-8 is the order of the ids' code points; the postings' document
            // numbers are index-wide.
            for (BytesRef id = te.next(); id != null; id = te.next(), rank++) {
                docs = te.postings(docs, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    ranks[doc] = rank;
                }
            }
        }
        return new IdOrder(ranks);
    }

    /** Whether index-wide document {@code a}'s id sorts after {@code b}'s. */
    boolean after(int a, int b) {
        return ranks[a] > ranks[b];
    }
}
