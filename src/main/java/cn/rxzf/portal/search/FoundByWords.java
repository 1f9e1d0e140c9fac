package cn.rxzf.portal.search;

import java.util.List;
import java.util.Set;

/**
 * The words of a condition question that say who found it or who decides — an office (住建局, 应急局, 统计局, 消防大队,
 * 农业执法大队) — as opposed to what was done wrong. 工地门口没挂施工许可证公示牌 住建局罚不罚 asks about the site's
 * notice board, not about the 住建 list's items, though 住建局 (→ 住房和城乡建设) is the rarest thing it says; the office
 * that comes to check is the story's, like the trade ({@link WhoWords}), and weighs as the trade does
 * ({@link Ranking#whoWords}) in a condition question with other words that match ({@link Ranking#foundByWords}); with
 * {@link Ranking#officesInEveryQuestion}, in every question (人社局查到招工信息没备案).
 *
 * <p>A closed list of the language: the endings of the name of an office. Naming no item or department.
 */
final class FoundByWords {
    /** A word of two characters or more ending so names an office (应急局, 村委). */
    static final Set<Character> ENDINGS = Set.of('局', '委');
    /** Endings of two characters: a team of inspectors (消防大队, 监察大队, 执法支队). */
    static final Set<String> TEAMS = Set.of("大队", "支队", "中队");
    /** Words ending so that name no office (开局, 结局, 格局, 布局, 邮局 is a place). */
    private static final Set<String> NOT_OFFICES = Set.of("开局", "结局", "格局", "布局", "大局", "全局", "饭局", "骗局",
            "局面", "当局", "出局", "平局", "赌局", "棋局", "残局", "邮局", "主委", "原委", "常委");

    private FoundByWords() {}

    /**
     * Marks in {@code who} the characters of {@code q} in a word naming an office: a segmenter's word of two characters
     * or more ending in {@link #ENDINGS} or {@link #TEAMS}, or such a single character (局) the segmenter left after a
     * word (应急 局) or after one or two single characters (住 建 局) — with them. Returns {@code who}.
     */
    static boolean[] mark(String q, List<Words.Word> words, boolean[] who) {
        Words.Word before = null;
        Words.Word twoBefore = null;
        for (Words.Word w : words) {
            String t = w.text();
            int from = -1;
            if (t.length() >= 2 && ChineseText.allHan(t) && !NOT_OFFICES.contains(t)
                    && (ENDINGS.contains(t.charAt(t.length() - 1)) || endsInTeam(t))) {
                from = w.start();
            } else if (before != null && before.end() == w.start() && before.text().length() >= 2
                    && ChineseText.allHan(before.text()) && (t.length() == 1 && ENDINGS.contains(t.charAt(0)) || TEAMS.contains(t))
                    && !NOT_OFFICES.contains(before.text() + t)) {
                from = before.start();
            } else if (t.length() == 1 && ENDINGS.contains(t.charAt(0)) && single(before, w.start())) {
                // 住 建 局: the segmenter leaves a short office's name as single characters; at most two before it.
                from = single(twoBefore, before.start()) ? twoBefore.start() : before.start();
            }
            if (from >= 0) for (int i = from; i < w.end(); i++) who[i] = true;
            twoBefore = before;
            before = w;
        }
        return who;
    }

    /**
     * {@code who} (the words naming who did it in a condition question, {@link WhoWords#spans}; null in another
     * question) with the words naming an office marked too, as {@code ranking} says: in a condition question with
     * {@link Ranking#foundByWords}; in another with {@link Ranking#officesInEveryQuestion}, when it names one.
     */
    static boolean[] add(String q, List<Words.Word> words, boolean[] who, Ranking ranking) {
        if (who != null) return ranking.foundByWords() ? mark(q, words, who) : who;
        if (!ranking.officesInEveryQuestion()) return null;
        boolean[] office = mark(q, words, new boolean[q.length()]);
        for (boolean b : office) if (b) return office;
        return null;
    }

    /** Whether {@code w} is a single Han character ending where {@code end} is. */
    private static boolean single(Words.Word w, int end) {
        return w != null && w.end() == end && w.text().length() == 1 && ChineseText.isHan(w.text().charAt(0));
    }

    private static boolean endsInTeam(String t) {
        return t.length() >= 3 && TEAMS.contains(t.substring(t.length() - 2));
    }
}
