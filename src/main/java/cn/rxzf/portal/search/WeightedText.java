package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Several fields of a document as one field whose term frequencies are weighted: a term of a part with weight w
 * counts w times, so BM25 over this field scores the fields' weighted frequencies against their weighted length —
 * BM25F. The parts are analysed like every indexed text ({@link IndexTokenizer}).
 *
 * <p>Each distinct term of the document is handed to Lucene once, with the sum of its weighted occurrences as its
 * frequency: the same postings, frequencies and length norm as one token per occurrence (Lucene adds each token's
 * frequency to the field's length, and positions are not indexed), for a third fewer tokens through Lucene's term
 * hash, the index's largest cost. The terms of one or two characters (every Han character and pair) are summed in a
 * table of numbers, without a string per token; longer terms go to Lucene as they come.
 */
final class WeightedText extends TokenStream {
    /** One part of the text and its weight (0 leaves it out). */
    record Part(String text, int weight) {}

    /** The analysis of one thread: a document's text is read whole before its first term is handed on. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final List<Part> parts;
    /** The document's terms and their weighted frequencies, read at the first {@link #incrementToken}. */
    private long[] shortTerms;
    private int[] shortFrequencies;
    private final List<String> longTerms = new ArrayList<>();
    private final List<Integer> longFrequencies = new ArrayList<>();
    private boolean read;
    private int next;

    WeightedText(List<Part> parts) {
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readParts();
            read = true;
            next = 0;
        }
        clearAttributes();
        if (next < shortTerms.length) {
            long key = shortTerms[next];
            char[] buffer = term.resizeBuffer(2);
            buffer[0] = (char) (key >>> 16);
            buffer[1] = (char) key;
            int length = (int) (key >>> 32);
            // a one-character term keeps its character in the low half
            if (length == 1) buffer[0] = (char) key;
            term.setLength(length);
            frequency.setTermFrequency(shortFrequencies[next++]);
            return true;
        }
        int at = next - shortTerms.length;
        if (at < longTerms.size()) {
            term.setEmpty().append(longTerms.get(at));
            frequency.setTermFrequency(longFrequencies.get(at));
            next++;
            return true;
        }
        return false;
    }

    /** Analyses every part, summing each short term's weights in the thread's table. */
    private void readParts() throws IOException {
        Scratch s = SCRATCH.get();
        s.clear();
        IndexTokenizer tokenizer = s.tokenizer;
        CharTermAttribute inner = s.term;
        for (Part p : parts) {
            if (p.weight() <= 0 || p.text() == null || p.text().isEmpty()) continue;
            tokenizer.setReader(new StringReader(p.text()));
            try {
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    int length = inner.length();
                    char[] b = inner.buffer();
                    if (length == 1) {
                        s.add(1L << 32 | b[0], p.weight());
                    } else if (length == 2) {
                        s.add(2L << 32 | (long) b[0] << 16 | b[1], p.weight());
                    } else {
                        longTerms.add(new String(b, 0, length));
                        longFrequencies.add(p.weight());
                    }
                }
                tokenizer.end();
            } finally {
                tokenizer.close();
            }
        }
        shortTerms = Arrays.copyOf(s.order, s.size);
        shortFrequencies = new int[s.size];
        for (int i = 0; i < s.size; i++) shortFrequencies[i] = s.frequencies[s.slotOf[i]];
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        read = false;
        shortTerms = null;
        shortFrequencies = null;
        longTerms.clear();
        longFrequencies.clear();
        next = 0;
    }

    /**
     * A thread's tokenizer and an open-addressing table from a short term (its length in the high half, its one or
     * two characters in the low half; never 0) to its weighted frequency, with the terms in the order first seen.
     */
    private static final class Scratch {
        final IndexTokenizer tokenizer = new IndexTokenizer();
        final CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        long[] keys = new long[4096];
        int[] frequencies = new int[4096];
        long[] order = new long[2048];
        int[] slotOf = new int[2048];
        int size;

        void clear() {
            for (int i = 0; i < size; i++) keys[slotOf[i]] = 0;
            size = 0;
        }

        void add(long key, int weight) {
            int mask = keys.length - 1;
            int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
            while (true) {
                long k = keys[slot];
                if (k == key) {
                    frequencies[slot] += weight;
                    return;
                }
                if (k == 0) break;
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            frequencies[slot] = weight;
            if (size == order.length) {
                order = Arrays.copyOf(order, size * 2);
                slotOf = Arrays.copyOf(slotOf, size * 2);
            }
            order[size] = key;
            slotOf[size] = slot;
            size++;
            if (size * 2 > keys.length) grow();
        }

        /** Doubles the table (kept at most half full), placing the terms again in their order. */
        private void grow() {
            long[] oldKeys = keys;
            int[] oldFrequencies = frequencies;
            keys = new long[oldKeys.length * 2];
            frequencies = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < size; i++) {
                long key = order[i];
                int from = slotOf[i];
                int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
                while (keys[slot] != 0) slot = (slot + 1) & mask;
                keys[slot] = key;
                frequencies[slot] = oldFrequencies[from];
                slotOf[i] = slot;
            }
        }
    }
}
