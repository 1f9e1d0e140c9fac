package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a query asks about the conditions of not being fined rather than about an act: 首次被查 改了还罚吗,
 * 第一次迟报 补上了会罚款吗. Such a person is best served by the check (免罚自查), which asks about first offences,
 * correction and harm, whatever list their act is on; the search page points to it before the results.
 */
final class ConditionQuestion {
    /** Everyday words for a first offence, for having put it right, and for asking whether a fine follows. */
    private static final List<String> CUES = List.of("第一次", "首次", "初次", "头一次", "头一回", "首违", "首查",
            "改了", "改正", "整改", "补上", "补报", "补办了", "修好", "罚吗", "罚不罚", "罚款吗", "处罚吗", "会被罚", "还罚",
            "免罚", "不罚", "能不能不罚", "从轻");

    /**
     * The words a condition question tells its condition and its fear in: the cues above, and everyday words of a first
     * offence, of having put it right, of small harm and of the result feared (改好, 恢复, 金额很小, 吊销, 拘留, 坐牢 …).
     * A closed list of the language, naming no item: what the question says of itself, not what was done.
     */
    static final List<String> WORDS = List.of("第一次", "首次", "初次", "头一次", "头一回", "首违", "首查", "第一回",
            "改了", "改正", "整改", "改好", "补上", "补报了", "补办了", "修好", "换了", "恢复", "拆了", "停了", "撤了",
            "罚吗", "罚不罚", "罚款吗", "处罚吗", "会被罚", "还罚", "免罚", "不罚", "能不能不罚", "从轻", "减轻",
            "罚款", "罚钱", "处罚", "警告", "拘留", "吊销", "吊照", "坐牢", "判刑", "关门", "停业",
            "轻微", "危害", "后果", "及时", "马上", "立即", "立刻", "当场", "金额", "很小", "不大", "一点点", "两年",
            "再犯", "没造成");

    private ConditionQuestion() {}

    /**
     * The words of {@code q} that may name its act: the segmenter's words of two characters or more, and runs of two or
     * more single characters (醉 驾: the segmenter does not know the word), of Han characters none of which is in a word
     * of the condition ({@link #WORDS}) or a function word, leaving out everyday fillers and {@code stopChars}.
     * 酒驾第一次会拘留吗 → [酒驾]; 首次被查 改了还罚吗 → none.
     */
    static List<String> actWords(String q, List<Words.Word> words, Set<String> stopChars) {
        boolean[] other = Words.mark(q, Words.FUNCTION_WORDS, Words.mark(q, WORDS, new boolean[q.length()]));
        List<String> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Words.Word w : words) {
            boolean free = true;
            for (int i = w.start(); i < w.end(); i++) free &= !other[i] && ChineseText.isHan(q.charAt(i));
            boolean single = free && w.text().length() == 1 && !stopChars.contains(w.text());
            if (single && runEnd == w.start()) {
                runEnd = w.end();
                continue;
            }
            if (runEnd - runStart >= 2) out.add(q.substring(runStart, runEnd));
            runStart = single ? w.start() : -1;
            runEnd = single ? w.end() : -1;
            if (free && w.text().length() >= 2 && !Words.FILLER_WORDS.contains(w.text())) out.add(w.text());
        }
        if (runEnd - runStart >= 2) out.add(q.substring(runStart, runEnd));
        return out;
    }

    static boolean asks(String query) {
        if (query == null) return false;
        for (String cue : CUES) if (query.contains(cue)) return true;
        return false;
    }
}
