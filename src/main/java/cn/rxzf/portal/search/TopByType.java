package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best {@code size} of the documents {@link Matches} accepts, where the score of anything but an item is
 * multiplied by {@code others} (≤ 1): items, what business owners look for, come before cases telling the same story;
 * and that of an old list's item whose act a current list has by {@link #BEHIND_TWIN}.
 * Exact, and lets Lucene skip blocks of documents that cannot compete: scaling only lowers scores, so a document whose
 * unscaled score cannot beat the worst kept scaled score cannot enter. The match set is handed to Lucene's scorer as
 * the documents it may accept (where it would otherwise get the live documents), so a document outside it, e.g. one
 * with only a pair too common to make a match, is skipped before it is scored. Equal scores rank by id
 * ({@link IdOrder}), not by document number as in Lucene's own top-docs collector: document numbers depend on how the
 * index was written.
 */
final class TopByType {
    /**
     * The factor on the score of an item of a repealed or revised list whose act a current list has too: it comes after
     * the current wording and is still found. An act only an old list has is not lowered: it is the best answer there.
     */
    static final float BEHIND_TWIN = 0.5f;
    private final FacetTable table;
    private final IdOrder ids;
    private final int size;
    private final float others;
    /** The kept documents, the lowest ranked on top. */
    private final PriorityQueue<ScoreDoc> queue;

    private TopByType(FacetTable table, IdOrder ids, int size, float others) {
        this.table = table;
        this.ids = ids;
        this.size = size;
        this.others = others;
        this.queue = new PriorityQueue<>(size) {
            @Override
            protected boolean lessThan(ScoreDoc a, ScoreDoc b) {
                return below(a.score, a.doc, b);
            }
        };
    }

    /** The best {@code size} (at least 1) documents by {@code query}'s score among those {@code matches} accepts. */
    static List<ScoreDoc> search(IndexSearcher searcher, Query query, Matches matches, FacetTable table, IdOrder ids,
                                 int size, float others) throws IOException {
        TopByType top = new TopByType(table, ids, size, others);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        for (LeafReaderContext c : searcher.getIndexReader().leaves()) {
            BulkScorer scorer = weight.bulkScorer(c);
            if (scorer != null) scorer.score(top.collector(c), matches.accepted(c.ord));
        }
        ScoreDoc[] best = new ScoreDoc[top.queue.size()];
        for (int i = best.length - 1; i >= 0; i--) best[i] = top.queue.pop();
        return Arrays.asList(best);
    }

    /** Whether a document (index-wide number and score) ranks below another. */
    private boolean below(float score, int doc, ScoreDoc other) {
        return score < other.score || (score == other.score && ids.after(doc, other.doc));
    }

    private LeafCollector collector(LeafReaderContext context) {
        int base = context.docBase;
        FacetTable.Leaf types = table.leaf(context.ord);
        return new LeafCollector() {
            private Scorable scorer;
            private float minCompetitive;

            @Override
            public void setScorer(Scorable s) throws IOException {
                scorer = s;
                minCompetitive = 0;
                if (queue.size() == size) raiseMin();
            }

            @Override
            public void collect(int doc) throws IOException {
                float score = scorer.score();
                if (!types.isItem(doc)) score *= others;
                if (types.isBehindTwin(doc)) score *= BEHIND_TWIN;
                if (queue.size() == size) {
                    if (below(score, base + doc, queue.top())) return;
                    queue.updateTop(new ScoreDoc(base + doc, score));
                    raiseMin();
                } else {
                    queue.add(new ScoreDoc(base + doc, score));
                    if (queue.size() == size) raiseMin();
                }
            }

            /** A document scoring as much as the lowest kept may still rank above it by id, so not one ulp up. */
            private void raiseMin() throws IOException {
                float min = queue.top().score;
                if (min > minCompetitive) {
                    scorer.setMinCompetitiveScore(min);
                    minCompetitive = min;
                }
            }
        };
    }
}
