package cn.rxzf.portal.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.exemption.Outcome.Kind;
import cn.rxzf.portal.exemption.Situation.Capacity;
import cn.rxzf.portal.exemption.Situation.Harm;
import cn.rxzf.portal.exemption.Situation.Mitigation;
import cn.rxzf.portal.exemption.Situation.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules' structure: what else applies, citations, cautions and the trace. The outcomes themselves are checked
 * against the scenario tables written from the law ({@code src/test/resources/law/}, {@link LawScenariosTest}).
 * Today is 2026-11-22 throughout.
 */
class ExemptionRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String ITEM = "《测试清单》第 3 项";
    /** The rules of content/law/, as the service reads them. */
    static final Rulebook BOOK = Rulebook.of(new cn.rxzf.portal.content.ContentLoader(java.nio.file.Path.of("content"),
            cn.rxzf.portal.TestSite.TODAY).load().content().laws.values());
    static final Article A30_MINOR = BOOK.article("xingzheng-chufa", "a30", "全条");
    static final Article A33_MINOR = BOOK.article("xingzheng-chufa", "a33", "第一款第一句");
    static final Article A33_FIRST = BOOK.article("xingzheng-chufa", "a33", "第一款第二句");
    static final Article A36 = BOOK.article("xingzheng-chufa", "a36", "全条");

    /** An item, and the answers given; the defaults are the plainest case that meets the item. */
    static final class Case {
        String outcome = "不予处罚";
        String status = "生效";
        LocalDate expiry = LocalDate.of(2027, 12, 31);
        String area = "市场监管/登记";
        List<Boolean> conditions = new ArrayList<>(List.of(true, true));
        Party party = Party.ORGANISATION;
        Integer age;
        Capacity capacity;
        boolean first = true;
        boolean corrected = true;
        Harm harm = Harm.NONE;
        boolean noFault;
        boolean emergency;
        Set<Mitigation> mitigations = EnumSet.noneOf(Mitigation.class);
        LocalDate act;
        Boolean continuing;
        LocalDate end;
        LocalDate found;
        Boolean lifeOrFinance;

        Case item(String o) { outcome = o; return this; }
        Case list(String s) { status = s; return this; }
        Case expires(String d) { expiry = LocalDate.parse(d); return this; }
        Case area(String a) { area = a; return this; }
        Case unmet(int n) { conditions.set(n - 1, false); return this; }
        Case person(int a) { party = Party.PERSON; age = a; capacity = Capacity.FULL; return this; }
        Case capacity(Capacity c) { if (party != Party.PERSON) person(30); capacity = c; return this; }
        Case notFirst() { first = false; return this; }
        Case notCorrected() { corrected = false; return this; }
        Case harm(Harm h) { harm = h; return this; }
        Case noFault() { noFault = true; return this; }
        Case emergency() { emergency = true; return this; }
        Case mitigation(Mitigation m) { mitigations.add(m); return this; }
        Case act(String d) { act = LocalDate.parse(d); continuing = false; lifeOrFinance = lifeOrFinance != null && lifeOrFinance; return this; }
        Case continuing(String from, String to) { act(from); continuing = true; end = to == null ? null : LocalDate.parse(to); return this; }
        Case found(String d) { found = LocalDate.parse(d); return this; }
        Case lifeOrFinance() { lifeOrFinance = true; return this; }

        ItemFacts facts() {
            return new ItemFacts("测试清单", 3, List.of("首次被发现", "及时改正"), outcome, List.of("批评教育", "行政回访"),
                    area, status, expiry, "/items/test-03/");
        }

        Situation situation() {
            return new Situation(conditions, party, age, capacity, first, corrected, harm, noFault, emergency,
                    mitigations, act, continuing, end, found, lifeOrFinance, null, null, null, null, null);
        }
    }

    static Case given() {
        return new Case();
    }


    @Test
    void the_lower_outcome_is_kept_as_what_applies_if_the_authority_punishes() {
        Case c = given().item("可以不予处罚").person(15).harm(Harm.MINOR);
        Outcome o = ExemptionRules.decide(BOOK, c.facts(), c.situation(), TODAY);
        assertEquals(Kind.MAY_NOT_PUNISH, o.kind());
        assertEquals(1, o.also().size());
        assertEquals(Kind.MUST_MITIGATE, o.also().get(0).kind());
        assertEquals(A30_MINOR, o.also().get(0).articles().get(0));
    }

    @Test
    void a_no_penalty_outcome_from_an_item_cites_the_law_and_the_item() {
        Outcome o = ExemptionRules.decide(BOOK, given().facts(), given().situation(), TODAY);
        assertEquals(List.of(A33_MINOR.cite(), ITEM), o.articles().stream().map(Article::cite).toList());
    }

    @Test
    void a_cautious_area_and_a_missing_date_are_flagged() {
        Outcome o = ExemptionRules.decide(BOOK, given().area("应急管理/安全生产").facts(), given().situation(), TODAY);
        assertTrue(o.cautions().stream().anyMatch(c -> c.contains("审慎适用")), o.cautions().toString());
        assertTrue(o.cautions().stream().anyMatch(c -> c.contains("未填写违法行为发生日期")), o.cautions().toString());
        Outcome plain = ExemptionRules.decide(BOOK, given().facts(), given().act("2026-01-01").situation(), TODAY);
        assertTrue(plain.cautions().isEmpty(), plain.cautions().toString());
    }

    @Test
    void an_ongoing_continuing_act_is_flagged_as_not_yet_counting() {
        Case c = given().continuing("2019-01-01", null);
        Outcome o = ExemptionRules.decide(BOOK, c.facts(), c.situation(), TODAY);
        assertTrue(o.cautions().stream().anyMatch(x -> x.contains("仍在继续")), o.cautions().toString());
    }

    @Test
    void not_applicable_because_of_the_item_still_shows_what_the_law_gives() {
        Case c = given().unmet(2).person(16).notFirst();
        Outcome o = ExemptionRules.decide(BOOK, c.facts(), c.situation(), TODAY);
        assertEquals(Kind.MUST_MITIGATE, o.kind());
        assertFalse(o.unmet().isEmpty(), "the unmet condition is still reported");
    }

    @Test
    void every_answer_has_a_trace_whose_deciding_steps_give_the_outcome() {
        for (Case c : List.of(given(), given().harm(Harm.MINOR), given().notFirst().harm(Harm.SERIOUS),
                given().act("2020-01-01"), given().person(12), given().item("从轻处罚").notFirst().harm(Harm.SERIOUS))) {
            Outcome o = ExemptionRules.decide(BOOK, c.facts(), c.situation(), TODAY);
            assertFalse(o.trace().isEmpty());
            List<Outcome.Step> deciding = o.trace().stream().filter(Outcome.Step::decisive).toList();
            if (o.kind() == Kind.NOT_APPLICABLE) {
                assertTrue(deciding.isEmpty());
            } else {
                assertFalse(deciding.isEmpty(), o.kind().toString());
                deciding.forEach(st -> assertEquals(o.kind().name(), st.gives()));
                deciding.forEach(st -> assertTrue(o.articles().contains(st.article()), st.article().cite()));
            }
            o.trace().forEach(st -> assertFalse(st.fact().isBlank()));
            o.trace().forEach(st -> assertFalse(st.article().text().isBlank()));
        }
    }

    @Test
    void the_trace_shows_the_rules_that_did_not_decide() {
        Case c = given().act("2025-06-01").found("2025-07-01");
        Outcome o = ExemptionRules.decide(BOOK, c.facts(), c.situation(), TODAY);
        Outcome.Step limitation = o.trace().get(0);
        assertEquals(A36, limitation.article());
        assertTrue(limitation.result().contains("未超过二年，不影响"), limitation.result());
        assertTrue(limitation.result().contains("2027-06-01"), limitation.result());
        assertTrue(o.trace().stream().anyMatch(st -> A33_FIRST.equals(st.article()) && !st.decisive()));
    }

    @Test
    void a_no_coercion_item_says_what_it_is_and_leaves_penalties_to_the_law() {
        Case c = given().item("不予行政强制").notFirst().harm(Harm.SERIOUS);
        Outcome o = ExemptionRules.decide(BOOK, c.facts(), c.situation(), TODAY);
        assertEquals(Kind.NOT_APPLICABLE, o.kind());
        assertTrue(o.coercion().contains("行政强制法"), o.coercion());
        assertFalse(String.join("", o.reasons()).contains("第三十条至第三十三条"), "no false statement about arts. 30–33");
    }

    @Test
    void the_full_years_of_age_count_a_birthday_as_not_yet_reached() {
        assertEquals(13, Situation.fullYears(LocalDate.of(2010, 3, 10), LocalDate.of(2024, 3, 10)));
        assertEquals(14, Situation.fullYears(LocalDate.of(2010, 3, 10), LocalDate.of(2024, 3, 11)));
        assertEquals(13, Situation.fullYears(LocalDate.of(2008, 2, 29), LocalDate.of(2022, 2, 28)));
        assertEquals(14, Situation.fullYears(LocalDate.of(2008, 2, 29), LocalDate.of(2022, 3, 1)));
        assertEquals(0, Situation.fullYears(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
    }
}
