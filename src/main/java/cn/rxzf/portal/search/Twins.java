package cn.rxzf.portal.search;

import cn.rxzf.portal.content.model.Item;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Twins: the same act on several lists (未按规定公示营业执照 on four cities' lists). Two items are twins when their
 * acts read the same once punctuation, a leading 对, a trailing 的处罚/的行为/的 and a short leading subject before
 * 未/不/擅自 (建设单位未依法备案… = 未依法备案…) are set aside. A group is named by its smallest item id, so it stays
 * the same while that item is published.
 */
final class Twins {
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Pattern FRAME = Pattern.compile("^对|(的行政处罚|的处罚|的行为|行为|的)$");
    private static final Pattern SUBJECT = Pattern.compile("^[^未不擅]{1,12}?(?=未|不|擅自)");

    private Twins() {}

    /** The act of an item as twins share it. */
    static String key(String violation) {
        String k = NOT_TEXT.matcher(ChineseText.fold(violation)).replaceAll("");
        String before;
        do {
            before = k;
            k = FRAME.matcher(k).replaceAll("");
        } while (!k.equals(before));
        return SUBJECT.matcher(k).replaceFirst("");
    }

    /** For every item that has a twin on another list, its group's id; items without one are left out. */
    static Map<String, String> groups(Collection<Item> items) {
        Map<String, TreeSet<String>> ids = new HashMap<>();
        Map<String, TreeSet<String>> lists = new HashMap<>();
        for (Item i : items) {
            String k = key(i.violation());
            if (k.length() < 4) continue;
            ids.computeIfAbsent(k, x -> new TreeSet<>()).add(i.id());
            lists.computeIfAbsent(k, x -> new TreeSet<>()).add(i.listId());
        }
        Map<String, String> out = new TreeMap<>();
        ids.forEach((k, members) -> {
            if (lists.get(k).size() < 2) return;
            for (String id : members) out.put(id, members.first());
        });
        return out;
    }
}
