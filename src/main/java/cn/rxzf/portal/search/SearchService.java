package cn.rxzf.portal.search;

import cn.rxzf.portal.search.SearchResult.Hit;
import cn.rxzf.portal.search.SearchResult.Suggestions;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Answers {@link SearchRequest}s from the index the build wrote. Plain Java: the service's routes and the
 * {@code search} command both call it. A query is read ({@link #run}: its pairs of characters, the dictionary words it
 * says, its citations), matched (a document matches through two of its rarer pairs, or a citation — {@link Matches}),
 * ranked ({@link TopByType}), judged ({@link MeaningfulMatch}: does the best match mean anything?) and shown
 * ({@link Hits}, or {@link SuggestedItems} when nothing was found). The index in use and its replacement by a newer
 * build are {@link OpenIndex}'s. Thread-safe.
 */
public final class SearchService implements Closeable {
    private static final int MAX_EXPANSION_TERMS = 60;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Thrown when there is no readable index, e.g. before the first build. */
    public static final class IndexUnavailable extends RuntimeException {
        public IndexUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final OpenIndex index;
    private final Ranking ranking;

    private SearchService(Path dir, Ranking ranking) {
        this.index = new OpenIndex(dir);
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
        IndexState s = index.acquire();
        try {
            return run(s, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            OpenIndex.release(s);
        }
    }

    private SearchResult run(IndexState s, SearchRequest r) throws IOException {
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
        Map<String, List<String>> spoken = s.synonymWords(q);
        boolean[] edge = s.wordEdges(q, words);
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
        if (ranking.runPairs()) for (String p : RunPairs.of(q, words, Words.STOP_CHARS, s.sounds()::says)) {
            if (straddling.remove(p)) bigrams.add(p);
        }
        straddling.removeAll(bigrams);
        Set<String> expansion = expand(spoken, bigrams);
        whoPairs.removeAll(otherPairs);
        whoPairs.retainAll(bigrams);
        Set<String> whoExpansion = whoPairs.isEmpty() ? Set.of() : whoExpansion(q, who, spoken, expansion);
        Set<String> citations = Citations.inQuery(s.lawNamesSpelledOut(q), s.laws());
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
        matches.add(Clause.terms(matching, 0), lookups);
        Map<String, Map<String, Long>> counts = matches.facets();
        // A citation is the query's match: its common words do not add documents to what it found. (A law's name alone
        // does not do that: a document title cited as a law, 《首违不罚清单》, is everyday words too.)
        if (total(counts) < ranking.fallbackBelow() && !common.isEmpty() && citations.isEmpty()) {
            int from = matching.size();
            Clause.addText(matching, common, 1f);
            common = Set.of();
            matches.add(Clause.terms(matching, from), lookups);
            counts = matches.facets();
        }
        // Nothing matched: the pairs beside a character the segmenter left alone may be a word it does not know
        // (迟/报, 首/次 in 首次被查, 道/里 in 在河道里挖沙); they make documents match now, at their low weight.
        Set<String> unknown = total(counts) == 0 ? unknownWords(q, words, straddling) : Set.of();
        if (!unknown.isEmpty()) {
            int from = matching.size();
            Clause.addText(matching, unknown, ranking.straddling());
            matches.requireTwo(matching.size() + grammar >= 2 && citations.isEmpty() && laws.isEmpty());
            matches.add(Clause.terms(matching, from), lookups);
            counts = matches.facets();
        }
        // Still nothing: the query says a word of the reviewed dictionary (乱堆, 占道 …), and a document that has its
        // formal wording (堆放 …) matches by that alone — the query's other words (店门口, 东西) may be on no list.
        // The gate and the act check below still decide whether it is a meaningful match.
        List<Term> matchedBy = Clause.terms(matching, 0);
        if (total(counts) == 0 && !expansion.isEmpty()) {
            List<Clause> formal = new ArrayList<>();
            Clause.addText(formal, expansion, ranking.synonyms());
            matchedBy = Clause.terms(formal, 0);
            matches = new Matches(s.reader(), s.table(), filterValues(r));
            matches.requireTwo(expansion.size() >= 2);
            matches.add(matchedBy, lookups);
            counts = matches.facets();
        }
        // Pairs too common to make a document match, and those straddling a word's edge, still add to the score of
        // what matched; so do keywords, capped far below a pair of the act (they break ties, never outrank an act).
        List<Clause> scoring = new ArrayList<>(matching);
        Clause.addText(scoring, common, 1f);
        Set<String> straddlingLeft = new LinkedHashSet<>(straddling);
        straddlingLeft.removeAll(unknown);
        Clause.addText(scoring, straddlingLeft, ranking.straddling());
        marks.addAll(straddling);
        for (String t : bigrams) scoring.add(new Clause(new Term(SearchIndexer.KEYWORDS, t), ranking.keywords()));
        long total = total(counts);
        int top = r.page() * SearchRequest.PAGE_SIZE;
        Query scored = FieldsNamed.prior(Clause.query(scoring, lookups), fieldsNamed(s, q, spoken), ranking.fieldNamed());
        List<ScoreDoc> ranked = total == 0 ? List.of() : TopByType.search(s.searcher(), scored,
                matches, s.table(), s.ids(), Math.max(top, ItemsFirst.WINDOW), ranking.others());
        if (!ranked.isEmpty() && ranking.gate() > 0) {
            // The gate asks of the query, not of a filter: its first page among all matches decides.
            List<ScoreDoc> first = ranked;
            if (filtered(r)) {
                Matches unfiltered = new Matches(s.reader(), s.table(), new String[FacetTable.FIELDS.size()]);
                unfiltered.requireTwo(matches.requiresTwo());
                unfiltered.add(matchedBy, lookups);
                first = TopByType.search(s.searcher(), scored, unfiltered, s.table(), s.ids(),
                        SearchRequest.PAGE_SIZE, ranking.others());
            }
            if (!new MeaningfulMatch(s, ranking, lookups).found(q, words, spoken, citations, laws, first)) {
                ranked = List.of();
                total = 0;
                counts = Matches.noCounts();
            }
        }
        // After the gate, which asks whether the best match means anything, not which document shows first.
        if (ranking.itemsFirst()) ranked = ItemsFirst.order(s.reader(), s.table(), ranked);
        List<Hit> hits = Hits.of(s, ranked, (r.page() - 1) * SearchRequest.PAGE_SIZE, top, marks);
        int pages = (int) Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        Set<String> pairs = new LinkedHashSet<>(bigrams);
        pairs.addAll(straddling);
        Suggestions suggestions = total == 0 ? SuggestedItems.of(s, pairs, lookups) : null;
        return new SearchResult(r.query(), total, r.page(), pages, hits, Hits.facets(s, counts), false, suggestions);
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
        Clause.addText(main, sounds, ranking.pinyin());
        for (String c : citations) main.add(new Clause(new Term(SearchIndexer.CITATION, c), ranking.citation()));
        if (ranking.law() > 0) {
            for (String law : laws) main.add(new Clause(new Term(SearchIndexer.LAW, law), ranking.law()));
        }
        return main;
    }

    /** The fields (领域 values) the query names, in their own words or by a department word of the synonyms file. */
    private Set<String> fieldsNamed(IndexState s, String q, Map<String, List<String>> spoken) {
        if (ranking.fieldNamed() <= 0 || (ranking.fieldNamedOnlyInConditionQuestions() && !ConditionQuestion.asks(q))) {
            return Set.of();
        }
        Set<String> formal = new LinkedHashSet<>();
        spoken.values().forEach(formal::addAll);
        return s.fields().named(q, formal);
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
     * Which characters of the query belong to a function word ({@link Words#FUNCTION_WORDS}) wherever it stands —
     * the segmenter cuts 有没有 into single characters.
     */
    private static boolean[] functionWords(String q) {
        return Words.mark(q, Words.FUNCTION_WORDS, new boolean[q.length() + 1]);
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

    /** The request's filters by facet field, in {@link FacetTable#FIELDS} order; null where there is none. */
    private static String[] filterValues(SearchRequest r) {
        return new String[] {r.type(), r.department(), r.listType(), r.area(), r.status()};
    }

    private static boolean filtered(SearchRequest r) {
        for (String f : filterValues(r)) if (f != null) return true;
        return false;
    }


    @Override
    public void close() {
        index.close();
    }
}
