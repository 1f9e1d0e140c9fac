package cn.rxzf.portal.creditrepair;

/**
 * The 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last a check character over
 * the first 17 with fixed weights.
 */
public final class UnifiedCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedCode() {}

    /** Upper-cases and removes spaces, as people type codes with both. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s\\u3000]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) return false;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) return false;
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        if (check == 31) check = 0;
        return code.charAt(17) == ALPHABET.charAt(check);
    }
}
