package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weighted field hands Lucene each distinct term once with its summed weights; the index must be the one that one
 * token per occurrence (each with its part's weight) makes: the same terms, the same frequency in every document, the
 * same length norms.
 */
class WeightedTextTest {
    @TempDir Path dir;

    @Test
    void theIndexIsTheOneThatOneTokenPerOccurrenceMakes() throws IOException {
        List<List<WeightedText.Part>> docs = new ArrayList<>();
        // every line and file of the sample content, in parts of several weights, so terms repeat across parts
        List<String> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        assertTrue(texts.size() > 100, texts.size() + " files");
        for (int i = 0; i + 2 < texts.size(); i++) {
            String head = texts.get(i).substring(0, Math.min(40, texts.get(i).length()));
            docs.add(List.of(new WeightedText.Part(texts.get(i), 3), new WeightedText.Part(texts.get(i + 1), 1),
                    new WeightedText.Part(texts.get(i + 2), 0), new WeightedText.Part(head, 5)));
        }
        // awkward texts: empty and missing parts, words, digits, full width, supplementary Han (two-char terms of
        // surrogates), a text with more distinct pairs than the first table holds, the same text in every part
        String many = randomHan(new Random(7), 20_000);
        docs.add(List.of(new WeightedText.Part("", 2), new WeightedText.Part(null, 2)));
        docs.add(List.of(new WeightedText.Part("违反《广告法》第9条，罚款5万元。e-mail a.b O'Neil ＡＢＣ１２３", 2),
                new WeightedText.Part("𠀀𠀁扩展B 😀表情 ｶﾞｷ 〇々〆 中\u200D文", 3)));
        docs.add(List.of(new WeightedText.Part(many, 1), new WeightedText.Part(many.substring(0, 5_000), 4)));
        docs.add(List.of(new WeightedText.Part("行政处罚", 1), new WeightedText.Part("行政处罚", 2),
                new WeightedText.Part("行政处罚", 7)));

        assertEquals(postings(docs, false), postings(docs, true));
    }

    private static String randomHan(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append((char) ('\u4E00' + random.nextInt(300)));
        return s.toString();
    }

    /** Every term with its frequency in each document, and each document's norm, as one comparable text. */
    private String postings(List<List<WeightedText.Part>> docs, boolean folded) throws IOException {
        Path index = dir.resolve(folded ? "folded" : "tokens");
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        try (Directory d = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analysis.INDEX))) {
            for (List<WeightedText.Part> parts : docs) {
                Document doc = new Document();
                TokenStream stream = folded ? new WeightedText(parts) : new OneTokenPerOccurrence(parts);
                doc.add(new Field("all", stream, type));
                w.addDocument(doc);
            }
        }
        TreeMap<String, String> out = new TreeMap<>();
        try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            assertEquals(1, r.leaves().size());
            LeafReader leaf = r.leaves().get(0).reader();
            Terms terms = leaf.terms("all");
            TermsEnum te = terms.iterator();
            for (BytesRef t; (t = te.next()) != null; ) {
                StringBuilder s = new StringBuilder();
                PostingsEnum p = te.postings(null, PostingsEnum.FREQS);
                while (p.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    s.append(p.docID()).append('×').append(p.freq()).append(' ');
                }
                out.put("term " + t.utf8ToString(), s.toString());
            }
            NumericDocValues norms = leaf.getNormValues("all");
            StringBuilder s = new StringBuilder();
            while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                s.append(norms.docID()).append('=').append(norms.longValue()).append(' ');
            }
            out.put("norms", s.toString());
        }
        assertTrue(out.size() > 3_000, out.size() + " terms");
        StringBuilder all = new StringBuilder();
        out.forEach((k, v) -> all.append(k).append(": ").append(v).append('\n'));
        return all.toString();
    }

    /** What the field was before: one token per occurrence, with its part's weight as its frequency. */
    private static final class OneTokenPerOccurrence extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final IndexTokenizer tokenizer = new IndexTokenizer();
        private final CharTermAttribute inner = tokenizer.getAttribute(CharTermAttribute.class);
        private final List<WeightedText.Part> parts;
        private int part = -1;
        private boolean open;

        OneTokenPerOccurrence(List<WeightedText.Part> parts) {
            this.parts = parts;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (true) {
                if (!open) {
                    if (++part >= parts.size()) return false;
                    WeightedText.Part p = parts.get(part);
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
    }
}
