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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Answers {@link SearchRequest}s from the index the build wrote. Plain Java: the service's routes and the
 * {@code search} command both call it. A query is read ({@link QueryTerms}: its pairs of characters, the dictionary
 * words it says, its citations), matched (a document matches through two of its rarer pairs, or a citation — {@link Matches}),
 * ranked ({@link TopByType}), judged ({@link MeaningfulMatch}: does the best match mean anything?) and shown
 * ({@link Hits}, or {@link SuggestedItems} when nothing was found). The index in use and its replacement by a newer
 * build are {@link OpenIndex}'s. Thread-safe.
 */
public final class SearchService implements Closeable {
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
        TermLookups lookups = new TermLookups(s.searcher());
        QueryTerms query = QueryTerms.read(s, ranking, lookups, r.query());
        String q = query.text();
        // Pairs found in a large share of documents (经营, 违法, 规定 …) add to the score of what the rarer pairs
        // matched but do not make a document match: the result set, and the work of counting it, stay small. A pair
        // the index does not have at all is looked up by its sound (营业执找 → 执照). When all pairs are common, they
        // make documents match — unless the query cites an article: then that is what matches (《中华人民共和国公路法》
        // 第54条 is not every document saying 中华人民共和国 and 公路).
        Set<String> rare = new LinkedHashSet<>();
        Set<String> common = new LinkedHashSet<>();
        Set<String> sounds = new LinkedHashSet<>();
        int maxDf = (int) (s.reader().maxDoc() * ranking.commonShare());
        for (String t : query.pairs()) {
            int df = lookups.docFreq(new Term(SearchIndexer.ALL, t));
            if (df == 0) sounds.addAll(s.sounds().alike(t));
            (df > maxDf ? common : rare).add(t);
        }
        for (String t : query.straddling()) {
            if (lookups.docFreq(new Term(SearchIndexer.ALL, t)) == 0) sounds.addAll(s.sounds().alike(t));
        }
        if (rare.isEmpty() && sounds.isEmpty() && query.citations().isEmpty()) {
            rare = common;
            common = new LinkedHashSet<>();
        }
        Matches matches = new Matches(s.reader(), s.table(), filterValues(r));
        Set<String> marks = new LinkedHashSet<>(query.pairs());
        marks.addAll(query.expansion());
        Set<String> actPairs = new LinkedHashSet<>(rare);
        Set<String> whoPairs = query.whoPairs();
        Set<String> whoExpansion = query.whoExpansion();
        actPairs.removeAll(whoPairs);
        Set<String> actExpansion = new LinkedHashSet<>(query.expansion());
        actExpansion.removeAll(whoExpansion);
        if (actPairs.isEmpty() && actExpansion.isEmpty()) {
            whoPairs = Set.of();
            whoExpansion = Set.of();
        }
        List<Clause> matching = matching(rare, query, sounds, whoPairs, whoExpansion);
        // A query of several pairs matches a document only through two of them, or a citation; of one pair, through it.
        matches.requireTwo(matching.size() + query.grammar() >= 2 && !query.cites());
        matches.add(Clause.terms(matching, 0), lookups);
        Map<String, Map<String, Long>> counts = matches.facets();
        // A citation is the query's match: its common words do not add documents to what it found. (A law's name alone
        // does not do that: a document title cited as a law, 《首违不罚清单》, is everyday words too.)
        if (total(counts) < ranking.fallbackBelow() && !common.isEmpty() && query.citations().isEmpty()) {
            int from = matching.size();
            Clause.addText(matching, common, 1f);
            common = Set.of();
            matches.add(Clause.terms(matching, from), lookups);
            counts = matches.facets();
        }
        // Nothing matched: the pairs beside a character the segmenter left alone may be a word it does not know
        // (迟/报, 首/次 in 首次被查, 道/里 in 在河道里挖沙); they make documents match now, at their low weight.
        Set<String> unknown = total(counts) == 0 ? query.unknownWords() : Set.of();
        if (!unknown.isEmpty()) {
            int from = matching.size();
            Clause.addText(matching, unknown, ranking.straddling());
            matches.requireTwo(matching.size() + query.grammar() >= 2 && !query.cites());
            matches.add(Clause.terms(matching, from), lookups);
            counts = matches.facets();
        }
        // Still nothing: the query says a word of the reviewed dictionary (乱堆, 占道 …), and a document that has its
        // formal wording (堆放 …) matches by that alone — the query's other words (店门口, 东西) may be on no list.
        // The gate and the act check below still decide whether it is a meaningful match.
        List<Term> matchedBy = Clause.terms(matching, 0);
        if (total(counts) == 0 && !query.expansion().isEmpty()) {
            List<Clause> formal = new ArrayList<>();
            Clause.addText(formal, query.expansion(), ranking.synonyms());
            matchedBy = Clause.terms(formal, 0);
            matches = new Matches(s.reader(), s.table(), filterValues(r));
            matches.requireTwo(query.expansion().size() >= 2);
            matches.add(matchedBy, lookups);
            counts = matches.facets();
        }
        // Pairs too common to make a document match, and those straddling a word's edge, still add to the score of
        // what matched; so do keywords, capped far below a pair of the act (they break ties, never outrank an act).
        List<Clause> scoring = new ArrayList<>(matching);
        Clause.addText(scoring, common, 1f);
        Set<String> straddlingLeft = new LinkedHashSet<>(query.straddling());
        straddlingLeft.removeAll(unknown);
        Clause.addText(scoring, straddlingLeft, ranking.straddling());
        marks.addAll(query.straddling());
        for (String t : query.pairs()) scoring.add(new Clause(new Term(SearchIndexer.KEYWORDS, t), ranking.keywords()));
        long total = total(counts);
        int top = r.page() * SearchRequest.PAGE_SIZE;
        Query scored = FieldsNamed.prior(Clause.query(scoring, lookups), fieldsNamed(s, q, query.spoken()), ranking.fieldNamed());
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
            if (!new MeaningfulMatch(s, ranking, lookups).found(q, query.words(), query.spoken(), query.citations(), query.laws(), first)) {
                ranked = List.of();
                total = 0;
                counts = Matches.noCounts();
            }
        }
        // After the gate, which asks whether the best match means anything, not which document shows first.
        if (ranking.itemsFirst()) ranked = ItemsFirst.order(s.reader(), s.table(), ranked);
        List<Hit> hits = Hits.of(s, ranked, (r.page() - 1) * SearchRequest.PAGE_SIZE, top, marks);
        int pages = (int) Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        Set<String> allPairs = new LinkedHashSet<>(query.pairs());
        allPairs.addAll(query.straddling());
        Suggestions suggestions = total == 0 ? SuggestedItems.of(s, allPairs, lookups) : null;
        return new SearchResult(r.query(), total, r.page(), pages, hits, Hits.facets(s, counts), false, suggestions);
    }

    private List<Clause> matching(Set<String> terms, QueryTerms query, Set<String> sounds, Set<String> whoPairs,
                                  Set<String> whoExpansion) {
        List<Clause> main = new ArrayList<>();
        for (String t : terms) {
            main.add(new Clause(new Term(SearchIndexer.ALL, t), whoPairs.contains(t) ? ranking.whoWords() : 1f));
        }
        for (String t : query.expansion()) {
            float w = ranking.synonyms() * (whoExpansion.contains(t) ? ranking.whoWords() : 1f);
            if (w > 0) main.add(new Clause(new Term(SearchIndexer.ALL, t), w));
        }
        Clause.addText(main, sounds, ranking.pinyin());
        for (String c : query.citations()) main.add(new Clause(new Term(SearchIndexer.CITATION, c), ranking.citation()));
        if (ranking.law() > 0) {
            for (String law : query.laws()) main.add(new Clause(new Term(SearchIndexer.LAW, law), ranking.law()));
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
