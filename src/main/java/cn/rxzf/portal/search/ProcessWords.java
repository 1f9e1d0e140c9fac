package cn.rxzf.portal.search;

import cn.rxzf.portal.search.SearchResult.DepartmentRef;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The words of the enforcement process rather than of an act: the pairs of characters the titles of lists, methods
 * and procedures of at least {@link #FIELDS} fields share (行政, 处罚, 违法, 执法, 清单, 流程, 办理, 告知, 承诺, 轻微 …;
 * place names and department words with them) and those of {@link ProcedureQuestion}'s words; with
 * {@link #withDepartments}, also the pairs of the departments' names. Learnt from the published titles, not
 * written by hand: a word found there in fewer fields' titles (广告, 食品, 经营) stays a word of acts.
 * A query that meets the documents only in such words asks about the process (行政复议怎么申请, 罚款在哪里缴纳, 城管上班
 * 时间几点), not about an act any list has.
 */
final class ProcessWords {
    static final ProcessWords NONE = new ProcessWords(Set.of());
    /** Titles of this many fields (a list's 领域, or a method's or procedure's department) at least share a pair of the process. */
    static final int FIELDS = 3;
    private static final Pattern FIELD_NAME = Pattern.compile("[/（(]");
    private static final List<String> TITLED = List.of("list", "method", "procedure");

    private final Set<String> pairs;

    private ProcessWords(Set<String> pairs) {
        this.pairs = pairs;
    }

    /** These words and the pairs of the departments' names (城市管理, 税务局 …): who deals with a question, not what act it asks about. */
    ProcessWords withDepartments(List<DepartmentRef> departments) {
        Set<String> out = new HashSet<>(pairs);
        for (var d : departments) out.addAll(Analysis.terms(Analysis.BIGRAMS, d.name()));
        return new ProcessWords(Set.copyOf(out));
    }

    static ProcessWords of(IndexReader reader) throws IOException {
        Map<String, Set<String>> fieldsOf = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            for (String type : TITLED) {
                PostingsEnum docs = leaf.reader().postings(new Term(SearchIndexer.TYPE, type), PostingsEnum.NONE);
                if (docs == null) continue;
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    var doc = stored.document(d, Set.of(SearchIndexer.TITLE, SearchIndexer.DEPARTMENT, SearchIndexer.AREA));
                    String area = doc.get(SearchIndexer.AREA);
                    // A list's field (its first name: 市场监管 of 市场监管/广告); a method's or procedure's department.
                    String field = area != null ? FIELD_NAME.split(area)[0].strip() : "department " + doc.get(SearchIndexer.DEPARTMENT);
                    for (String p : Analysis.terms(Analysis.BIGRAMS, String.valueOf(doc.get(SearchIndexer.TITLE)))) {
                        fieldsOf.computeIfAbsent(p, k -> new HashSet<>()).add(field);
                    }
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (String w : ProcedureQuestion.WORDS) out.addAll(Analysis.terms(Analysis.BIGRAMS, w));
        fieldsOf.forEach((p, of) -> {
            if (of.size() >= FIELDS) out.add(p);
        });
        return new ProcessWords(Set.copyOf(out));
    }

    /** Whether every one of these pairs is a word of the process (an empty list is not). */
    boolean all(List<String> of) {
        if (of.isEmpty()) return false;
        for (String p : of) if (!pairs.contains(p)) return false;
        return true;
    }

    /**
     * Whether each of these words is made of words of the process only (their pairs, {@link #all}); true for no
     * words: a query that says nothing else names no act.
     */
    boolean allWords(List<String> words) {
        for (String w : words) if (!all(Analysis.terms(Analysis.BIGRAMS, w))) return false;
        return true;
    }

    boolean contains(String pair) {
        return pairs.contains(pair);
    }

    int size() {
        return pairs.size();
    }
}
