package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysis chain measured best on Chinese legal text (research.md): no dictionary segmenter, which splits legal
 * terms badly, but characters and overlapping character pairs. Text is indexed as unigrams and bigrams together;
 * queries use bigrams, and unigrams only as a fallback. Width is folded first (full-width letters and digits).
 */
public final class Analysis {
    /**
     * Index side: every Han character and every pair of adjacent ones; other words whole, lower-cased. The same
     * terms as {@code chain(true, true)}, made in one pass (see {@link IndexTokenizer}).
     */
    public static final Analyzer INDEX = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new IndexTokenizer());
        }
    };
    /** The index side as four stages: what {@link IndexTokenizer} must equal. */
    static final Analyzer INDEX_CHAIN = chain(true, true);
    /** Query side: pairs of adjacent Han characters (a lone character stays a unigram). */
    public static final Analyzer BIGRAMS = chain(true, false);
    /** Query fallback: single Han characters. */
    public static final Analyzer UNIGRAMS = chain(false, true);

    private Analysis() {}

    private static Analyzer chain(boolean bigrams, boolean unigrams) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                if (bigrams) ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN, unigrams);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** A term and where it came from in the analysed text. */
    public record Token(String term, int start, int end) {}

    /** The terms an analyzer makes of a text with their offsets, in order. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The terms an analyzer makes of a text, in order, duplicates kept. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
