package cn.rxzf.portal.search;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Homophone tolerance: pairs of adjacent Han characters as toneless pinyin ({@code 执照} and the typo {@code 执找} are
 * both {@code zhi_zhao}). A character's first reading stands for it; a query's pair is looked up as pinyin only when
 * the index has no such pair of characters.
 */
final class Pinyin {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    /** Per BMP character: its reading, "" for none; null until looked up. */
    private static final String[] READINGS = new String[0x10000];

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {}

    /** The toneless reading of {@code c}, or "" when it is not a Han character with one. */
    static String of(char c) {
        String r = READINGS[c];
        if (r != null) return r;
        r = "";
        if (ChineseText.isHan(c)) {
            try {
                String[] all = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
                if (all != null && all.length > 0) r = all[0];
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        READINGS[c] = r;
        return r;
    }

    /** The pinyin pair of two characters ({@code zhi_zhao}), or null when either has no reading. */
    static String pair(char a, char b) {
        String x = of(a);
        String y = of(b);
        return x.isEmpty() || y.isEmpty() ? null : x + "_" + y;
    }
}
