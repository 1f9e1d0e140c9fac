package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The best {@code size} of the documents {@link Matches} accepts, where the score of anything but an item is
 * multiplied by {@code others} (≤ 1): items, what business owners look for, come before cases telling the same story.
 * Exact, and lets Lucene skip blocks of documents that cannot compete: scaling only lowers scores, so a document whose
 * unscaled score cannot beat the worst kept scaled score cannot enter. Ties go to the lower document number, as in
 * Lucene's own top-docs collector.
 */
final class TopByType implements CollectorManager<TopByType.Top, List<ScoreDoc>> {
    private final Matches matches;
    private final FacetTable table;
    private final int size;
    private final float others;

    TopByType(Matches matches, FacetTable table, int size, float others) {
        this.matches = matches;
        this.table = table;
        this.size = size;
        this.others = others;
    }

    @Override
    public Top newCollector() {
        return new Top();
    }

    @Override
    public List<ScoreDoc> reduce(Collection<Top> collectors) {
        HitQueue all = new HitQueue(size, false);
        for (Top t : collectors) for (ScoreDoc d : t.queue) all.insertWithOverflow(d);
        ScoreDoc[] out = new ScoreDoc[all.size()];
        for (int i = out.length - 1; i >= 0; i--) out[i] = all.pop();
        return new ArrayList<>(List.of(out));
    }

    final class Top implements Collector {
        private final HitQueue queue = new HitQueue(size, false);

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
                        // Documents come in increasing order, so an equal score loses to the one already kept.
                        if (score <= queue.top().score) return;
                        queue.updateTop(new ScoreDoc(base + doc, score));
                        raiseMin();
                    } else {
                        queue.add(new ScoreDoc(base + doc, score));
                        if (queue.size() == size) raiseMin();
                    }
                }

                private void raiseMin() throws IOException {
                    float min = Math.nextUp(queue.top().score);
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
