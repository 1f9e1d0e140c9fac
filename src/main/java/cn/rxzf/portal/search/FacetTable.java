package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/**
 * The facet fields' values of every document, read once when an index is opened: per segment, an ordinal per
 * document and field (-1 when the document has no value) and the value of each ordinal. An index never changes once
 * written, so counting facets and applying filters becomes array look-ups instead of doc-values decoding per match.
 * Costs 4 bytes per document and field (2 MB at 100,000 documents).
 */
final class FacetTable {
    /** The facet fields, in the order facets are reported. The first, the document type, every document has. */
    static final List<String> FIELDS = List.of(SearchIndexer.TYPE, SearchIndexer.DEPARTMENT, SearchIndexer.LIST_TYPE,
            SearchIndexer.AREA, SearchIndexer.STATUS);
    static final int TYPE = 0;

    /** One segment: {@code ords[field][doc]}, {@code values[field][ord]}; live is null when nothing is deleted. */
    record Leaf(int[][] ords, String[][] values, Bits live, int itemOrd, boolean[] behindTwin) {
        int ord(int field, int doc) {
            return ords[field][doc];
        }

        /** The ordinal of {@code value} in this segment, or -1 when no document here has it. */
        int ordOf(int field, String value) {
            String[] v = values[field];
            for (int i = 0; i < v.length; i++) if (v[i].equals(value)) return i;
            return -1;
        }

        boolean isItem(int doc) {
            return ords[TYPE][doc] == itemOrd && itemOrd >= 0;
        }

        /** Whether the document is an item of a repealed or revised list whose act a current list has too. */
        boolean isBehindTwin(int doc) {
            return behindTwin[doc];
        }
    }

    private final Leaf[] leaves;

    private FacetTable(Leaf[] leaves) {
        this.leaves = leaves;
    }

    static FacetTable of(IndexReader reader) throws IOException {
        List<LeafReaderContext> contexts = reader.leaves();
        Leaf[] leaves = new Leaf[contexts.size()];
        for (LeafReaderContext c : contexts) {
            LeafReader r = c.reader();
            int[][] ords = new int[FIELDS.size()][];
            String[][] values = new String[FIELDS.size()][];
            for (int f = 0; f < FIELDS.size(); f++) {
                SortedDocValues dv = DocValues.getSorted(r, FIELDS.get(f));
                values[f] = new String[dv.getValueCount()];
                for (int o = 0; o < values[f].length; o++) values[f][o] = dv.lookupOrd(o).utf8ToString();
                int[] o = new int[r.maxDoc()];
                java.util.Arrays.fill(o, -1);
                for (int doc = dv.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) o[doc] = dv.ordValue();
                ords[f] = o;
            }
            int item = -1;
            for (int o = 0; o < values[TYPE].length; o++) if (values[TYPE][o].equals("item")) item = o;
            boolean[] behind = new boolean[r.maxDoc()];
            NumericDocValues old = DocValues.getNumeric(r, SearchIndexer.BEHIND_TWIN);
            for (int doc = old.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = old.nextDoc()) behind[doc] = true;
            leaves[c.ord] = new Leaf(ords, values, r.getLiveDocs(), item, behind);
        }
        return new FacetTable(leaves);
    }

    /** Every value of facet field {@code field} in the index. */
    java.util.Set<String> values(int field) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Leaf l : leaves) out.addAll(List.of(l.values()[field]));
        return out;
    }

    Leaf leaf(int ord) {
        return leaves[ord];
    }

    int leafCount() {
        return leaves.length;
    }
}
