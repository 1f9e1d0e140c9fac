package cn.rxzf.portal.search;

import cn.rxzf.portal.search.SearchResult.DepartmentRef;
import cn.rxzf.portal.search.SearchResult.FacetValue;
import cn.rxzf.portal.search.SearchResult.Hit;
import cn.rxzf.portal.search.SearchResult.Suggestions;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Answers {@link SearchRequest}s from the index the build wrote. Plain Java: the service's routes and the
 * {@code search} command both call it. When the build swaps in a new index folder, the next search (at most once a
 * second) opens it; searches in flight finish on the old one. Thread-safe.
 */
public final class SearchService implements Closeable {
    static final int SNIPPET_WIDTH = 90;
    private static final int SUGGESTED_ITEMS = 5;
    private static final int MAX_EXPANSION_TERMS = 60;
    private static final long RECHECK_NANOS = 1_000_000_000L;
    /** Characters too common to mean anything on their own when the query falls back to single characters. */
    private static final Set<String> STOP_CHARS = Set.of("的", "了", "是", "在", "我", "你", "他", "她", "们", "被",
            "把", "就", "都", "也", "又", "还", "要", "有", "没", "不", "吗", "呢", "吧", "啊", "个", "这", "那", "和",
            "与", "或", "给", "让", "到", "去", "来", "上", "下", "里", "说", "会", "能", "可", "以", "之", "其",
            "等", "对", "为", "什", "么", "怎", "样", "时", "候", "得", "着", "过", "次", "一");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Thrown when there is no readable index, e.g. before the first build. */
    public static final class IndexUnavailable extends RuntimeException {
        public IndexUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Expansion(List<String> spoken, List<String> formal) {}

    private record State(DirectoryReader reader, IndexSearcher searcher, FacetTable table, IdOrder ids,
                         FieldsNamed fields, List<Expansion> synonyms, List<DepartmentRef> departments, Map<String, String> duties,
                         Set<String> laws, Sounds sounds, ProcessWords process, ProcessWords processAndDepartments,
                         SpokenBySound spokenBySound, TypedInitials initials, Object key) {}

    private final Path dir;
    private final Ranking ranking;
    private volatile State state;
    private volatile long checkedAt;

    private SearchService(Path dir, Ranking ranking) {
        this.dir = dir;
        this.ranking = ranking;
    }

    /** A service over {@code indexDir}; the index is opened on first use, so it may not exist yet. */
    public static SearchService over(Path indexDir) {
        return new SearchService(indexDir, Ranking.DEFAULT);
    }

    /** For comparing rankings (the relevance report). */
    public static SearchService over(Path indexDir, Ranking ranking) {
        return new SearchService(indexDir, ranking);
    }

