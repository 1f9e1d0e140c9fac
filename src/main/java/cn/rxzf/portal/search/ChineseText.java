package cn.rxzf.portal.search;

/** Character-level normalisation shared by indexing and querying: width folding and Chinese numerals. */
public final class ChineseText {
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

    /** Whether every character of {@code s} is a Han character. */
    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) if (!isHan(s.charAt(i))) return false;
        return true;
    }

    /** The value of a number in Arabic digits or Chinese numerals, or -1 (the citation parser's reading). */
    public static int number(String s) {
        return cn.rxzf.portal.content.citations.Numerals.number(s);
    }
}
