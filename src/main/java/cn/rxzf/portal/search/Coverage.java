package cn.rxzf.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * How much of a query a document answers: the share of the query's words ({@link Words}, without function words and
 * single characters; a citation counts twice) that the document has. A document has a word when it has each of the
 * word's pairs of characters (or their sound, {@link Pinyin}), or the formal wording of a synonym the word is part of.
 * 火星移民 shares nothing with any item; 春节放假安排 shares one word in three.
 */
final class Coverage {
    /**
     * A unit of the query and its alternatives, each a set of terms that must all be present; {@code process[i]}: the
     * i-th alternative is made of words of the process only ({@link ProcessWords}), no evidence of an act;
     * {@code unknown}: a word one of whose pairs no document has, with no other wording in the dictionary.
     */
    private record Unit(double weight, List<List<Term[]>> alternatives, boolean[] process, boolean unknown,
                        boolean[] person) {}

    private final IndexReader reader;
    private final TermLookups lookups;
    private final List<Unit> units;
    private final double total;

    private Coverage(IndexReader reader, TermLookups lookups, List<Unit> units, boolean unknownCount) {
        this.reader = reader;
        this.lookups = lookups;
        this.units = units;
        double t = 0;
        for (Unit u : units) if (unknownCount || !u.unknown()) t += u.weight();
        this.total = t;
    }

    static Coverage of(IndexReader reader, TermLookups lookups, Sounds sounds, List<String> words,
                       Map<String, List<String>> synonyms, Set<String> citations, Set<String> laws) {
        return of(reader, lookups, sounds, words, synonyms, citations, laws, SearchIndexer.ALL, ProcessWords.NONE);
    }

