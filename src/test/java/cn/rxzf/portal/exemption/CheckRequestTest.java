package cn.rxzf.portal.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.exemption.CheckRequest.Parsed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the query into answers: what counts as asked, blank, ignored or refused. */
class CheckRequestTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final List<String> CONDITIONS = List.of("首次被发现", "及时改正");

    static Map<String, List<String>> query(String q) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (q.isEmpty()) return m;
        for (String p : q.split("&")) {
            int eq = p.indexOf('=');
            m.computeIfAbsent(p.substring(0, eq), k -> new java.util.ArrayList<>()).add(p.substring(eq + 1));
        }
        return m;
    }

    static Parsed parse(String q) {
        return CheckRequest.parse(query(q), q, CONDITIONS, TODAY);
    }

    static final String FULL = CheckRoutesTest.FULL;

    @Test
    void no_parameters_is_the_empty_form_not_an_error() {
        Parsed p = parse("");
        assertFalse(p.asked());
        assertTrue(p.problems().isEmpty());
        assertNull(p.situation());
    }

    @Test
    void a_form_sent_with_nothing_chosen_lists_every_required_question() {
        Parsed p = parse("age=&actDate=&endDate=&foundDate=");
        assertTrue(p.asked());
        assertEquals(List.of("c1", "c2", "first", "harm", "emergency", "nofault", "party"),
                p.problems().stream().map(CheckRequest.Problem::param).toList(),
                "corrected is asked by condition 2 (及时改正): not reported a second time");
    }

    @Test
    void a_condition_in_the_laws_words_answers_the_laws_question_and_a_different_one_does_not() {
        Parsed met = parse(FULL.replace("&corrected=yes", ""));
        assertTrue(met.problems().isEmpty(), met.problems().toString());
        assertTrue(met.situation().correctedInTime(), "条件 2 及时改正 met: corrected");
        assertEquals(Map.of("corrected", 2), met.derived());
        Parsed unmet = parse(FULL.replace("&corrected=yes", "").replace("c2=yes", "c2=no"));
        assertFalse(unmet.situation().correctedInTime(), "条件 2 not met: not corrected");
        Parsed firstApart = parse(FULL.replace("c1=yes", "c1=no"));
        assertTrue(firstApart.situation().firstViolation(), "首次被发现 not met does not settle 初次违法: first=yes stands");
        Parsed noFirst = parse(FULL.replace("&first=yes", ""));
        assertEquals(List.of("first"), noFirst.problems().stream().map(CheckRequest.Problem::param).toList(),
                "首次被发现 never answers 初次违法");
    }

    @Test
    void the_five_year_question_is_not_asked_without_harm() {
        assertTrue(parse(FULL + "&actDate=2025-01-01&continuing=no").problems().isEmpty(), "harm none: two years whatever");
        assertEquals(List.of("lifeOrFinance"), parse(FULL.replace("harm=none", "harm=minor") + "&actDate=2025-01-01&continuing=no")
                .problems().stream().map(CheckRequest.Problem::param).toList());
    }

    @Test
    void an_answer_that_contradicts_the_same_condition_is_refused_with_both_named() {
        Parsed p = parse(FULL.replace("c2=yes", "c2=no"));
        assertEquals(List.of("corrected"), p.problems().stream().map(CheckRequest.Problem::param).toList());
        assertTrue(p.problems().get(0).message().contains("清单条件 2"), p.problems().toString());
        assertNull(p.situation());
    }

    @Test
    void every_answer_given_makes_a_situation() {
        Parsed p = parse(FULL.replace("party=org", "party=person&age=16&capacity=partial")
                + "&m=remedied&m=confessed&actDate=2025-01-01&continuing=yes&endDate=2025-03-01&foundDate=2025-04-01&lifeOrFinance=no");
        assertTrue(p.problems().isEmpty(), p.problems().toString());
        Situation s = p.situation();
        assertEquals(16, s.age());
        assertEquals(Situation.Capacity.PARTIAL, s.capacity());
        assertEquals(java.util.Set.of(Situation.Mitigation.REMEDIED, Situation.Mitigation.CONFESSED), s.mitigations());
        assertEquals(LocalDate.of(2025, 3, 1), s.endDate());
        assertEquals(LocalDate.of(2025, 4, 1), s.foundDate());
    }

    @Test
    void an_organisation_has_no_age_and_an_end_date_counts_only_for_a_continuing_act() {
        Parsed p = parse(FULL + "&age=40&capacity=full&actDate=2025-01-01&continuing=no&endDate=2025-03-01&lifeOrFinance=no");
        assertNotNull(p.situation(), p.problems().toString());
        assertNull(p.situation().age());
        assertNull(p.situation().capacity());
        assertNull(p.situation().endDate());
    }

    @Test
    void a_rejected_value_is_not_kept_for_the_form() {
        Parsed p = parse(FULL.replace("harm=none", "harm=lots") + "&actDate=2099-01-01");
        assertFalse(p.values().containsKey("harm"));
        assertFalse(p.values().containsKey("actDate"));
        assertEquals(List.of("yes"), p.values().get("c1"));
    }

    @Test
    void messages_name_the_question_and_never_the_value() {
        Parsed p = parse(FULL.replace("harm=none", "harm=secret-value"));
        assertEquals(1, p.problems().size());
        assertTrue(p.problems().get(0).message().contains("违法行为是否造成了危害后果？"));
        assertFalse(p.problems().get(0).message().contains("secret-value"));
    }

    @Test
    void json_is_asked_for_with_the_format_parameter() {
        assertTrue(parse(FULL + "&format=json").json());
        assertFalse(parse(FULL + "&format=html").json());
    }
}
