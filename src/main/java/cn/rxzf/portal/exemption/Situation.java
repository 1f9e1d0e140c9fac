package cn.rxzf.portal.exemption;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The answers a business gave: one per item condition (in the item's order), then the law's general questions.
 * {@code age} (whole years 周岁 at the time of the act: from the date of birth when given, a birthday itself not
 * yet counting) and {@code capacity} are null for an organisation; dates are null when not given ({@code endDate}
 * null on a continuing act means it is still going on, {@code foundDate} null means not yet discovered).
 * {@code minor} (the act is 轻微), {@code supplier} and {@code inspected} are null when not answered; {@code field}
 * is null when not answered (the item's area then decides).
 */
public record Situation(List<Boolean> conditions, Party party, Integer age, Capacity capacity,
                        boolean firstViolation, boolean correctedInTime, Harm harm, boolean noFault,
                        boolean exploitedEmergency, Set<Mitigation> mitigations, LocalDate actDate,
                        Boolean continuing, LocalDate endDate, LocalDate foundDate, Boolean lifeHealthOrFinance,
                        Boolean minor, Field field, Boolean supplier, Boolean inspected, LocalDate birthDate) {

    public Situation {
        conditions = List.copyOf(conditions);
        mitigations = mitigations.isEmpty() ? Set.of() : Set.copyOf(mitigations);
    }

    public enum Party { PERSON, ORGANISATION }

    /** Art. 31: whether a party with a mental illness or intellectual disability could recognise or control the act. */
    public enum Capacity { FULL, PARTIAL, NONE }

    public enum Harm { NONE, MINOR, SERIOUS }

    /** The fields where a special law displaces the general rule: tax (limitation), food and product sales (no fault). */
    public enum Field { GENERAL, TAX, FOOD, PRODUCT }

    /** The four circumstances of art. 32 that make a lighter penalty mandatory. */
    public enum Mitigation {
        REMEDIED, COERCED, CONFESSED, MERITORIOUS
    }

    public boolean isPerson() {
        return party == Party.PERSON;
    }

    /**
     * 周岁 on {@code day} of a person born on {@code birth}: n years are full from the day after the n-th birthday
     * (法释〔2006〕1号 第二条 by analogy); a 29 February birthday falls on 28 February in other years (民法典第二百零二条).
     */
    public static int fullYears(LocalDate birth, LocalDate day) {
        int n = day.getYear() - birth.getYear();
        while (n > 0 && !birth.plusYears(n).isBefore(day)) n--;
        return Math.max(n, 0);
    }
}