    public SearchResult search(SearchRequest request) {
        if (!request.problems().isEmpty()) throw new IllegalArgumentException(request.problems().toString());
        State s = acquire();
        try {
            return run(s, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    private SearchResult run(State s, SearchRequest r) throws IOException {
        String q = normalise(r.query());
        TermLookups lookups = new TermLookups(s.searcher());
        // yingye zhizhao → 营业执照: pinyin typed in letters, read as the characters it unambiguously sounds like.
        if (ranking.typedPinyin()) q = TypedPinyin.read(q, s.sounds(), p -> lookups.docFreq(new Term(SearchIndexer.ALL, p)));
        // yyzz → 营业执照: the dictionary's initialisms, read as whole Latin words.
        if (ranking.typedInitials()) q = s.initials().read(q);
        // 夸门经营 → 跨门经营: a spoken word of the dictionary typed as a homophone, read as the dictionary writes it.
        if (ranking.spokenBySound()) q = s.spokenBySound().read(q, p -> lookups.docFreq(new Term(SearchIndexer.ALL, p)));
        Set<String> bigrams = new LinkedHashSet<>();
        Set<String> straddling = new LinkedHashSet<>();
        List<Words.Word> words = Words.of(q);
        // The spoken words of the dictionary the query says, each with its formal wording: read once, used throughout.
        Map<String, List<String>> spoken = synonymWords(s, q);
        boolean[] edge = wordEdges(s, q, words);
        boolean[] function = functionWords(q);
        int grammar = 0;
        // In a condition question, a word naming who did it (网吧, 汽修厂) weighs less than the act's words, if it has some.
        boolean[] who = ranking.whoWords() < 1f && ConditionQuestion.asks(q) ? WhoWords.spans(q, words) : null;
        // … and so does the office that found it or decides (住建局, 消防大队): the story's, not the act's.
        if (ranking.whoWords() < 1f) who = FoundByWords.add(q, words, who, ranking);
        Set<String> whoPairs = new LinkedHashSet<>();
        Set<String> otherPairs = new LinkedHashSet<>();
        for (Analysis.Token t : Analysis.tokens(Analysis.BIGRAMS, q)) {
            if (who != null) (WhoWords.inside(who, t.start(), t.end() - t.start()) ? whoPairs : otherPairs).add(t.term());
            // 没有, 怎么, 是不是 …: the question's grammar, not what it asks about (没有亮照经营 asks what 没亮照经营 does).
            // It still makes the query a sentence, of which one matching pair alone is too little (怎么种多肉植物).
            if (function[t.start()] && function[t.end() - 1]) {
                grammar++;
                continue;
            }
            boolean crosses = t.end() - t.start() == 2 && edge[t.start() + 1];
            // A number alone (12345) is no match; numbers count in citations (第126条).
            boolean number = DIGITS.matcher(t.term()).matches();
            (number || (crosses && ranking.straddling() != 1f) ? straddling : bigrams).add(t.term());
        }
        // 闭 门 器: a pair of single characters that an act says is a word the segmenter did not know (RunPairs).
        if (ranking.runPairs()) for (String p : RunPairs.of(q, words, STOP_CHARS, s.sounds()::says)) {
            if (straddling.remove(p)) bigrams.add(p);
        }
        straddling.removeAll(bigrams);
        Set<String> expansion = expand(spoken, bigrams);
        whoPairs.removeAll(otherPairs);
        whoPairs.retainAll(bigrams);
        Set<String> whoExpansion = whoPairs.isEmpty() ? Set.of() : whoExpansion(q, who, spoken, expansion);
        Set<String> citations = Citations.inQuery(lawNamesSpelledOut(s, q), s.laws());
        Set<String> laws = new LinkedHashSet<>();
        for (String law : s.laws()) if (law.length() >= 3 && q.contains(law)) laws.add(law);

        // Pairs found in a large share of documents (经营, 违法, 规定 …) add to the score of what the rarer pairs
        // matched but do not make a document match: the result set, and the work of counting it, stay small. A pair
        // the index does not have at all is looked up by its sound (营业执找 → 执照). When all pairs are common, they
        // make documents match — unless the query cites an article: then that is what matches (《中华人民共和国公路法》
        // 第54条 is not every document saying 中华人民共和国 and 公路).
        Set<String> rare = new LinkedHashSet<>();
        Set<String> common = new LinkedHashSet<>();
        Set<String> sounds = new LinkedHashSet<>();
        int maxDf = (int) (s.reader().maxDoc() * ranking.commonShare());
        for (String t : bigrams) {
            int df = lookups.docFreq(new Term(SearchIndexer.ALL, t));
            if (df == 0) sounds.addAll(s.sounds().alike(t));
            (df > maxDf ? common : rare).add(t);
        }
        for (String t : straddling) {
            if (lookups.docFreq(new Term(SearchIndexer.ALL, t)) == 0) sounds.addAll(s.sounds().alike(t));
        }
        if (rare.isEmpty() && sounds.isEmpty() && citations.isEmpty()) {
            rare = common;
            common = new LinkedHashSet<>();
        }
        Matches matches = new Matches(s.reader(), s.table(), filterValues(r));
        Set<String> marks = new LinkedHashSet<>(bigrams);
        marks.addAll(expansion);
        Set<String> actPairs = new LinkedHashSet<>(rare);
        actPairs.removeAll(whoPairs);
        Set<String> actExpansion = new LinkedHashSet<>(expansion);
        actExpansion.removeAll(whoExpansion);
        if (actPairs.isEmpty() && actExpansion.isEmpty()) {
            whoPairs = Set.of();
            whoExpansion = Set.of();
        }
        List<Clause> matching = matching(rare, expansion, citations, laws, sounds, whoPairs, whoExpansion);
        // A query of several pairs matches a document only through two of them, or a citation; of one pair, through it.
        matches.requireTwo(matching.size() + grammar >= 2 && citations.isEmpty() && laws.isEmpty());
        matches.add(terms(matching, 0), lookups);
        Map<String, Map<String, Long>> counts = matches.facets();
        // A citation is the query's match: its common words do not add documents to what it found. (A law's name alone
        // does not do that: a document title cited as a law, 《首违不罚清单》, is everyday words too.)
        if (total(counts) < ranking.fallbackBelow() && !common.isEmpty() && citations.isEmpty()) {
            int from = matching.size();
            addText(matching, common, 1f);
            common = Set.of();
            matches.add(terms(matching, from), lookups);
            counts = matches.facets();
        }
        // Nothing matched: the pairs beside a character the segmenter left alone may be a word it does not know
        // (迟/报, 首/次 in 首次被查, 道/里 in 在河道里挖沙); they make documents match now, at their low weight.
        Set<String> unknown = total(counts) == 0 ? unknownWords(q, words, straddling) : Set.of();
        if (!unknown.isEmpty()) {
            int from = matching.size();
            addText(matching, unknown, ranking.straddling());
            matches.requireTwo(matching.size() + grammar >= 2 && citations.isEmpty() && laws.isEmpty());
            matches.add(terms(matching, from), lookups);
            counts = matches.facets();
        }
        // Still nothing: the query says a word of the reviewed dictionary (乱堆, 占道 …), and a document that has its
        // formal wording (堆放 …) matches by that alone — the query's other words (店门口, 东西) may be on no list.
        // The gate and the act check below still decide whether it is a meaningful match.
        List<Term> matchedBy = terms(matching, 0);
        if (total(counts) == 0 && !expansion.isEmpty()) {
            List<Clause> formal = new ArrayList<>();
            addText(formal, expansion, ranking.synonyms());
            matchedBy = terms(formal, 0);
            matches = new Matches(s.reader(), s.table(), filterValues(r));
            matches.requireTwo(expansion.size() >= 2);
            matches.add(matchedBy, lookups);
            counts = matches.facets();
        }
        // Pairs too common to make a document match, and those straddling a word's edge, still add to the score of
        // what matched; so do keywords, capped far below a pair of the act (they break ties, never outrank an act).
        List<Clause> scoring = new ArrayList<>(matching);
        addText(scoring, common, 1f);
        Set<String> straddlingLeft = new LinkedHashSet<>(straddling);
        straddlingLeft.removeAll(unknown);
        addText(scoring, straddlingLeft, ranking.straddling());
        marks.addAll(straddling);
        for (String t : bigrams) scoring.add(new Clause(new Term(SearchIndexer.KEYWORDS, t), ranking.keywords()));
        long total = total(counts);
        int top = r.page() * SearchRequest.PAGE_SIZE;
        Query scored = FieldsNamed.prior(query(scoring, lookups), fieldsNamed(s, q, spoken), ranking.fieldNamed());
        List<ScoreDoc> ranked = total == 0 ? List.of() : TopByType.search(s.searcher(), scored,
                matches, s.table(), s.ids(), Math.max(top, ItemsFirst.WINDOW), ranking.others());
        if (!ranked.isEmpty() && ranking.gate() > 0) {
            Predicate<String> known = ranking.splitRuns() ? pair -> s.sounds().saysOrSoundsLike(pair) : pair -> false;
            List<String> units = Coverage.units(q, words, spoken.keySet(), STOP_CHARS, known, ranking.fillerWords(),
                    ranking.fillerChars());
            // Words of no meaning left out, a query saying nothing but words of the process (怎么查自己有没有被处罚过:
            // 处罚) names no act, where before its other words had kept it under the act check's share.
            boolean onlyProcessLeft = (ranking.fillerWords() || ranking.fillerChars()) && citations.isEmpty()
                    && laws.isEmpty() && !ConditionQuestion.asks(q) && s.process().allWords(units)
                    && !units.equals(Coverage.units(q, words, spoken.keySet(), STOP_CHARS, known, false, false));
            Coverage coverage = Coverage.of(s.reader(), lookups, s.sounds(), units, spoken, citations, laws);
            // A condition question tells a story (摆桌子, 劝走 …): its words no document has do not count against it.
            if (ranking.conditionStories() && ConditionQuestion.asks(q)) coverage = coverage.withoutUnknownWords();
            // The gate asks of the query, not of a filter: its first page among all matches decides.
            List<ScoreDoc> first = ranked;
            if (filtered(r)) {
                Matches unfiltered = new Matches(s.reader(), s.table(), new String[FacetTable.FIELDS.size()]);
                unfiltered.requireTwo(matches.requiresTwo());
                unfiltered.add(matchedBy, lookups);
                first = TopByType.search(s.searcher(), scored, unfiltered, s.table(), s.ids(),
                        SearchRequest.PAGE_SIZE, ranking.others());
            }
            double share = coverage.of(first.get(0).doc);
            boolean procedure = ranking.procedureEvidence() > 0
                    && (ranking.passiveProcedures() ? ProcedureQuestion.asksActively(q) : ProcedureQuestion.asks(q));
            if (share < ranking.gate()
                    || ((share < ranking.actOptional() || procedure)
                        && !meetsAnAct(s, q, procedure, units, spoken, citations, laws, lookups, first))
                    || (ranking.personWords() && onlyAPersonWord(coverage, first))
                    || (ranking.servicesOnly() && ProcedureQuestion.asksAServiceOnly(q, ranking.servicesHowMuch()))
                    || (ranking.unknownActs() && ConditionQuestion.asks(q) && actUnknown(s, q, words, spoken, lookups))
                    || onlyProcessLeft) {
                // Not even the best match shares enough of what the query says: nothing meaningful was found.
                ranked = List.of();
                total = 0;
                counts = Matches.noCounts();
            }
        }
        // After the gate, which asks whether the best match means anything, not which document shows first.
        if (ranking.itemsFirst()) ranked = ItemsFirst.order(s.reader(), s.table(), ranked);
        List<Hit> hits = hits(s, ranked, (r.page() - 1) * SearchRequest.PAGE_SIZE, top, marks);
        int pages = (int) Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        Set<String> pairs = new LinkedHashSet<>(bigrams);
        pairs.addAll(straddling);
        Suggestions suggestions = total == 0 ? suggest(s, pairs, lookups) : null;
        return new SearchResult(r.query(), total, r.page(), pages, hits, facetValues(s, counts), false, suggestions);
    }

    /**
     * Whether one of the first page's documents meets the query in what it is about ({@link SearchIndexer#ACT}: an
     * item's 违法行为, another document's title) or in a citation: a query that shares only boilerplate with every
     * document (conditions, measures, departments: 足球越位规则, 社保卡怎么补办) found nothing meaningful. The words of
     * the process ({@link ProcessWords}: 行政, 处罚, 清单, 流程 …) are no evidence of an act. A question about a
     * procedure ({@link ProcedureQuestion}: 行政复议怎么申请, 城管上班时间几点) needs more: its act words must carry more
     * than {@link Ranking#procedureEvidence} of its meaning, and a department's name (城管, 税务局) is no act either.
     * A condition question (首次被查 改了还罚吗) is exempt: its act is often implicit, and the page points it to the check.
     */
    private boolean meetsAnAct(State s, String q, boolean procedure, List<String> units,
                               Map<String, List<String>> spoken, Set<String> citations, Set<String> laws,
                               TermLookups lookups, List<ScoreDoc> first) throws IOException {
        if (ConditionQuestion.asks(q)) return true;
        ProcessWords process = !ranking.processWords() ? ProcessWords.NONE
                : procedure ? s.processAndDepartments() : s.process();
        Coverage act = Coverage.of(s.reader(), lookups, s.sounds(), units, spoken, citations, laws, SearchIndexer.ACT,
                process);
        double needed = procedure ? ranking.procedureEvidence() : 0;
        for (ScoreDoc d : first.subList(0, Math.min(SearchRequest.PAGE_SIZE, first.size()))) {
            if (act.evidence(d.doc) > needed) return true;
        }
        return false;
    }

    /**
     * Whether every document of the first page has of the query only a word for a kind of person in the dictionary's
     * wording ({@link Coverage#onlyAPersonWord}: 孩子发烧怎么办 → the 网吧 items, by 孩子 → 未成年人): who a question is
     * about is no match for what it asks.
     */
    private static boolean onlyAPersonWord(Coverage coverage, List<ScoreDoc> first) throws IOException {
        if (!coverage.saysAPersonWord()) return false;
        for (ScoreDoc d : first.subList(0, Math.min(SearchRequest.PAGE_SIZE, first.size()))) {
            if (!coverage.onlyAPersonWord(d.doc)) return false;
        }
        return true;
    }

    private static boolean filtered(SearchRequest r) {
        for (String f : filterValues(r)) if (f != null) return true;
        return false;
    }

    /**
     * The pairs of {@code pairs} of two Han characters of which at least one the segmenter left alone (迟/报, 首/次,
     * 道/里): possibly a word it does not know, rather than an accident of two words meeting (标注 in 商标注册, 方还
     * in 魔方还原) or a number (12345).
     */
    private static Set<String> unknownWords(String q, List<Words.Word> words, Set<String> pairs) {
        boolean[] single = new boolean[q.length()];
        for (Words.Word w : words) {
            if (w.text().length() == 1 && ChineseText.isHan(w.text().charAt(0))) single[w.start()] = true;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < q.length(); i++) {
            String p = q.substring(i, i + 2);
            boolean han = ChineseText.isHan(p.charAt(0)) && ChineseText.isHan(p.charAt(1));
            if ((single[i] || single[i + 1]) && han && pairs.contains(p)) out.add(p);
        }
        return out;
    }

    /**
     * Whether a condition question names its act ({@link ConditionQuestion#actWords}) only in words that no document
     * has — as written, by their sound, or as a word of the dictionary: 酒驾第一次会拘留吗 (酒驾), 我弟醉驾第一次被抓 会坐牢吗
     * (醉驾). Its first offence and the fine it fears are on every list; what it asks about is on none. False for a
     * question naming no act beyond its condition (首次被查 改了还罚吗: the lists' conditions answer it).
     */
    private static boolean actUnknown(State s, String q, List<Words.Word> words, Map<String, List<String>> spoken,
                                      TermLookups lookups) throws IOException {
        if (!spoken.isEmpty()) return false;
        List<String> act = ConditionQuestion.actWords(q, words, STOP_CHARS);
        if (act.isEmpty()) return false;
        for (String w : act) {
            for (String p : Analysis.terms(Analysis.BIGRAMS, w)) {
                if (lookups.docFreq(new Term(SearchIndexer.ALL, p)) > 0) return false;
                for (String alike : s.sounds().alike(p)) {
                    if (lookups.docFreq(new Term(SearchIndexer.ALL, alike)) > 0) return false;
                }
            }
        }
        return true;
    }

    /** One optional term of a query and its weight; a query is a bag of them, its score their sum. */
    private record Clause(Term term, float weight) {}

    private List<Clause> matching(Set<String> terms, Set<String> expansion, Set<String> citations, Set<String> laws,
                                  Set<String> sounds, Set<String> whoPairs, Set<String> whoExpansion) {
        List<Clause> main = new ArrayList<>();
        for (String t : terms) {
            main.add(new Clause(new Term(SearchIndexer.ALL, t), whoPairs.contains(t) ? ranking.whoWords() : 1f));
        }
        for (String t : expansion) {
            float w = ranking.synonyms() * (whoExpansion.contains(t) ? ranking.whoWords() : 1f);
            if (w > 0) main.add(new Clause(new Term(SearchIndexer.ALL, t), w));
        }
        addText(main, sounds, ranking.pinyin());
        for (String c : citations) main.add(new Clause(new Term(SearchIndexer.CITATION, c), ranking.citation()));
        if (ranking.law() > 0) {
            for (String law : laws) main.add(new Clause(new Term(SearchIndexer.LAW, law), ranking.law()));
        }
        return main;
    }

    /** The fields (领域 values) the query names, in their own words or by a department word of the synonyms file. */
    private Set<String> fieldsNamed(State s, String q, Map<String, List<String>> spoken) {
        if (ranking.fieldNamed() <= 0 || (ranking.fieldNamedOnlyInConditionQuestions() && !ConditionQuestion.asks(q))) {
            return Set.of();
        }
        Set<String> formal = new LinkedHashSet<>();
        spoken.values().forEach(formal::addAll);
        return s.fields().named(q, formal);
    }

    /** The spoken words of the synonyms file the query contains, each with the formal wording it stands for. */
    private static Map<String, List<String>> synonymWords(State s, String q) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Expansion e : s.synonyms()) {
            for (String spoken : e.spoken()) {
                if (q.contains(spoken)) out.computeIfAbsent(spoken, k -> new ArrayList<>()).addAll(e.formal());
            }
        }
        return out;
    }

    /**
     * The query with short names of laws written out, for reading its citations (食安法126条 → 食品安全法126条): a spoken
     * word of the synonyms file whose formal word is the name of a law the index knows.
     */
    private static String lawNamesSpelledOut(State s, String q) {
        String out = q;
        for (Expansion e : s.synonyms()) {
            String law = null;
            for (String f : e.formal()) if (s.laws().contains(f)) law = f;
            if (law == null) continue;
            for (String spoken : e.spoken()) if (!out.contains(law)) out = out.replace(spoken, law);
        }
        return out;
    }

    /** The distinct terms of {@code clauses} from index {@code from} on, grouped by field. */
    private static List<Term> terms(List<Clause> clauses, int from) {
        Set<Term> out = new java.util.TreeSet<>();
        for (Clause c : clauses.subList(from, clauses.size())) out.add(c.term());
        return new ArrayList<>(out);
    }

    /**
     * One flat disjunction of boosted term queries (not one nested disjunction per field and word set: the scores are
     * the same sums, but a flat one lets Lucene's max-score pruning skip documents term by term).
     */
    private static Query query(List<Clause> clauses, TermLookups lookups) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause c : clauses) {
            b.add(boost(lookups.query(c.term()), c.weight()), Occur.SHOULD);
        }
        return b.build();
    }