    /** As above, with the words looked for in {@code field} only (their rarity is still that of the whole text). */
    static Coverage of(IndexReader reader, TermLookups lookups, Sounds sounds, List<String> words,
                       Map<String, List<String>> synonyms, Set<String> citations, Set<String> laws, String field,
                       ProcessWords process) {
        List<Unit> units = new ArrayList<>();
        int n = reader.maxDoc();
        for (String w : words) {
            List<List<Term[]>> alternatives = new ArrayList<>();
            List<Boolean> isProcess = new ArrayList<>();
            List<Boolean> isPerson = new ArrayList<>(List.of(false));
            List<Term[]> pairs = new ArrayList<>();
            int rarest = n;
            boolean unheard = false;
            for (String p : Analysis.terms(Analysis.BIGRAMS, w)) {
                int written = lookups.docFreq(new Term(SearchIndexer.ALL, p));
                int df = written;
                List<Term> slot = new ArrayList<>(List.of(new Term(field, p)));
                for (String alike : sounds.alike(p)) {
                    slot.add(new Term(field, alike));
                    // A pair no document has, written for one that sounds alike (法款 for 罚款), weighs as that one.
                    if (written == 0) df = Math.max(df, lookups.docFreq(new Term(SearchIndexer.ALL, alike)));
                }
                rarest = Math.min(rarest, df);
                if (written == 0) unheard = true;
                pairs.add(slot.toArray(Term[]::new));
            }
            alternatives.add(pairs);
            isProcess.add(process.all(Analysis.terms(Analysis.BIGRAMS, w)));
            List<String> formal = synonyms.get(w);
            if (formal != null) {
                for (String f : formal) {
                    List<Term[]> all = new ArrayList<>();
                    for (String t : Analysis.terms(Analysis.BIGRAMS, f)) {
                        Term term = new Term(field, t);
                        all.add(new Term[] {term});
                    }
                    alternatives.add(all);
                    isProcess.add(process.all(Analysis.terms(Analysis.BIGRAMS, f)));
                    isPerson.add(namesAPerson(f));
                }
            }
            // A word's weight is its rarity: a word in most documents (事项, 经营) says little about what is asked.
            // A word no document has weighs as one in a single document; one no document has as it is written but
            // by its sound (法款 for 罚款) weighs as the word it sounds like, not as the rarest of all.
            boolean[] flags = new boolean[isProcess.size()];
            boolean[] persons = new boolean[flags.length];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = isProcess.get(i);
                persons[i] = isPerson.get(i);
            }
            units.add(new Unit(idf(Math.max(1, rarest), n), alternatives, flags, unheard && alternatives.size() == 1,
                    persons));
        }
        double top = idf(1, n);
        for (String c : citations) {
            units.add(new Unit(2 * top, List.of(List.<Term[]>of(new Term[] {new Term(SearchIndexer.CITATION, c)})),
                    new boolean[1], false, new boolean[1]));
        }
        for (String l : laws) {
            units.add(new Unit(top, List.of(List.<Term[]>of(new Term[] {new Term(SearchIndexer.LAW, l)})), new boolean[1], false,
                    new boolean[1]));
        }
        return new Coverage(reader, lookups, units, true);
    }

    private static double idf(int df, int n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * The query's words as coverage counts them: a word of the synonyms file as it is written, the segmenter's words
     * of two characters or more elsewhere, and a run of single characters (沿 街) as one word; function words,
     * numbers and lone characters left out, and with {@code fillers} the everyday words that carry no meaning of what
     * was done ({@link Words#FILLER_WORDS}: 我们, 已经, 好几); with {@code fillerChars} a character of degree or
     * time ({@link Words#FILLER_CHARS}: 几, 很, 才) is not joined into a run. A run of single characters some of whose pairs are words of what documents
     * are about is read as those pairs ({@link #splitRun}: 用 地 法 款 → 用地): the segmenter left a word it does not
     * know (a misspelt 法款) beside one it does, and they are separate words, not one no document has.
     */
    static List<String> units(String q, List<Words.Word> words, Set<String> spoken, Set<String> stopChars,
                              Predicate<String> known, boolean fillers, boolean fillerChars) {
        boolean[] taken = new boolean[q.length()];
        List<int[]> spans = new ArrayList<>();
        for (String w : spoken) {
            for (int at = q.indexOf(w); at >= 0; at = q.indexOf(w, at + 1)) {
                spans.add(new int[] {at, at + w.length()});
                for (int i = at; i < at + w.length(); i++) taken[i] = true;
            }
        }
        int runStart = -1;
        int runEnd = -1;
        for (Words.Word w : words) {
            boolean free = true;
            for (int i = w.start(); i < w.end(); i++) free &= !taken[i];
            boolean single = w.text().length() == 1 && free && ChineseText.isHan(w.text().charAt(0))
                    && !stopChars.contains(w.text()) && !(fillerChars && Words.FILLER_CHARS.contains(w.text()));
            if (single && runEnd == w.start()) {
                runEnd = w.end();
                continue;
            }
            if (runStart >= 0 && runEnd - runStart >= 2) spans.addAll(splitRun(q, runStart, runEnd, known));
            runStart = single ? w.start() : -1;
            runEnd = single ? w.end() : -1;
            if (!single && free && w.text().length() >= 2) spans.add(new int[] {w.start(), w.end()});
        }
        if (runStart >= 0 && runEnd - runStart >= 2) spans.addAll(splitRun(q, runStart, runEnd, known));
        List<String> out = new ArrayList<>();
        for (int[] span : spans) {
            String w = q.substring(span[0], span[1]);
            if (Words.FUNCTION_WORDS.contains(w) || (fillers && Words.FILLER_WORDS.contains(w))
                    || w.chars().allMatch(Character::isDigit) || out.contains(w)) continue;
            out.add(w);
        }
        return out;
    }

    /**
     * A run of single characters {@code [start, end)} as coverage's words: its pairs that {@code known} accepts (a
     * pair of the documents' acts, conditions or titles, as written or by its sound: {@link Sounds#saysOrSoundsLike}),
     * taken from the left without overlap (用 地 法 款 → 用地); a character left over is dropped, as lone characters
     * are. A run none of whose pairs is known stays one word (天 才 交: a word no document has, which counts against
     * the query).
     */
    static List<int[]> splitRun(String q, int start, int end, Predicate<String> known) {
        List<int[]> out = knownPairs(q, start, end, known);
        if (out.isEmpty()) out.add(new int[] {start, end});
        return out;
    }

    /** The pairs of {@code [start, end)} that {@code known} accepts, taken from the left without overlap, as spans. */
    static List<int[]> knownPairs(String q, int start, int end, Predicate<String> known) {
        List<int[]> out = new ArrayList<>();
        for (int i = start; i + 1 < end; i++) {
            if (!known.test(q.substring(i, i + 2))) continue;
            out.add(new int[] {i, i + 2});
            i++;
        }
        return out;
    }

    /**
     * This coverage with the query's words that no document has as they are written (a pair of the word is in no
     * document, and the dictionary has no other wording for it: 摆桌子, 劝走 in 小饭店第一次在店外摆桌子 被城管劝走了 会罚款吗)
     * left out of the whole it measures against; one a document has by its sound (统汁 → 统计) still counts for it,
     * up to the whole. For a person telling what happened, such words are the story, not what is asked.
     */
    Coverage withoutUnknownWords() {
        return new Coverage(reader, lookups, units, false);
    }

    /** The share (0–1) of the query's words that document {@code doc} has; 1 for a query without such words. */
    double of(int doc) throws IOException {
        return share(doc, false);
    }

    /**
     * As {@link #of}, counting only what the document has in other words than those of the process
     * ({@link ProcessWords}): evidence that it is about what the query asks.
     */
    double evidence(int doc) throws IOException {
        return share(doc, true);
    }

    /**
     * Whether all that document {@code doc} has of the query is one word for a kind of person, in the dictionary's
     * formal wording (孩子 → 未成年人, 工人 → 劳动者: a formal wording ending in the agentive 人, 者 or 员), nothing else
     * the query says: 孩子发烧怎么办 meets the 网吧 items only there. Who a question is about is not what was done;
     * 网吧让学生进去 has 网吧 as well, 司机没带从业资格证 its own words.
     */
    boolean onlyAPersonWord(int doc) throws IOException {
        if (!saysAPersonWord()) return false;
        int[] how = how(doc, false);
        int word = -1;
        for (int i = 0; i < how.length; i++) {
            if (how[i] == NONE) continue;
            if (word >= 0 || how[i] != PERSON) return false;
            word = i;
        }
        return word >= 0;
    }

    /** Whether one of the query's words has a formal wording naming a kind of person: no postings read otherwise. */
    boolean saysAPersonWord() {
        for (Unit u : units) for (boolean p : u.person()) if (p) return true;
        return false;
    }

    private static final int NONE = 0;
    private static final int OWN = 1;
    private static final int DICTIONARY = 2;
    private static final int PERSON = 3;

    /** The agentive endings of a formal wording that names a kind of person (未成年人, 劳动者, 驾驶员). */
    private static boolean namesAPerson(String formal) {
        return formal.endsWith("人") || formal.endsWith("者") || formal.endsWith("员");
    }

    /** Per unit, how the document has it: not ({@code NONE}), in the query's own words, or in a dictionary wording only. */
    private int[] how(int doc, boolean evidenceOnly) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        int[] out = new int[units.size()];
        for (int i = 0; i < out.length; i++) {
            Unit u = units.get(i);
            for (int a = 0; a < u.alternatives().size(); a++) {
                if (evidenceOnly && u.process()[a]) continue;
                if (hasAll(leaf, u.alternatives().get(a), local)) {
                    out[i] = a == 0 ? OWN : u.person()[a] ? PERSON : DICTIONARY;
                    break;
                }
            }
        }
        return out;
    }

    private double share(int doc, boolean evidenceOnly) throws IOException {
        if (total == 0) return 1;
        int[] how = how(doc, evidenceOnly);
        double had = 0;
        for (int i = 0; i < how.length; i++) if (how[i] != NONE) had += units.get(i).weight();
        return Math.min(1, had / total);
    }

    /** Whether the document has, for every slot, one of its terms. */
    private boolean hasAll(LeafReaderContext leaf, List<Term[]> slots, int doc) throws IOException {
        if (slots.isEmpty()) return false;
        for (Term[] slot : slots) {
            boolean any = false;
            for (Term t : slot) {
                if (has(leaf, t, doc)) {
                    any = true;
                    break;
                }
            }
            if (!any) return false;
        }
        return true;
    }

    private boolean has(LeafReaderContext leaf, Term t, int doc) throws IOException {
        TermState state = lookups.states(t).get(leaf);
        if (state == null) return false;
        Terms terms = leaf.reader().terms(t.field());
        if (terms == null) return false;
        TermsEnum te = terms.iterator();
        te.seekExact(t.bytes(), state);
        PostingsEnum p = te.postings(null, PostingsEnum.NONE);
        return p.advance(doc) == doc;
    }
}
