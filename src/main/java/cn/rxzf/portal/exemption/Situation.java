package cn.rxzf.portal.exemption;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The answers a business gave: one per item condition (in the item's order), then the law's general questions.
 * {@code age} and {@code capacity} are null for an organisation; dates are null when not given ({@code endDate}
 * null on a continuing act means it is still going on, {@code foundDate} null means not yet discovered).
 */
public record Situation(List<Boolean> conditions, Party party, Integer age, Capacity capacity,
                        boolean firstViolation, boolean correctedInTime, Harm harm, boolean noFault,
                        boolean exploitedEmergency, Set<Mitigation> mitigations, LocalDate actDate,
                        Boolean continuing, LocalDate endDate, LocalDate foundDate, Boolean lifeHealthOrFinance) {

    public Situation {
        conditions = List.copyOf(conditions);
        mitigations = mitigations.isEmpty() ? Set.of() : Set.copyOf(mitigations);
    }

    public enum Party { PERSON, ORGANISATION }

    /** Art. 31: whether a party with a mental illness or intellectual disability could recognise or control the act. */
    public enum Capacity { FULL, PARTIAL, NONE }

    public enum Harm { NONE, MINOR, SERIOUS }

    /** The four circumstances of art. 32 that make a lighter penalty mandatory. */
    public enum Mitigation {
        REMEDIED(Article.A32_1), COERCED(Article.A32_2), CONFESSED(Article.A32_3), MERITORIOUS(Article.A32_4);

        public final Article article;

        Mitigation(Article article) {
            this.article = article;
        }
    }

    public boolean isPerson() {
        return party == Party.PERSON;
    }
}
