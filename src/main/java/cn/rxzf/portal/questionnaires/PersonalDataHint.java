package cn.rxzf.portal.questionnaires;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a free text seems to hold personal data a reviewer must not publish: a mobile or landline number, an ID
 * number or 统一社会信用代码, an e-mail address (full-width characters read as their ASCII forms). A hint, not a proof:
 * a flagged text cannot be approved, and a text without a flag is still read by a person.
 */
public final class PersonalDataHint {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<!\\d)1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)"),            // mobile
            Pattern.compile("(?<!\\d)0\\d{2,3}[ -]?\\d{7,8}(?!\\d)"),                       // landline with area code
            Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])"),                // 居民身份证号码
            Pattern.compile("(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])"), // 统一社会信用代码
            Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"));                              // e-mail

    private PersonalDataHint() {}

    public static boolean flags(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (Pattern p : PATTERNS) if (p.matcher(plain).find()) return true;
        return false;
    }
}
