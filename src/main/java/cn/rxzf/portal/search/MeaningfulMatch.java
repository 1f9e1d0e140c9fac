package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;

/**
 * The gate: whether what a query matched means anything, asked of its first page. Matching is generous (two shared
 * pairs of characters make a match); this decides whether the best of it answers the query at all — or whether the
 * page says 没有找到 (火星移民, 社保卡怎么补办, 酒驾第一次会拘留吗). It never changes which document comes first.
 */
final class MeaningfulMatch {
    private final IndexState s;
    private final Ranking ranking;
    private final TermLookups lookups;

    MeaningfulMatch(IndexState s, Ranking ranking, TermLookups lookups) {
        this.s = s;
        this.ranking = ranking;
        this.lookups = lookups;
    }

    /**
     * Whether the query {@code q} (its words, the dictionary words it says, its citations and laws) found something
     * meaningful, judged by {@code first}: its first page among all matches, whatever the request's filters.
     */
    boolean found(String q, List<Words.Word> words, Map<String, List<String>> spoken, Set<String> citations,
                  Set<String> laws, List<ScoreDoc> first) throws IOException {
        Predicate<String> known = ranking.splitRuns() ? pair -> s.sounds().saysOrSoundsLike(pair) : pair -> false;
        List<String> units = Coverage.units(q, words, spoken.keySet(), Words.STOP_CHARS, known, ranking.fillerWords(),
                ranking.fillerChars());
        // Words of no meaning left out, a query saying nothing but words of the process (怎么查自己有没有被处罚过:
        // 处罚) names no act, where before its other words had kept it under the act check's share.
        boolean onlyProcessLeft = (ranking.fillerWords() || ranking.fillerChars()) && citations.isEmpty()
                && laws.isEmpty() && !ConditionQuestion.asks(q) && s.process().allWords(units)
                && !units.equals(Coverage.units(q, words, spoken.keySet(), Words.STOP_CHARS, known, false, false));
        Coverage coverage = coverage(q, units, spoken, citations, laws);
        double share = coverage.of(first.get(0).doc);
        // 消防通到: a stop character typed for a character of its sound is a misspelt word of the query (通到 → 通道),
        // which counts when the best match has the word it sounds like (MisspeltStopPairs).
        if (ranking.misspeltStopPairs()) {
            List<String> misspelt = MisspeltStopPairs.of(q, words, Words.mark(q, spoken.keySet(), new boolean[q.length()]),
                    pair -> lookups.docFreq(new Term(SearchIndexer.ALL, pair)) == 0, s.sounds()::saysOrSoundsLike);
            misspelt.removeAll(units);
            if (!misspelt.isEmpty()) {
                List<String> read = new ArrayList<>(units);
                read.addAll(misspelt);
                Coverage c = coverage(q, read, spoken, citations, laws);
                double readShare = c.of(first.get(0).doc);
                if (readShare > share) {
                    units = read;
                    coverage = c;
                    share = readShare;
                    onlyProcessLeft = false;
                }
            }
        }
        boolean procedure = ranking.procedureEvidence() > 0
                && (ranking.passiveProcedures() ? ProcedureQuestion.asksActively(q) : ProcedureQuestion.asks(q));
        // Not even the best match shares enough of what the query says: nothing meaningful was found.
        return !(share < ranking.gate()
                || ((share < ranking.actOptional() || procedure)
                    && !meetsAnAct(q, procedure, units, spoken, citations, laws, first))
                || (ranking.personWords() && onlyAPersonWord(coverage, first))
                || (ranking.servicesOnly() && ProcedureQuestion.asksAServiceOnly(q, ranking.servicesHowMuch()))
                || (ranking.unknownActs() && ConditionQuestion.asks(q) && actUnknown(q, words, spoken))
                || onlyProcessLeft);
    }

    /**
     * How much of the query's {@code units} each document has. A condition question tells a story (摆桌子, 劝走 …): its
     * words no document has do not count against it.
     */
    private Coverage coverage(String q, List<String> units, Map<String, List<String>> spoken, Set<String> citations,
                              Set<String> laws) {
        Coverage c = Coverage.of(s.reader(), lookups, s.sounds(), units, spoken, citations, laws);
        return ranking.conditionStories() && ConditionQuestion.asks(q) ? c.withoutUnknownWords() : c;
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
    private boolean meetsAnAct(String q, boolean procedure, List<String> units, Map<String, List<String>> spoken,
                               Set<String> citations, Set<String> laws, List<ScoreDoc> first) throws IOException {
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

    /**
     * Whether a condition question names its act ({@link ConditionQuestion#actWords}) only in words that no document
     * has — as written, by their sound, or as a word of the dictionary: 酒驾第一次会拘留吗 (酒驾), 我弟醉驾第一次被抓 会坐牢吗
     * (醉驾). Its first offence and the fine it fears are on every list; what it asks about is on none. False for a
     * question naming no act beyond its condition (首次被查 改了还罚吗: the lists' conditions answer it).
     */
    private boolean actUnknown(String q, List<Words.Word> words, Map<String, List<String>> spoken) {
        if (!spoken.isEmpty()) return false;
        List<String> act = ConditionQuestion.actWords(q, words, Words.STOP_CHARS);
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
}
