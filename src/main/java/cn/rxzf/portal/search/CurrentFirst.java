package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * The same act on a repealed or revised list and on a current one (its twin, {@link Twins}): the current wording comes
 * first, wherever the old one scored, and the old one follows it, still found. An item on a repealed list whose act no
 * current list has keeps its place: it is then the best answer there is.
 */
final class CurrentFirst {
    private CurrentFirst() {}

    static List<ScoreDoc> of(List<ScoreDoc> ranked, IndexReader reader, FacetTable table) throws IOException {
        boolean any = false;
        for (ScoreDoc d : ranked) any |= superseded(d.doc, reader, table);
        if (!any) return ranked;
        StoredFields stored = reader.storedFields();
        List<String> groups = new ArrayList<>(ranked.size());
        for (ScoreDoc d : ranked) groups.add(stored.document(d.doc, Set.of(SearchIndexer.GROUP)).get(SearchIndexer.GROUP));
        List<ScoreDoc> out = new ArrayList<>(ranked);
        List<String> outGroups = new ArrayList<>(groups);
        for (ScoreDoc d : ranked) {
            if (!superseded(d.doc, reader, table)) continue;
            int at = out.indexOf(d);
            String group = outGroups.get(at);
            if (group == null) continue;
            int current = -1;
            for (int j = out.size() - 1; j > at; j--) {
                if (group.equals(outGroups.get(j)) && !superseded(out.get(j).doc, reader, table)) {
                    current = j;
                    break;
                }
            }
            if (current < 0) continue;
            // Removed from before it, the current twin moves up one: the old item goes where that twin was, just after it.
            out.add(current, out.remove(at));
            outGroups.add(current, outGroups.remove(at));
        }
        return out;
    }

    private static boolean superseded(int doc, IndexReader reader, FacetTable table) {
        List<LeafReaderContext> leaves = reader.leaves();
        int i = ReaderUtil.subIndex(doc, leaves);
        return table.leaf(leaves.get(i).ord).isSuperseded(doc - leaves.get(i).docBase);
    }
}
