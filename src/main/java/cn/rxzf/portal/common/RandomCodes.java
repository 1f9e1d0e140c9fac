package cn.rxzf.portal.common;

import java.security.SecureRandom;

/**
 * Random codes people read off a page and type back: 32 characters without 0, 1, O and I (five bits each), so no
 * character is mistaken for another. Tracking numbers, query codes, recovery codes and commitment codes.
 */
public final class RandomCodes {
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {}

    public static String of(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return sb.toString();
    }
}
