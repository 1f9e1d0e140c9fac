package cn.rxzf.portal.search;

import cn.rxzf.portal.search.SearchResult.DepartmentRef;
import cn.rxzf.portal.search.SearchResult.FacetValue;
import cn.rxzf.portal.search.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/** What a result page shows of the ranked documents: each hit's stored fields and snippet, and the facets' labels. */
final class Hits {
    static final int SNIPPET_WIDTH = 90;

    private Hits() {}

    /** The hits of {@code docs} from {@code from} to {@code to}, the query's pairs {@code marks} marked. */
    static List<Hit> of(IndexState s, List<ScoreDoc> docs, int from, int to, Set<String> marks) throws IOException {
        List<Hit> out = new ArrayList<>();
        StoredFields stored = s.searcher().storedFields();
        for (int i = from; i < Math.min(to, docs.size()); i++) {
            ScoreDoc sd = docs.get(i);
            Document d = stored.document(sd.doc);
            String title = d.get(SearchIndexer.TITLE);
            out.add(new Hit(d.get(SearchIndexer.ID), d.get(SearchIndexer.TYPE), title, Snippets.mark(title, marks),
                    d.get(SearchIndexer.URL), sd.score,
                    Snippets.excerpt(Objects.requireNonNullElse(d.get(SearchIndexer.SNIPPET), ""), marks, SNIPPET_WIDTH),
                    d.get(SearchIndexer.DEPARTMENT), d.get(SearchIndexer.DEPARTMENT_NAME), d.get(SearchIndexer.LIST_TYPE),
                    d.get(SearchIndexer.AREA), d.get(SearchIndexer.STATUS), d.get(SearchIndexer.GROUP),
                    d.get(SearchIndexer.REGION)));
        }
        return out;
    }

    /** The facet counts as the page lists them: most first, each value with its label (a department's name …). */
    static Map<String, List<FacetValue>> facets(IndexState s, Map<String, Map<String, Long>> counts) {
        Map<String, String> names = new LinkedHashMap<>();
        for (DepartmentRef d : s.departments()) names.put(d.code(), d.name());
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        counts.forEach((field, values) -> {
            List<FacetValue> list = new ArrayList<>();
            values.forEach((v, n) -> list.add(new FacetValue(v, label(field, v, names), n)));
            list.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
            out.put(field, list);
        });
        return out;
    }

    private static String label(String field, String value, Map<String, String> departments) {
        if (field.equals(SearchIndexer.DEPARTMENT)) return departments.getOrDefault(value, value);
        if (field.equals(SearchIndexer.TYPE)) {
            return switch (value) {
                case "item" -> "清单事项";
                case "case" -> "典型案例";
                case "method" -> "执法方式";
                case "procedure" -> "办理流程";
                case "list" -> "清单";
                default -> value;
            };
        }
        return value;
    }
}
