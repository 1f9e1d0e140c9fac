package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best {@code size} of the documents {@link Matches} accepts, where the score of anything but an item is
 * multiplied by {@code others} (≤ 1): items, what business owners look for, come before cases telling the same story.
 * Exact, and lets Lucene skip blocks of documents that cannot compete: scaling only lowers scores, so a document whose
 * unscaled score cannot beat the worst kept scaled score cannot enter. Equal scores rank by id ({@link IdOrder}), not
 * by document number as in Lucene's own top-docs collector: document numbers depend on how the index was written.
 */
final class TopByType implements CollectorManager<TopByType.Top, List<ScoreDoc>> {
    private final Matches matches;
    private final FacetTable table;
    private final IdOrder ids;
    private final int size;
    private final float others;

    TopByType(Matches matches, FacetTable table, IdOrder ids, int size, float others) {
        this.matches = matches;
        this.table = table;
        this.ids = ids;
        this.size = size;
        this.others = others;
    }

    @Override
    public Top newCollector() {
        return new Top();
    }

    @Override
    public List<ScoreDoc> reduce(Collection<Top> collectors) {
        Queue all = new Queue();
        for (Top t : collectors) for (ScoreDoc d : t.queue) all.insertWithOverflow(d);
        ScoreDoc[] out = new ScoreDoc[all.size()];
        for (int i = out.length - 1; i >= 0; i--) out[i] = all.pop();
        return new ArrayList<>(List.of(out));
    }

    /** Whether a document (index-wide number and score) ranks below another. */
    private boolean below(float score, int doc, ScoreDoc other) {
        return score < other.score || (score == other.score && ids.after(doc, other.doc));
    }

    /** The kept documents, the lowest ranked on top. */
    private final class Queue extends PriorityQueue<ScoreDoc> {
        Queue() {
            super(size);
        }

        @Override
        protected boolean lessThan(ScoreDoc a, ScoreDoc b) {
            return below(a.score, a.doc, b);
        }
    }

    final class Top implements Collector {
        private final Queue queue = new Queue();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int leaf = context.ord;
            int base = context.docBase;
            FacetTable.Leaf types = table.leaf(leaf);
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
                    if (size == 0 || !matches.accepts(leaf, doc)) return;
                    float score = scorer.score();
                    if (!types.isItem(doc)) score *= others;
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

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}
