package cn.rxzf.portal.search;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Procedure;
import cn.rxzf.portal.content.model.Step;
import cn.rxzf.portal.content.model.Synonym;
import cn.rxzf.portal.site.SiteIndex;
import cn.rxzf.portal.site.publish.SiteOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the search index of validated content: one document per item, case, method, procedure and list. The index
 * is written to a fresh folder and swapped in whole, like the site, so a reader never sees half of it. Synonyms and
 * departments travel in the commit's user data, so the index alone is enough to answer queries.
 */
public final class SearchIndexer {
    static final String ID = "id";
    static final String TYPE = "type";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    /** Every published field of a document in one, weighted by {@link FieldWeights} (BM25F). */
    static final String ALL = "all";
    /** The id of the item's twin group: the same act on several lists (see {@link Twins}). */
    static final String GROUP = "group";
    /** 1 on an item of a repealed or revised list whose act (its twin group) a current list has too. */
    static final String BEHIND_TWIN = "behindTwin";
    private static final Set<String> SUPERSEDED = Set.of("已废止", "已修订");
    /** The commit data holding the pairs looked up by sound ({@link Sounds}). */
    static final String SOUND_PAIRS = "soundPairs";
    /** The region of an item's list (地区), stored to show and to put the reader's chosen region first. */
    static final String REGION = "region";
    /**
     * What a document is about, alone: an item's 违法行为, a case's, method's, procedure's or list's title. A query
     * must meet it (or a citation) to find anything; boilerplate (conditions, measures, departments) is not enough.
     */
    static final String ACT = "act";
    /**
     * On an item, the documents that are about it ({@link #about}): its list, and each case that names it (条目). A case or
     * list ranked above its item gives the item its place ({@link ItemsFirst}).
     */
    static final String ABOUT = "about";
    static final String CITATION = "citation";
    static final String LAW = "law";
    static final String SNIPPET = "snippet";
    static final String DEPARTMENT = "department";
    static final String DEPARTMENT_NAME = "departmentName";
    static final String LIST_TYPE = "listType";
    static final String AREA = "area";
    static final String STATUS = "status";
    static final String FORMAT = "rxzf-search-4";
    static final List<String> TYPES = List.of("item", "case", "method", "procedure", "list");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Analysed text without positions: queries are bags of pairs, never phrases, so positions would be dead weight. */
    private static final FieldType TERMS = terms(false);

    private static FieldType terms(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setStored(stored);
        t.freeze();
        return t;
    }

    /**
     * Up to this many items the index is written on one thread. One writing thread makes one segment (the RAM buffer
     * holds 100,000 items), and a search over one segment costs ~20 % less CPU at 10,000 items than over the two that
     * two threads make; written alone, 10,000 items take ~0.5 s longer, 100,000 twice as long (~30 s against ~15 s).
     */
    static final int ONE_THREAD_UP_TO = 20_000;

    /** The search index as the site build writes it (see {@link cn.rxzf.portal.site.SiteIndex}). */
    public static final SiteIndex SITE_INDEX = new SiteIndex() {
        @Override public void writeInto(Content content, Path dir) throws IOException {
            SearchIndexer.writeInto(content, dir, false);
        }

        @Override public void write(Content content, Path indexDir) throws IOException {
            SearchIndexer.write(content, indexDir);
        }
    };

    /**
     * What the index is written with: the field weights, and the lists whose items' 关键词 are left out (the held-out
     * lists of a relevance fold; none for the site).
     */
    record Options(FieldWeights weights, Set<String> keywordsWithheldFrom) {
        static final Options SITE = new Options(FieldWeights.DEFAULT, Set.of());
    }

    private SearchIndexer() {}

    /**
     * Writes the index of {@code content} into {@code indexDir}, replacing what was there only once complete. Small
     * content is written on one thread (see {@link #ONE_THREAD_UP_TO}), as the site build writes it.
     */
    public static void write(Content content, Path indexDir) throws IOException {
        SiteOutput output = SiteOutput.begin(indexDir);
        try {
            writeInto(content, output.dir(), content.items.size() > ONE_THREAD_UP_TO);
            output.commit();
        } catch (IOException | RuntimeException e) {
            output.abandon();
            throw e;
        }
    }

    /**
     * Writes the index into an empty folder {@code dir}; the caller swaps it in (see {@link #write}). With
     * {@code parallel} the items are analysed on the common fork-join pool, one segment per thread; without, on the
     * calling thread only, into one segment — also for a build that keeps that pool busy with its pages: a second
     * parallel loop from another thread then spins waiting for tasks the pool's workers are too busy to finish (18 %
     * of a 10,000-item build's samples).
     */
    public static void writeInto(Content content, Path dir, boolean parallel) throws IOException {
        writeInto(content, dir, parallel, Options.SITE);
    }

