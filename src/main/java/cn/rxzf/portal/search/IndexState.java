package cn.rxzf.portal.search;

import cn.rxzf.portal.search.SearchResult.DepartmentRef;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One opened index and what every search over it reads from it once: the reader and searcher, the per-document
 * tables (facets, id order), the dictionary and the departments the build wrote into the commit, the laws the
 * documents cite, and the sounds of their pairs. Made by {@link #open}; {@code key} tells {@link OpenIndex} whether
 * the folder on disk is still this one.
 */
record IndexState(DirectoryReader reader, IndexSearcher searcher, FacetTable table, IdOrder ids, FieldsNamed fields,
                  List<Expansion> synonyms, List<DepartmentRef> departments, Map<String, String> duties,
                  Set<String> laws, Sounds sounds, ProcessWords process, ProcessWords processAndDepartments,
                  SpokenBySound spokenBySound, NegatedSpokenWords negatedSpokenWords, TypedInitials initials, Object key) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A line of the dictionary: everyday words and the formal wording they stand for. */
    record Expansion(List<String> spoken, List<String> formal) {}

    static IndexState open(Path dir, Object key) throws IOException {
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        Map<String, String> data = reader.getIndexCommit().getUserData();
        if (!SearchIndexer.FORMAT.equals(data.get("format"))) {
            reader.close();
            throw new IOException("index format is " + data.get("format") + ", expected " + SearchIndexer.FORMAT);
        }
        List<Expansion> synonyms = new ArrayList<>();
        Map<String, String> initials = new HashMap<>();
        for (Map<String, List<String>> e : JSON.readValue(data.get("synonyms"),
                new TypeReference<List<Map<String, List<String>>>>() {})) {
            List<String> spoken = new ArrayList<>();
            for (String w : e.get("spoken")) {
                String folded = ChineseText.fold(w);
                // An initialism (yyzz) is read as a whole Latin word only, never found inside another (github).
                if (TypedInitials.INITIALISM.matcher(folded).matches()) initials.putIfAbsent(folded, e.get("formal").get(0));
                else spoken.add(folded);
            }
            if (!spoken.isEmpty()) synonyms.add(new Expansion(spoken, e.get("formal")));
        }
        List<DepartmentRef> departments = new ArrayList<>();
        Map<String, String> duties = new LinkedHashMap<>();
        for (Map<String, String> d : JSON.readValue(data.get("departments"),
                new TypeReference<List<Map<String, String>>>() {})) {
            departments.add(new DepartmentRef(d.get("code"), d.get("name"), d.get("url")));
            duties.put(d.get("code"), d.get("duties"));
        }
        Set<String> laws = new HashSet<>();
        Terms terms = MultiTerms.getTerms(reader, SearchIndexer.LAW);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) laws.add(t.utf8ToString());
        }
        FacetTable table = FacetTable.of(reader);
        List<String> spokenWords = synonyms.stream().flatMap(e -> e.spoken().stream()).toList();
        ProcessWords process = ProcessWords.of(reader);
        return new IndexState(reader, new IndexSearcher(reader), table, IdOrder.of(reader), FieldsNamed.of(table),
                List.copyOf(synonyms), List.copyOf(departments), duties, Set.copyOf(laws),
                Sounds.of(data.getOrDefault(SearchIndexer.SOUND_PAIRS, "")), process, process.withDepartments(departments),
                SpokenBySound.of(spokenWords), NegatedSpokenWords.of(spokenWords), new TypedInitials(initials), key);
    }

    /** The spoken words of the dictionary {@code q} contains, each with the formal wording it stands for. */
    Map<String, List<String>> synonymWords(String q) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Expansion e : synonyms) {
            for (String spoken : e.spoken()) {
                if (q.contains(spoken)) out.computeIfAbsent(spoken, k -> new ArrayList<>()).addAll(e.formal());
            }
        }
        return out;
    }

    /**
     * {@code q} with short names of laws written out, for reading its citations (食安法126条 → 食品安全法126条): a spoken
     * word of the dictionary whose formal word is the name of a law the index knows.
     */
    String lawNamesSpelledOut(String q) {
        String out = q;
        for (Expansion e : synonyms) {
            String law = null;
            for (String f : e.formal()) if (laws.contains(f)) law = f;
            if (law == null) continue;
            for (String spoken : e.spoken()) if (!out.contains(law)) out = out.replace(spoken, law);
        }
        return out;
    }

    /**
     * Where words begin or end inside {@code q}: {@code edge[i]} is true when a word starts or ends between
     * characters i-1 and i. Words are the segmenter's ({@link Words}), except that a word of the dictionary is
     * one word whatever the segmenter makes of it. A pair straddling an edge (污超 in 排污超标, 照经 in 没亮照经营) is an
     * accident of the query's wording rather than something it asks for.
     */
    boolean[] wordEdges(String q, List<Words.Word> words) {
        boolean[] edge = new boolean[q.length() + 1];
        for (Words.Word w : words) {
            edge[w.start()] = true;
            edge[w.end()] = true;
        }
        for (Expansion e : synonyms) {
            for (String word : e.spoken()) {
                for (int at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
                    for (int i = at + 1; i < at + word.length(); i++) edge[i] = false;
                    edge[at] = true;
                    edge[at + word.length()] = true;
                }
            }
        }
        return edge;
    }
}
