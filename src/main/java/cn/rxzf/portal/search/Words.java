package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a query, by Lucene's statistical segmenter (smartcn). The index is characters and their pairs, which
 * find words no dictionary has; the words of the query tell which of its pairs are inside a word (排污 in 排污超标)
 * and which are an accident of two words meeting (污超), and are the units {@link Coverage} counts.
 */
final class Words {
    /** Words that say how, not what: a query is not about them. */
    static final Set<String> FUNCTION_WORDS = Set.of("怎么", "怎么办", "怎样", "什么", "为什么", "如何", "可以",
            "没有", "是否", "还是", "一下", "一点", "一点点", "这个", "那个", "哪里", "哪个", "多少", "请问", "能否",
            "有没有", "是不是", "会不会", "要不要");

    /** One word of a text: where it starts and ends. */
    record Word(String text, int start, int end) {}

    private Words() {}

    /** The words of {@code text} in order (punctuation and spaces left out). */
    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        try (HMMChineseTokenizer t = new HMMChineseTokenizer()) {
            OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) {
                int s = offset.startOffset();
                int e = offset.endOffset();
                String w = text.substring(s, e);
                if (w.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(new Word(w, s, e));
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