    static void writeInto(Content content, Path dir, boolean parallel, Options options) throws IOException {
        Map<String, String> groups = Twins.groups(content.items.values());
        Set<String> behind = behindTwin(content, groups);
        Map<String, List<String>> casesOf = casesOf(content);
        IndexWriterConfig config = new IndexWriterConfig(Analysis.INDEX)
                .setCodec(new SearchCodec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128)
                // the segment's files as they are: packing them into one compound file copies the whole index again
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
        try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            List<Document> docs = new ArrayList<>();
            // IndexWriter takes documents from several threads; analysis is most of the work.
            (parallel ? content.items.values().parallelStream() : content.items.values().stream())
                    .forEach(item -> add(writer, item(content, item, groups, behind, casesOf, options)));
            FieldWeights w = options.weights();
            for (Case c : content.cases.values()) docs.add(caseDoc(content, c, w));
            for (Procedure p : content.methods.values()) docs.add(procedure(content, p, w));
            for (Procedure p : content.procedures.values()) docs.add(procedure(content, p, w));
            for (EnforcementList l : content.lists.values()) docs.add(list(content, l, w));
            writer.addDocuments(docs);
            writer.setLiveCommitData(userData(content).entrySet());
            writer.commit();
        }
    }

    private static void add(IndexWriter writer, Document d) {
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> userData(Content content) throws IOException {
        List<Map<String, Object>> synonyms = new ArrayList<>();
        for (Synonym s : content.synonyms) synonyms.add(Map.of("spoken", s.spoken(), "formal", s.formal()));
        List<Map<String, String>> departments = new ArrayList<>();
        for (Department d : content.departments.values()) {
            departments.add(Map.of("code", d.code(), "name", d.name(), "label", d.name(), "url", d.url(),
                    "duties", d.duties() == null ? "" : d.duties()));
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("format", FORMAT);
        data.put("synonyms", JSON.writeValueAsString(synonyms));
        data.put("departments", JSON.writeValueAsString(departments));
        data.put(SOUND_PAIRS, vocabulary(content).encoded());
        return data;
    }

    /** The texts whose pairs are looked up by sound ({@link Sounds}): what each document is about. */
    private static Sounds.Vocabulary vocabulary(Content content) {
        Sounds.Vocabulary v = new Sounds.Vocabulary();
        for (Item i : content.items.values()) {
            v.add(i.violation());
            for (String c : i.conditions()) v.add(c);
        }
        for (EnforcementList l : content.lists.values()) v.add(l.title());
        for (Case c : content.cases.values()) v.add(c.title());
        for (Procedure p : content.methods.values()) v.add(p.name());
        for (Procedure p : content.procedures.values()) v.add(p.name());
        return v;
    }

    /** The items of repealed or revised lists whose twin group has an item on a current list. */
    private static Set<String> behindTwin(Content content, Map<String, String> groups) {
        Set<String> current = new HashSet<>();
        for (Map.Entry<String, String> e : groups.entrySet()) {
            if (!SUPERSEDED.contains(content.listOf(content.items.get(e.getKey())).status())) current.add(e.getValue());
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, String> e : groups.entrySet()) {
            if (SUPERSEDED.contains(content.listOf(content.items.get(e.getKey())).status()) && current.contains(e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The value of {@link #ABOUT} that stands for the document of {@code type} and {@code id}: ids of different types may be equal. */
    static String about(String type, String id) {
        return type + ":" + id;
    }

    /** By item id, the cases that name it (条目). */
    private static Map<String, List<String>> casesOf(Content content) {
        Map<String, List<String>> out = new HashMap<>();
        for (Case c : content.cases.values()) {
            if (c.itemIds() == null) continue;
            for (String item : c.itemIds()) out.computeIfAbsent(item, k -> new ArrayList<>()).add(c.id());
        }
        return out;
    }

    private static Document item(Content content, Item i, Map<String, String> groups, Set<String> behind,
                                 Map<String, List<String>> casesOf, Options options) {
        EnforcementList list = content.listOf(i);
        FieldWeights w = options.weights();
        Document d = base(i.id(), "item", i.url(), i.violation());
        List<String> keywords = options.keywordsWithheldFrom().contains(i.listId()) ? List.of() : i.keywords();
        add(d, KEYWORDS, String.join("；", keywords));
        String basis = i.violatedProvisions() + "；" + i.penaltyBasis();
        String conditions = String.join("；", i.conditions());
        all(d, List.of(new WeightedText.Part(i.violation(), w.violation()),
                new WeightedText.Part(conditions + "；" + nz(i.note()), w.conditions()),
                new WeightedText.Part(basis, w.basis()),
                new WeightedText.Part(i.outcome() + "；" + nz(i.outcomeNote()), w.outcome()),
                new WeightedText.Part(i.authority() + "；" + String.join("；", i.measures()), w.measures()),
                new WeightedText.Part(list.title(), w.listTitle()),
                new WeightedText.Part(i.area(), w.area())));
        citations(d, i.violation() + "；" + basis);
        d.add(new StringField(ABOUT, about("list", i.listId()), Field.Store.NO));
        for (String c : casesOf.getOrDefault(i.id(), List.of())) d.add(new StringField(ABOUT, about("case", c), Field.Store.NO));
        d.add(new StoredField(GROUP, groups.getOrDefault(i.id(), i.id())));
        if (behind.contains(i.id())) d.add(new NumericDocValuesField(BEHIND_TWIN, 1));
        if (list.region() != null && !list.region().isBlank()) d.add(new StoredField(REGION, list.region()));
        d.add(new StoredField(SNIPPET, "适用条件：" + conditions + "。处理结果：" + i.outcome()
                + (keywords.isEmpty() ? "" : "。常见说法：" + String.join("、", keywords))
                + "。依据：" + basis));
        facets(d, content, list.department(), list.type(), i.area(), list.status());
        return d;
    }

    private static Document caseDoc(Content content, Case c, FieldWeights w) {
        Document d = base(c.id(), "case", c.url(), c.title());
        String body = Html.text(c.bodyHtml());
        all(d, List.of(new WeightedText.Part(c.title(), w.violation()),
                new WeightedText.Part(nz(c.result()) + "；" + body, 1),
                new WeightedText.Part(nz(c.area()) + "；" + nz(c.region()), w.area())));
        citations(d, body);
        d.add(new StoredField(SNIPPET, (c.result() == null ? "" : "处理结果：" + c.result() + "。") + body));
        facets(d, content, c.department(), null, c.area(), null);
        return d;
    }

    private static Document procedure(Content content, Procedure p, FieldWeights w) {
        Document d = base(p.id(), p.isMethod() ? "method" : "procedure", p.url(), p.name());
        StringBuilder steps = new StringBuilder();
        for (Step s : p.steps()) steps.append(s.stage()).append("：").append(s.text()).append("；");
        String body = nz(p.summary()) + "；" + steps + nz(p.basis()) + "；" + Html.text(p.bodyHtml());
        all(d, List.of(new WeightedText.Part(p.name(), w.violation()), new WeightedText.Part(body, 1)));
        citations(d, nz(p.basis()) + "；" + body);
        d.add(new StoredField(SNIPPET, body));
        facets(d, content, p.department(), null, null, null);
        return d;
    }

    private static Document list(Content content, EnforcementList l, FieldWeights w) {
        Document d = base(l.id(), "list", l.url(), l.title());
        String body = Html.text(l.bodyHtml());
        all(d, List.of(new WeightedText.Part(l.title(), w.violation()),
                new WeightedText.Part(nz(l.issuer()) + "；" + nz(l.docNumber()) + "；" + body, 1),
                new WeightedText.Part(l.type() + "；" + nz(l.area()) + "；" + nz(l.region()), w.area())));
        d.add(new StoredField(SNIPPET, l.type() + "清单，" + nz(l.issuer()) + "发布。" + body));
        facets(d, content, l.department(), l.type(), l.area(), l.status());
        return d;
    }

    private static void all(Document d, List<WeightedText.Part> parts) {
        d.add(new Field(ALL, new WeightedText(parts), TERMS));
    }

    private static Document base(String id, String type, String url, String title) {
        Document d = new Document();
        add(d, ACT, title);
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(TYPE, type, Field.Store.YES));
        d.add(new SortedDocValuesField(TYPE, new BytesRef(type)));
        d.add(new StoredField(URL, url));
        d.add(new StoredField(TITLE, title));
        return d;
    }

    private static void facets(Document d, Content content, String department, String listType, String area,
                               String status) {
        if (department != null) {
            d.add(new StringField(DEPARTMENT, department, Field.Store.YES));
            d.add(new SortedDocValuesField(DEPARTMENT, new BytesRef(department)));
            Department dep = content.departments.get(department);
            if (dep != null) d.add(new StoredField(DEPARTMENT_NAME, dep.name()));
        }
        keyword(d, LIST_TYPE, listType);
        keyword(d, AREA, area);
        keyword(d, STATUS, status);
    }

    private static void keyword(Document d, String field, String value) {
        if (value == null || value.isBlank()) return;
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void citations(Document d, String text) {
        for (String c : Citations.inText(text)) d.add(new StringField(CITATION, c, Field.Store.NO));
        for (String law : Citations.laws(text)) d.add(new StringField(LAW, law, Field.Store.NO));
    }

    private static void add(Document d, String field, String text) {
        d.add(new Field(field, text, TERMS));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
