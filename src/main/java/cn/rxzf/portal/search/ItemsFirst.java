package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A case or a list that ranks above an item it is about (a case's 条目, a list's own items) gives that item its place
 * and follows it directly: the owner asking about an act wants the rule (the item), and the story of it or the list
 * holding it are right behind. Of several of its items, the best ranked one moves up. Only items among the
 * {@link #WINDOW} best matches move, whichever page is asked for, so that every page is cut from one order; a promoted
 * item takes the case's score, so scores still fall down the page.
 */
final class ItemsFirst {
    /** How many of the best matches are reordered (pages of {@link SearchRequest#PAGE_SIZE}). */
    static final int WINDOW = 30;

    private ItemsFirst() {}

    /** {@code ranked} (best first) with each case or list that outranks one of its items put right after it. */
    static List<ScoreDoc> order(IndexReader reader, FacetTable table, List<ScoreDoc> ranked) throws IOException {
        // Only the first WINDOW move, whatever the page asked for: every page is cut from the same order.
        int window = Math.min(WINDOW, ranked.size());
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < window; i++) at.put(ranked.get(i).doc, i);
        StoredFields stored = null;
        boolean[] placed = new boolean[window];
        List<ScoreDoc> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < window; i++) {
            if (placed[i]) continue;
            ScoreDoc d = ranked.get(i);
            int leaf = ReaderUtil.subIndex(d.doc, reader.leaves());
            if (!table.leaf(leaf).isItem(d.doc - reader.leaves().get(leaf).docBase)) {
                if (stored == null) stored = reader.storedFields();
                Document doc = stored.document(d.doc);
                String about = SearchIndexer.about(doc.get(SearchIndexer.TYPE), doc.get(SearchIndexer.ID));
                int best = bestItemBelow(reader, about, at, placed, i);
                if (best >= 0) {
                    placed[best] = true;
                    out.add(new ScoreDoc(ranked.get(best).doc, d.score));
                }
            }
            placed[i] = true;
            out.add(d);
        }
        out.addAll(ranked.subList(window, ranked.size()));
        return out;
    }

    /** The best ranked position below {@code from}, not yet placed, of an item the document {@code about} is about. */
    private static int bestItemBelow(IndexReader reader, String about, Map<Integer, Integer> at, boolean[] placed,
                                     int from) throws IOException {
        int best = -1;
        BytesRef term = new Term(SearchIndexer.ABOUT, about).bytes();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(SearchIndexer.ABOUT);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) continue;
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Integer pos = at.get(leaf.docBase + doc);
                if (pos != null && pos > from && !placed[pos] && (best < 0 || pos < best)) best = pos;
            }
        }
        return best;
    }
}
