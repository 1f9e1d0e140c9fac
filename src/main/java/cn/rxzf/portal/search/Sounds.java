package cn.rxzf.portal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of Han characters of what documents are about — an item's act and conditions, its list's title, the
 * title of a case, method, procedure or list — by their sound ({@link Pinyin}): a query's pair the index does not have
 * (执找) is looked up as the pairs that sound the same (执照). Written once into the index's commit data as the
 * distinct pairs; the index holds no pinyin terms (a million at 10,000 items, a third of the time of writing it).
 * Homophones are taken from these texts only: from the long texts (bases, measures) they matched nonsense.
 */
final class Sounds {
    /** At most this many pairs stand for one sound (homophones: 食品, 饰品, 视频 …). */
    static final int MAX_PER_SOUND = 16;

    private final Map<String, String[]> bySound;
    /** The syllables of the pairs' sounds (zhi, zhao …): how a word typed in Latin letters may be split. */
    private final Set<String> syllables;

    private Sounds(Map<String, String[]> bySound) {
        this.bySound = bySound;
        Set<String> all = new HashSet<>();
        for (String sound : bySound.keySet()) all.addAll(Arrays.asList(sound.split("_")));
        this.syllables = Set.copyOf(all);
    }

    /** Collects the distinct pairs of the texts it is given, for the commit data. */
    static final class Vocabulary {
        private final Set<Integer> pairs = new HashSet<>();

        void add(String text) {
            for (int i = 0; i + 1 < text.length(); i++) {
                char a = text.charAt(i);
                char b = text.charAt(i + 1);
                if (IndexTokenizer.isHan(a) && IndexTokenizer.isHan(b)) pairs.add(a << 16 | b);
            }
        }

        /** The pairs written one after another, two characters each. */
        String encoded() {
            StringBuilder out = new StringBuilder(pairs.size() * 2);
            for (int p : pairs) out.append((char) (p >>> 16)).append((char) p);
            return out.toString();
        }
    }

    /** The sounds of {@link Vocabulary#encoded() encoded} pairs. */
    static Sounds of(String encoded) {
        Map<String, List<String>> found = new HashMap<>();
        for (int i = 0; i + 1 < encoded.length(); i += 2) {
            String sound = Pinyin.pair(encoded.charAt(i), encoded.charAt(i + 1));
            if (sound == null) continue;
            List<String> same = found.computeIfAbsent(sound, k -> new ArrayList<>(1));
            if (same.size() < MAX_PER_SOUND) same.add(encoded.substring(i, i + 2));
        }
        Map<String, String[]> out = new HashMap<>(found.size() * 2);
        found.forEach((sound, pairs) -> out.put(sound, pairs.toArray(String[]::new)));
        return new Sounds(out);
    }

    /**
     * The pairs of characters that a word typed in pinyin without tones may stand for (yingye → 营业; gongshi → 公示,
     * 工时): empty unless the word can be split into two syllables of the pairs' sounds in exactly one way.
     */
    List<String> pairsTyped(String latin) {
        String sound = null;
        for (int cut = 1; cut < latin.length(); cut++) {
            String a = latin.substring(0, cut);
            String b = latin.substring(cut);
            if (!syllables.contains(a) || !syllables.contains(b)) continue;
            if (sound != null) return List.of();
            sound = a + "_" + b;
        }
        String[] same = sound == null ? null : bySound.get(sound);
        return same == null ? List.of() : List.of(same);
    }

    /**
     * Whether {@code pair} or one that sounds like it is a pair of what documents are about (their acts, conditions
     * and titles; not their long texts, where 只报 or 地法 are accidents of two words meeting).
     */
    boolean saysOrSoundsLike(String pair) {
        if (pair.length() != 2) return false;
        String sound = Pinyin.pair(pair.charAt(0), pair.charAt(1));
        return sound != null && bySound.containsKey(sound);
    }

    /** Whether {@code pair}, as written, is a pair of what documents are about (acts, conditions, titles). */
    boolean says(String pair) {
        if (pair.length() != 2) return false;
        String sound = Pinyin.pair(pair.charAt(0), pair.charAt(1));
        String[] same = sound == null ? null : bySound.get(sound);
        if (same == null) return false;
        for (String x : same) if (x.equals(pair)) return true;
        return false;
    }

    /** The pairs that sound like {@code pair}, without the pair itself; empty when none. */
    List<String> alike(String pair) {
        if (pair.length() != 2) return List.of();
        String sound = Pinyin.pair(pair.charAt(0), pair.charAt(1));
        String[] same = sound == null ? null : bySound.get(sound);
        if (same == null) return List.of();
        List<String> out = new ArrayList<>(same.length);
        for (String s : same) if (!s.equals(pair)) out.add(s);
        return out;
    }
}
