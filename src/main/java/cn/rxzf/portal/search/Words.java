package cn.rxzf.portal.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * Everyday words that carry no meaning of what was done: pronouns, demonstratives, adverbs of time and degree,
     * vague quantities, conjunctions and discourse fillers (统计局要的月报我们会计忘报了，晚了好几天才交上去: 我们, 好几).
     * A closed list of the language, reviewed as a whole, never a word of one item; coverage leaves them out
     * ({@link Ranking#fillerWords}). Unlike {@link #FUNCTION_WORDS}, they still match as they always did: only how much of
     * the query's meaning a document has changes.
     */
    static final Set<String> FILLER_WORDS = Set.of(
            // pronouns
            "我们", "你们", "他们", "她们", "咱们", "自己", "人家", "大家", "别人",
            // demonstratives
            "这个", "这些", "那些", "这样", "那样", "这种", "那种", "这里", "那里", "这边", "那边", "这么", "那么",
            // adverbs and nouns of time
            "已经", "刚刚", "刚才", "一直", "现在", "最近", "当时", "后来", "然后", "之前", "之后", "以后", "以前",
            "时候", "今天", "昨天",
            // degree and vague quantity
            "非常", "特别", "比较", "有点", "有些", "稍微", "很多", "好多", "好几", "一些", "几个", "一个",
            // conjunctions and discourse
            "就是", "其实", "真的", "反正", "而且", "但是", "可是", "因为", "所以", "如果", "的话", "还有", "或者",
            "只是", "应该", "觉得", "听说");

    /** Marks in {@code marks} the characters of {@code q} inside any occurrence of one of {@code words}; returns it. */
    static boolean[] mark(String q, Collection<String> words, boolean[] marks) {
        for (String w : words) {
            for (int at = q.indexOf(w); at >= 0; at = q.indexOf(w, at + 1)) {
                for (int i = at; i < at + w.length(); i++) marks[i] = true;
            }
        }
        return marks;
    }

    /** Characters too common to mean anything on their own. */
    static final Set<String> STOP_CHARS = Set.of("的", "了", "是", "在", "我", "你", "他", "她", "们", "被",
            "把", "就", "都", "也", "又", "还", "要", "有", "没", "不", "吗", "呢", "吧", "啊", "个", "这", "那", "和",
            "与", "或", "给", "让", "到", "去", "来", "上", "下", "里", "说", "会", "能", "可", "以", "之", "其",
            "等", "对", "为", "什", "么", "怎", "样", "时", "候", "得", "着", "过", "次", "一");

    /**
     * Single characters that, standing alone among the segmenter's single characters, say how much or when, not what:
     * adverbs of degree (很小, 太多), vague numbers (几天, 一点), adverbs of time (才交, 刚开). Coverage does not join them
     * into a run with their neighbours (晚交了几天 is not a word 几天 no document has; {@link Ranking#fillerChars}). A closed
     * list of the language.
     */
    static final Set<String> FILLER_CHARS = Set.of("很", "太", "挺", "最", "更", "真", "几", "点", "些", "才", "刚",
            "再", "已", "先", "常", "总", "只");

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
