package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;

/**
 * What a query says, read once before anything is matched (the first step of {@link SearchService}): the query as
 * read (typed pinyin, initialisms and homophones of dictionary words put in characters), its words, its pairs of
 * characters — those inside words ({@code pairs}) and those straddling a word's edge or made of digits
 * ({@code straddling}) — how many pairs are the question's grammar, the dictionary words it says and the formal
 * wording they add ({@code expansion}), the pairs that only name who did it ({@code whoPairs}, {@code whoExpansion}),
 * and the articles and laws it cites.
 */
record QueryTerms(String text, List<Words.Word> words, Map<String, List<String>> spoken, Set<String> pairs,
                  Set<String> straddling, int grammar, Set<String> expansion, Set<String> whoPairs,
                  Set<String> whoExpansion, Set<String> citations, Set<String> laws) {
    private static final int MAX_EXPANSION_TERMS = 60;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    static QueryTerms read(IndexState s, Ranking ranking, TermLookups lookups, String query) {
        String q = normalise(query);
        // yingye zhizhao → 营业执照: pinyin typed in letters, read as the characters it unambiguously sounds like.
        if (ranking.typedPinyin()) q = TypedPinyin.read(q, s.sounds(), p -> lookups.docFreq(new Term(SearchIndexer.ALL, p)));
        // yyzz → 营业执照: the dictionary's initialisms, read as whole Latin words.
        if (ranking.typedInitials()) q = s.initials().read(q);
        // 夸门经营 → 跨门经营: a spoken word of the dictionary typed as a homophone, read as the dictionary writes it.
        if (ranking.spokenBySound()) q = s.spokenBySound().read(q, p -> lookups.docFreq(new Term(SearchIndexer.ALL, p)));
        // 用工没备案 → 没有用工备案: a spoken word of the dictionary split by a negation, read whole.
        if (ranking.negatedSpokenWords()) q = s.negatedSpokenWords().read(q);
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> straddling = new LinkedHashSet<>();
        List<Words.Word> words = Words.of(q);
        // The spoken words of the dictionary the query says, each with its formal wording: read once, used throughout.
        Map<String, List<String>> spoken = s.synonymWords(q);
        boolean[] edge = s.wordEdges(q, words);
        boolean[] function = Words.mark(q, Words.FUNCTION_WORDS, new boolean[q.length() + 1]);
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
            (number || (crosses && ranking.straddling() != 1f) ? straddling : pairs).add(t.term());
        }
        // 闭 门 器: a pair of single characters that an act says is a word the segmenter did not know (RunPairs).
        if (ranking.runPairs()) for (String p : RunPairs.of(q, words, Words.STOP_CHARS, s.sounds()::says)) {
            if (straddling.remove(p)) pairs.add(p);
        }
        straddling.removeAll(pairs);
        Set<String> expansion = expand(spoken, pairs);
        whoPairs.removeAll(otherPairs);
        whoPairs.retainAll(pairs);
        Set<String> whoExpansion = whoPairs.isEmpty() ? Set.of() : whoExpansion(q, who, spoken, expansion);
        Set<String> citations = Citations.inQuery(s.lawNamesSpelledOut(q), s.laws());
        Set<String> laws = new LinkedHashSet<>();
        for (String law : s.laws()) if (law.length() >= 3 && q.contains(law)) laws.add(law);
        return new QueryTerms(q, words, spoken, pairs, straddling, grammar, expansion, whoPairs, whoExpansion,
                citations, laws);
    }

    /** Whether the query cites an article or names a law: then that is what matches, not two of its pairs. */
    boolean cites() {
        return !citations.isEmpty() || !laws.isEmpty();
    }

    /** Folded, single-spaced, without control characters. */
    static String normalise(String query) {
        String q = ChineseText.fold(query);
        q = SPACES.matcher(CONTROL.matcher(q).replaceAll(" ")).replaceAll(" ").trim();
        return q;
    }

    /**
     * The straddling pairs of two Han characters of which at least one the segmenter left alone (迟/报, 首/次, 道/里):
     * possibly a word it does not know, rather than an accident of two words meeting (标注 in 商标注册, 方还 in
     * 魔方还原) or a number (12345).
     */
    Set<String> unknownWords() {
        boolean[] single = new boolean[text.length()];
        for (Words.Word w : words) {
            if (w.text().length() == 1 && ChineseText.isHan(w.text().charAt(0))) single[w.start()] = true;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            String p = text.substring(i, i + 2);
            boolean han = ChineseText.isHan(p.charAt(0)) && ChineseText.isHan(p.charAt(1));
            if ((single[i] || single[i + 1]) && han && straddling.contains(p)) out.add(p);
        }
        return out;
    }

    /** The formal wording of every spoken synonym the query contains, as pairs the query does not already have. */
    private static Set<String> expand(Map<String, List<String>> spoken, Set<String> pairs) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> formal : spoken.values()) for (String f : formal) out.addAll(Analysis.terms(Analysis.BIGRAMS, f));
        out.removeAll(pairs);
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
}
