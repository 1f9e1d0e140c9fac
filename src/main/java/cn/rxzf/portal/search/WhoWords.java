package cn.rxzf.portal.search;

import java.util.List;
import java.util.Set;

/**
 * The words of a query that only name who did it — the trade or the place of business (网吧, 饭店, 药店, 汽修厂, 小作坊,
 * 工地) — as opposed to what was done wrong (灭火器过期, 没贴标识). A list is often about one trade, so its items all
 * share the trade's words; a question naming the trade beside an act asks about the act, which may be on another
 * field's list (网吧灭火器过期了: 消防, not 文化市场). {@link Ranking#whoWords}: in a condition question, such a word
 * and the formal wording of a dictionary word inside it (网吧 → 互联网上网服务营业场所) weigh less than the act's words,
 * when the question has some.
 *
 * <p>A closed list of the language: the characters a name of a trade or place of business ends in, and a few nouns of
 * a place of business. Naming no item.
 */
final class WhoWords {
    /** A word of two characters or more ending in one of these names a trade or place of business (饭店, 汽修厂, 网吧). */
    static final Set<Character> ENDINGS = Set.of('店', '厂', '吧', '咖', '馆', '坊', '铺', '院', '所', '场', '户', '校',
            '司', '行', '社');
    /** Nouns of a place of business, whatever they end in. */
    static final Set<String> PLACES = Set.of("工地", "车间", "门店", "商户", "个体户", "企业", "单位", "公司", "小店", "店里",
            "厂里", "店铺", "摊位", "档口");
    /** Words ending so that are not who (场所 is the lists' own word for a place, but 市场, 现场 …: kept simple). */
    private static final Set<String> NOT_WHO = Set.of("现场", "市场", "场所", "下场", "当场", "广场", "停车场", "处所",
            "住所", "场地", "厕所", "银行", "执行", "进行", "运行", "发行", "通行", "履行", "实行", "施行", "自行", "暂行",
            "社会", "报社", "派出所", "法院", "研究所", "事务所");

    private WhoWords() {}

    /**
     * Which characters of {@code q} are in a word naming who ({@code out[i]}); a single character of {@link #ENDINGS}
     * the segmenter left after a word (汽修 厂) makes that word one too.
     */
    static boolean[] spans(String q, List<Words.Word> words) {
        boolean[] out = new boolean[q.length()];
        Words.Word before = null;
        for (Words.Word w : words) {
            String t = w.text();
            boolean who = false;
            int from = w.start();
            if (PLACES.contains(t)) {
                who = true;
            } else if (t.length() >= 2 && ENDINGS.contains(t.charAt(t.length() - 1)) && !NOT_WHO.contains(t)
                    && ChineseText.allHan(t)) {
                who = true;
            } else if (t.length() == 1 && ENDINGS.contains(t.charAt(0)) && before != null && before.end() == w.start()
                    && before.text().length() >= 2 && ChineseText.allHan(before.text())
                    && !NOT_WHO.contains(before.text() + t)) {
                who = true;
                from = before.start();
            }
            if (who) for (int i = from; i < w.end(); i++) out[i] = true;
            before = w;
        }
        return out;
    }

    /** Whether both characters of the pair at {@code at} are in a word naming who. */
    static boolean inside(boolean[] spans, int at, int length) {
        for (int i = at; i < at + length; i++) if (i >= spans.length || !spans[i]) return false;
        return length > 0;
    }
}