    private static long total(Map<String, Map<String, Long>> counts) {
        return counts.get(SearchIndexer.TYPE).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Folded, single-spaced, without control characters. */
    static String normalise(String query) {
        String q = ChineseText.fold(query);
        q = SPACES.matcher(CONTROL.matcher(q).replaceAll(" ")).replaceAll(" ").trim();
        return q;
    }

    /**
     * Where words begin or end inside the query: {@code edge[i]} is true when a word starts or ends between
     * characters i-1 and i. Words are the segmenter's ({@link Words}), except that a word of the synonyms file is
     * one word whatever the segmenter makes of it. A pair straddling an edge (污超 in 排污超标, 照经 in 没亮照经营) is an
     * accident of the query's wording rather than something it asks for.
     */
    private static boolean[] wordEdges(State s, String q, List<Words.Word> words) {
        boolean[] edge = new boolean[q.length() + 1];
        for (Words.Word w : words) {
            edge[w.start()] = true;
            edge[w.end()] = true;
        }
        for (Expansion e : s.synonyms()) {
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

    /**
     * Which characters of the query belong to a function word ({@link Words#FUNCTION_WORDS}) wherever it stands —
     * the segmenter cuts 有没有 into single characters.
     */
    private static boolean[] functionWords(String q) {
        boolean[] out = new boolean[q.length() + 1];
        for (String w : Words.FUNCTION_WORDS) {
            for (int at = q.indexOf(w); at >= 0; at = q.indexOf(w, at + 1)) {
                for (int i = at; i < at + w.length(); i++) out[i] = true;
            }
        }
        return out;
    }

    /** The formal wording of every spoken synonym the query contains, as pairs the query does not already have. */
    private static Set<String> expand(Map<String, List<String>> spoken, Set<String> bigrams) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> formal : spoken.values()) for (String f : formal) out.addAll(Analysis.terms(Analysis.BIGRAMS, f));
        out.removeAll(bigrams);
        if (out.size() <= MAX_EXPANSION_TERMS) return out;
        return new LinkedHashSet<>(new ArrayList<>(out).subList(0, MAX_EXPANSION_TERMS));
    }

    /**
     * The pairs of {@code expansion} that only the dictionary words naming who stand for: words said inside a word
     * naming who ({@link WhoWords#spans}: 网吧, 汽修 of 汽修厂) and nowhere else, less the formal wording of the query's
     * other dictionary words.
     */
    private static Set<String> whoExpansion(String q, boolean[] who, Map<String, List<String>> spoken,
                                            Set<String> expansion) {
        Set<String> whoOnly = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        spoken.forEach((word, formal) -> {
            boolean outside = false;
            for (int at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
                outside |= !WhoWords.inside(who, at, word.length());
            }
            for (String f : formal) (outside ? other : whoOnly).addAll(Analysis.terms(Analysis.BIGRAMS, f));
        });
        whoOnly.removeAll(other);
        whoOnly.retainAll(expansion);
        return whoOnly;
    }

    /** The terms as pairs of the combined field ({@link SearchIndexer#ALL}). */
    private static void addText(List<Clause> out, Set<String> terms, float weight) {
        if (terms.isEmpty() || weight <= 0) return;
        for (String t : terms) out.add(new Clause(new Term(SearchIndexer.ALL, t), weight));
    }

    /** The request's filters by facet field, in {@link FacetTable#FIELDS} order; null where there is none. */
    private static String[] filterValues(SearchRequest r) {
        return new String[] {r.type(), r.department(), r.listType(), r.area(), r.status()};
    }

    private static Query boost(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
    }

    private List<Hit> hits(State s, List<ScoreDoc> docs, int from, int to, Set<String> marks) throws IOException {
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

    /** Whether {@code text} holds one of the query's pairs of adjacent characters. */
    static boolean sharesAPair(String text, Set<String> pairs) {
        if (text == null) return false;
        for (String p : pairs) if (p.length() == 2 && text.contains(p)) return true;
        return false;
    }

    /**
     * Items whose act (违法行为) holds two of the query's pairs of characters that are not words of the process
     * ({@link ProcessWords}: 处理, 申请, 办理 …), or its one such pair, those sharing more and rarer pairs first; and
     * departments whose name or duties hold a pair of the query; none rather than all of them (the page then links the
     * list of departments). Two characters apart are chance (火星移民 and 危险废物…移出…居民), a word of the process is on
     * every kind of list (交通违章怎么处理), and one everyday word in common is chance too (外星人存在吗 and an item on
     * 存在 … 屏蔽点位): an item suggested on a page that found nothing must not look like the answer when it is not.
     * The acts' pairs lead: a search through the few items that have them, not a ranking of every item by the
     * query's single characters.
     */
    private Suggestions suggest(State s, Set<String> pairs, TermLookups lookups) throws IOException {
        Set<String> shared = new LinkedHashSet<>();
        for (String p : pairs) if (p.length() == 2 && !s.process().contains(p)) shared.add(p);
        List<Hit> items = List.of();
        if (!shared.isEmpty()) {
            List<Clause> clauses = shared.stream().map(p -> new Clause(new Term(SearchIndexer.ACT, p), 1f)).toList();
            Matches matches = new Matches(s.reader(), s.table(), new String[] {"item", null, null, null, null});
            matches.requireTwo(clauses.size() >= 2);
            matches.add(terms(clauses, 0), lookups);
            List<ScoreDoc> top = TopByType.search(s.searcher(), query(clauses, lookups), matches, s.table(), s.ids(),
                    SUGGESTED_ITEMS, 1f);
            items = hits(s, top, 0, SUGGESTED_ITEMS, shared);
        }
        List<DepartmentRef> departments = new ArrayList<>();
        for (DepartmentRef d : s.departments()) {
            if (sharesAPair(d.name() + s.duties().getOrDefault(d.code(), ""), pairs)) departments.add(d);
        }
        return new Suggestions(items, departments);
    }

    private static Map<String, List<FacetValue>> facetValues(State s, Map<String, Map<String, Long>> counts) {
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

    // ---- the index and its replacement by newer builds ----

    private State acquire() {
        long now = System.nanoTime();
        if (state == null || now - checkedAt > RECHECK_NANOS) refresh(now);
        while (true) {
            State s = state;
            if (s.reader().tryIncRef()) return s;
            refresh(System.nanoTime());
        }
    }

    private static void release(State s) {
        try {
            s.reader().decRef();
        } catch (IOException ignored) {
            // closing a replaced reader can only fail to free its files early; the OS frees them with the process
        }
    }

    private synchronized void refresh(long now) {
        checkedAt = now;
        Object key = key();
        State current = state;
        if (current != null && Objects.equals(current.key(), key) && current.reader().getRefCount() > 0) return;
        // A build swaps a new index folder in by rename; opening at that very moment can see files of both. So a
        // failed open is retried a few times (the swap takes milliseconds) before it counts.
        for (int attempt = 1; ; attempt++) {
            try {
                state = open(key);
                break;
            } catch (IOException | RuntimeException e) {
                if (attempt < 5) {
                    sleepQuietly(20L * attempt);
                    key = key();
                    continue;
                }
                if (current != null && current.reader().getRefCount() > 0) return; // keep answering from the last good one
                throw new IndexUnavailable("no search index at " + dir + "; run the build first", e);
            }
        }
        if (current != null) release(current);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object key() {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
            return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    private State open(Object key) throws IOException {
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
        ProcessWords process = ProcessWords.of(reader);
        return new State(reader, new IndexSearcher(reader), table, IdOrder.of(reader), FieldsNamed.of(table),
                List.copyOf(synonyms), List.copyOf(departments), duties, Set.copyOf(laws),
                Sounds.of(data.getOrDefault(SearchIndexer.SOUND_PAIRS, "")), process, process.withDepartments(departments),
                SpokenBySound.of(synonyms.stream().flatMap(e -> e.spoken().stream()).toList()),
                new TypedInitials(initials), key);
    }

    @Override
    public synchronized void close() {
        State s = state;
        state = null;
        if (s != null) release(s);
    }
}
