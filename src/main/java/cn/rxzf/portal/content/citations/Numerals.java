package cn.rxzf.portal.content.citations;

/** Numbers as citations write them: Arabic digits, Chinese numerals (一百一十八, 十五, 两百) and 大写 (贰拾叁). */
public final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private Numerals() {}

    /** Characters a numeral may be written with (for building patterns). */
    public static final String CHARS = "0-9零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟";

    /**
     * The value of a number written in Arabic digits or Chinese numerals ({@code 118}, {@code 一百一十八},
     * {@code 十五}, {@code 一千零五}, {@code 两百}, {@code 贰拾叁}), or -1 when it is neither.
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
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
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
        int d = DIGITS.indexOf(c);
        return d >= 0 ? d : CAPITAL_DIGITS.indexOf(c);
    }
}
