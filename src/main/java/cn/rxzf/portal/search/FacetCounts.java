package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, over every matching document, the values of single-valued keyword fields (by doc-values ordinal, so a
 * query matching the whole index costs one array increment per document and field).
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {
    private final List<String> fields;

    FacetCounts(List<String> fields) {
        this.fields = fields;
    }

    @Override
    public Counter newCollector() {
        return new Counter(fields);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> collectors) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : fields) out.put(f, new LinkedHashMap<>());
        for (Counter c : collectors) {
            c.flush();
            c.totals.forEach((f, values) -> values.forEach((v, n) -> out.get(f).merge(v, n, Long::sum)));
        }
        return out;
    }

    static final class Counter extends SimpleCollector {
        private final List<String> fields;
        private final Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        private SortedDocValues[] values;
        private int[][] counts;

        Counter(List<String> fields) {
            this.fields = fields;
            for (String f : fields) totals.put(f, new LinkedHashMap<>());
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = new SortedDocValues[fields.size()];
            counts = new int[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSorted(context.reader(), fields.get(i));
                counts[i] = new int[Math.max(0, values[i].getValueCount())];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (values[i].advanceExact(doc)) counts[i][values[i].ordValue()]++;
            }
        }

        /** Moves the current segment's counts, by ordinal, into the totals by value. */
        void flush() throws IOException {
            if (values == null) return;
            for (int i = 0; i < values.length; i++) {
                Map<String, Long> total = totals.get(fields.get(i));
                for (int ord = 0; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) total.merge(values[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
                }
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
