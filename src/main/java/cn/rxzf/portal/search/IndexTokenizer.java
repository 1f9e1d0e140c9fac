package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The index side of {@link Analysis} in one pass: the same terms, in the same order, with the same position
 * increments (so the same frequencies and length norms) as width folding → {@code StandardTokenizer} → lower case →
 * {@code CJKBigramFilter} with unigrams, which spent a fifth of the index's time passing each Han character through
 * four stages. Han characters of the two main CJK blocks are cut here directly: UAX #29 breaks on both sides of every
 * one of them, so each run between them is tokenised by a real {@code StandardTokenizer} on its own, giving what it
 * gives in the whole text. A text with anything this reasoning does not cover (other Han characters, half-width kana,
 * combining marks, format characters, anything outside a short list of scripts and punctuation) goes through the
 * four stages unchanged. {@code IndexTokenizerTest} holds it to that chain.
 */
final class IndexTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    /** The standard tokenizer and lower-casing for the runs between Han characters. */
    private final StandardTokenizer words = new StandardTokenizer();
    private final TokenStream lowerWords = new LowerCaseFilter(words);
    private final CharTermAttribute wordTerm = lowerWords.getAttribute(CharTermAttribute.class);
    private final OffsetAttribute wordOffset = lowerWords.getAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute wordIncrement = lowerWords.getAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute wordType = lowerWords.getAttribute(TypeAttribute.class);
    /** The whole four-stage chain, for texts outside what the fast path covers. */
    private final StandardTokenizer chainSource = new StandardTokenizer();
    private final TokenStream chain = new CJKBigramFilter(new LowerCaseFilter(chainSource), CJKBigramFilter.HAN, true);
    private final CharTermAttribute chainTerm = chain.getAttribute(CharTermAttribute.class);
    private final OffsetAttribute chainOffset = chain.getAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute chainIncrement = chain.getAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute chainLength = chain.getAttribute(PositionLengthAttribute.class);
    private final TypeAttribute chainType = chain.getAttribute(TypeAttribute.class);

    private char[] text = new char[1024];
    private int textLength;
    private boolean fast;
    /** Fast path: where the scan is, and inside a Han run which step comes next. */
    private int at;
    private int runEnd = -1;
    private boolean bigramNext;
    /** Fast path: a run without Han characters is being read by {@link #words}, which starts at this offset. */
    private boolean inWords;
    private int wordsStart;

    @Override
    public void reset() throws IOException {
        super.reset();
        textLength = 0;
        for (int n; (n = input.read(text, textLength, text.length - textLength)) > 0; ) {
            textLength += n;
            if (textLength == text.length) text = java.util.Arrays.copyOf(text, text.length * 2);
        }
        fast = covered(text, textLength);
        at = 0;
        runEnd = -1;
        bigramNext = false;
        inWords = false;
        if (!fast) {
            chainSource.setReader(new CJKWidthCharFilter(new StringReader(new String(text, 0, textLength))));
            chain.reset();
        } else {
            for (int i = 0; i < textLength; i++) text[i] = fold(text[i]);
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!fast) {
            if (!chain.incrementToken()) return false;
            term.copyBuffer(chainTerm.buffer(), 0, chainTerm.length());
            offset.setOffset(correctOffset(chainOffset.startOffset()), correctOffset(chainOffset.endOffset()));
            increment.setPositionIncrement(chainIncrement.getPositionIncrement());
            length.setPositionLength(chainLength.getPositionLength());
            type.setType(chainType.type());
            return true;
        }
        while (true) {
            if (inWords) {
                if (lowerWords.incrementToken()) {
                    term.copyBuffer(wordTerm.buffer(), 0, wordTerm.length());
                    offset.setOffset(correctOffset(wordsStart + wordOffset.startOffset()),
                            correctOffset(wordsStart + wordOffset.endOffset()));
                    increment.setPositionIncrement(wordIncrement.getPositionIncrement());
                    type.setType(wordType.type());
                    return true;
                }
                lowerWords.end();
                lowerWords.close();
                inWords = false;
            }
            if (runEnd >= 0) {
                if (hanToken()) return true;
                continue;
            }
            if (at >= textLength) return false;
            if (isHan(text[at])) {
                runEnd = at;
                while (runEnd < textLength && isHan(text[runEnd])) runEnd++;
                bigramNext = false;
                continue;
            }
            int start = at;
            boolean word = false;
            while (at < textLength && !isHan(text[at])) word |= !inert(text[at++]);
            if (word) {
                wordsStart = start;
                words.setReader(new StringReader(new String(text, start, at - start)));
                lowerWords.reset();
                inWords = true;
            }
        }
    }

    /**
     * The next token of the Han run that starts at {@code at}: as CJKBigramFilter emits it, each character (position
     * increment 1) followed by its pair with the next one (increment 0, length 2); false when the run is done.
     */
    private boolean hanToken() {
        if (at >= runEnd) {
            runEnd = -1;
            return false;
        }
        boolean single = runEnd - at == 1; // the run's last character: no pair follows it
        if (bigramNext) {
            term.copyBuffer(text, at, 2);
            offset.setOffset(correctOffset(at), correctOffset(at + 2));
            increment.setPositionIncrement(0);
            length.setPositionLength(2);
            type.setType(CJKBigramFilter.DOUBLE_TYPE);
            bigramNext = false;
            at++;
            return true;
        }
        term.copyBuffer(text, at, 1);
        offset.setOffset(correctOffset(at), correctOffset(at + 1));
        increment.setPositionIncrement(1);
        type.setType(CJKBigramFilter.SINGLE_TYPE);
        if (single) at++;
        else bigramNext = true;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(textLength);
        offset.setOffset(end, end);
        if (!fast) chain.end();
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (!fast) chain.close();
        if (inWords) {
            lowerWords.close();
            inWords = false;
        }
    }

    /**
     * CJK Unified Ideographs and Extension A as assigned by Unicode 11 (older than the tables of Lucene's tokenizer
     * and of this JDK): Han, and a word of their own, in both.
     */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FEF') || (c >= '\u3400' && c <= '\u4DB5');
    }

    /** What CJKWidthCharFilter does to the characters the fast path takes: full-width ASCII to ASCII. */
    private static char fold(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    /**
     * Punctuation and spaces that never make a token and never join one: a run of only these is skipped without a
     * tokenizer. Anything else between Han characters is left to StandardTokenizer.
     */
    private static boolean inert(char c) {
        if (c < 0x80) return !Character.isLetterOrDigit(c);
        return (c >= '\u3000' && c <= '\u3003') || (c >= '\u3008' && c <= '\u3011') || (c >= '\u3014' && c <= '\u301F')
                || (c >= '\u2010' && c <= '\u2027') || (c >= '\u2030' && c <= '\u203B');
    }

    /**
     * Whether the fast path gives the four stages' result for this text: the only Han characters are those of
     * {@link #isHan}, nothing can attach to one of them (combining marks, format characters), nothing needs width
     * folding but full-width ASCII, and there are no surrogates (supplementary Han, emoji sequences).
     */
    static boolean covered(char[] s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c < 0x80) {
                if (c == 0x7F || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) return false;
            } else if (isHan(c) || (c >= '\uFF01' && c <= '\uFF5E')) {
                continue;
            } else if (Character.isSurrogate(c) || (c >= '\uFF00' && c <= '\uFFEF')
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return false;
            } else {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                    return false;
                }
            }
        }
        return true;
    }
}
