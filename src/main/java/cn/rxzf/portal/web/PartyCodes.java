package cn.rxzf.portal.web;

import cn.rxzf.portal.common.RandomCodes;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The codes a party is given on paper to reach their own case without an account (告知承诺, 行政回访): ten characters
 * of {@link RandomCodes}, printed in two groups of five, stored only as a keyed hash; and the case's reference
 * (a prefix, the day, six characters) that names it in queues and receipts. Each purpose hashes its codes apart: a
 * code of one never opens another.
 */
public final class PartyCodes {
    public static final int LENGTH = 10;

    private final Keys keys;
    private final String purpose;

    /** Codes of {@code purpose} ("commitment", "visit"), hashed with {@code keys}. */
    public PartyCodes(Keys keys, String purpose) {
        this.keys = keys;
        this.purpose = purpose;
    }

    /** A new code: shown once, kept nowhere but as its {@link #hash}. */
    public String newCode() {
        return RandomCodes.of(LENGTH);
    }

    /** The keyed hash a code is stored and looked up by; {@code code} as {@link #normalise} gives it. */
    public byte[] hash(String code) {
        return keys.sign(purpose + "-code|" + code);
    }

    /** A new reference: the prefix, the day and six characters ({@code CN20261206-7KQ3XM}). */
    public static String newReference(String prefix, LocalDate day) {
        return prefix + day.toString().replace("-", "") + "-" + RandomCodes.of(6);
    }

    /** The pattern the references of {@code prefix} match (for a reference in a reviewer's URL). */
    public static String referencePattern(String prefix) {
        return prefix + "\\d{8}-[2-9A-Z]{6}";
    }

    /** A typed code upper-cased, without spaces or dashes (the notice prints it in two groups); "" for none. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\u3000-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a normalised code has the form of one (a wrong code of the right form is found out by its hash). */
    public static boolean wellFormed(String code) {
        return code.matches("[2-9A-Z]{" + LENGTH + "}");
    }

    /** The code as printed on the notice: two groups of five. */
    public static String printed(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }
}
