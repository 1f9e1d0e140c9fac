package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Several fields of a document as one field whose term frequencies are weighted: a term of a part with weight w
 * counts w times, so BM25 over this field scores the fields' weighted frequencies against their weighted length —
 * BM25F. The parts are analysed like every indexed text ({@link IndexTokenizer}).
 */
final class WeightedText extends TokenStream {
    /** One part of the text and its weight (0 leaves it out). */
    record Part(String text, int weight) {}

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final IndexTokenizer tokenizer = new IndexTokenizer();
    private final CharTermAttribute inner = tokenizer.getAttribute(CharTermAttribute.class);
    private final List<Part> parts;
    private int part = -1;
    private boolean open;

    WeightedText(List<Part> parts) {
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (!open) {
                if (++part >= parts.size()) return false;
                Part p = parts.get(part);
                if (p.weight() <= 0 || p.text() == null || p.text().isEmpty()) continue;
                tokenizer.setReader(new StringReader(p.text()));
                tokenizer.reset();
                open = true;
            }
            if (tokenizer.incrementToken()) {
                clearAttributes();
                term.copyBuffer(inner.buffer(), 0, inner.length());
                frequency.setTermFrequency(parts.get(part).weight());
                return true;
            }
            tokenizer.end();
            tokenizer.close();
            open = false;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        part = -1;
        open = false;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            tokenizer.close();
            open = false;
        }
        super.close();
    }
}
