package cn.rxzf.portal.search;

/** Character-level normalisation shared by indexing and querying: width folding and Chinese numerals. */
public final class ChineseText {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseText() {}

    /**
     * Full-width ASCII to half-width, the ideographic space to a space, ASCII letters to lower case. One character
     * in, one character out, so offsets into the folded text are offsets into the original.
     */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(fold(s.charAt(i)));
        return b.toString();
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
        return c;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * The value of a number written in Arabic digits or Chinese numerals ({@code 118}, {@code 一百一十八},
     * {@code 十五}, {@code 一千零五}, {@code 两百}), or -1 when it is neither.
     */
    public static int number(String s) {
        if (s.isEmpty()) return -1;
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                if (digit > 0) return -1; // two digits in a row, as in 一二: not a numeral we read
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0 || (digit < 0 && unit != 10)) return -1; // only 十 stands alone, as in 十五
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) total += digit;
        return total;
    }

    private static int digitOf(char c) {
        if (c == '〇' || c == '零') return 0;
        if (c == '两') return 2;
        return DIGITS.indexOf(c);
    }
}
