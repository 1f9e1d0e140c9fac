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
 * The rules as a table: each row is a situation, the outcome it must get, the article that outcome must rest on
 * (the main one, by the end of its citation) and, where it matters, a phrase the reasons must contain. Today is
 * 2026-11-22 throughout, so "exactly two years" is an act on 2024-11-22.
 */
class ExemptionRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String ITEM = "《测试清单》第 3 项";

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
                    area, status, expiry);
        }

        Situation situation() {
            return new Situation(conditions, party, age, capacity, first, corrected, harm, noFault, emergency,
                    mitigations, act, continuing, end, found, lifeOrFinance);
        }
    }

    static Case given() {
        return new Case();
    }

    record Row(String name, Case given, Kind kind, String article, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Row row(String name, Case given, Kind kind, String article) {
        return new Row(name, given, kind, article, null);
    }

    static Row row(String name, Case given, Kind kind, String article, String reason) {
        return new Row(name, given, kind, article, reason);
    }

    static final List<Row> ROWS = List.of(
            // An item of a 不予处罚 list: art. 33 ¶1, first sentence ("shall"), or its second ("may") when harm was minor.
            row("met conditions corrected without harm must go unpunished", given(), Kind.MUST_NOT_PUNISH, "第三十三条第一款", "没有造成危害后果"),
            row("met conditions with minor harm on a first violation may go unpunished", given().harm(Harm.MINOR), Kind.MAY_NOT_PUNISH, "第三十三条第一款", "可以不予处罚"),
            row("minor harm on a repeat violation does not qualify", given().harm(Harm.MINOR).notFirst(), Kind.NOT_APPLICABLE, ITEM, "不是初次违法"),
            row("an act not corrected in time does not qualify", given().notCorrected(), Kind.NOT_APPLICABLE, ITEM, "没有及时改正"),
            row("serious harm does not qualify for a no-penalty item", given().harm(Harm.SERIOUS), Kind.NOT_APPLICABLE, ITEM, "较重的危害后果"),
            row("an unmet condition is named by its number", given().unmet(2), Kind.NOT_APPLICABLE, ITEM, "不符合适用条件第 2 项：及时改正"),
            row("every unmet condition is named", given().unmet(1).unmet(2), Kind.NOT_APPLICABLE, ITEM, "不符合适用条件第 1 项：首次被发现"),
            // An item of a 首违不罚 list: art. 33 ¶1, second sentence; "may" stays "may".
            row("first violation corrected with minor harm may go unpunished", given().item("可以不予处罚").harm(Harm.MINOR), Kind.MAY_NOT_PUNISH, "第三十三条第一款", "初次违法"),
            row("a may-item without harm is still only may", given().item("可以不予处罚"), Kind.MAY_NOT_PUNISH, "第三十三条第一款"),
            row("a may-item needs a first violation", given().item("可以不予处罚").notFirst(), Kind.NOT_APPLICABLE, ITEM, "不是初次违法"),
            row("a may-item needs correction in time", given().item("可以不予处罚").notCorrected(), Kind.NOT_APPLICABLE, ITEM, "没有及时改正"),
            row("a may-item needs the harm to be minor", given().item("可以不予处罚").harm(Harm.SERIOUS), Kind.NOT_APPLICABLE, ITEM, "危害后果不轻微"),
            row("a may-item with an unmet condition does not qualify", given().item("可以不予处罚").unmet(1), Kind.NOT_APPLICABLE, ITEM, "第 1 项"),
            // Items of 从轻 / 减轻 lists: the list's discretion, "may".
            row("a met lighter-penalty item may lighten", given().item("从轻处罚").harm(Harm.SERIOUS).notFirst(), Kind.MAY_MITIGATE, ITEM, "从轻处罚"),
            row("a met reduced-penalty item may reduce", given().item("减轻处罚"), Kind.MAY_MITIGATE, ITEM, "减轻处罚"),
            row("an unmet lighter-penalty item does not apply", given().item("从轻处罚").unmet(1), Kind.NOT_APPLICABLE, ITEM),
            // Items of 不予行政强制 lists say nothing about the penalty.
            row("a met no-coercion item says nothing about the penalty", given().item("不予行政强制"), Kind.NOT_APPLICABLE, ITEM, "不予行政强制"),
            row("a no-coercion item with proof of no fault must go unpunished", given().item("不予行政强制").noFault(), Kind.MUST_NOT_PUNISH, "第三十三条第二款"),
            // The list must be in force, and the act must not exploit an emergency.
            row("a repealed list is no basis", given().list("已废止"), Kind.NOT_APPLICABLE, ITEM, "已废止"),
            row("a revised list is no basis", given().list("已修订"), Kind.NOT_APPLICABLE, ITEM, "已修订"),
            row("a draft list is no basis", given().list("征求意见"), Kind.NOT_APPLICABLE, ITEM, "征求意见稿"),
            row("a list that expired yesterday is no basis", given().expires("2026-11-21"), Kind.NOT_APPLICABLE, ITEM, "到期"),
            row("a list that expires today still applies", given().expires("2026-11-22"), Kind.MUST_NOT_PUNISH, "第三十三条第一款"),
            row("an act exploiting an emergency gets no leniency from the list", given().emergency(), Kind.NOT_APPLICABLE, ITEM, "不适用柔性执法"),
            row("an act exploiting an emergency still gets the law's mitigation for a minor", given().emergency().person(15), Kind.MUST_MITIGATE, "第三十条"),
            // Art. 30: age at the time of the act; the boundaries are 14 and 18.
            row("a child of 13 must go unpunished whatever the list", given().unmet(1).person(13), Kind.MUST_NOT_PUNISH, "第三十条", "不满十四周岁"),
            row("a child of 0 must go unpunished", given().unmet(1).person(0), Kind.MUST_NOT_PUNISH, "第三十条"),
            row("at exactly 14 the penalty must be lighter", given().unmet(1).person(14), Kind.MUST_MITIGATE, "第三十条", "已满十四周岁"),
            row("at 17 the penalty must be lighter", given().unmet(1).person(17), Kind.MUST_MITIGATE, "第三十条"),
            row("at exactly 18 age no longer counts", given().unmet(1).person(18), Kind.NOT_APPLICABLE, ITEM),
            row("a 14-year-old who meets a no-penalty item must go unpunished", given().person(14), Kind.MUST_NOT_PUNISH, "第三十三条第一款"),
            // Art. 31: capacity.
            row("no capacity to recognise the act must go unpunished", given().unmet(1).capacity(Capacity.NONE), Kind.MUST_NOT_PUNISH, "第三十一条"),
            row("partial capacity may lighten", given().unmet(1).capacity(Capacity.PARTIAL), Kind.MAY_MITIGATE, "第三十一条"),
            row("shall outranks may: a 16-year-old with partial capacity must get lighter", given().unmet(1).person(16).capacity(Capacity.PARTIAL), Kind.MUST_MITIGATE, "第三十条"),
            // Art. 33 ¶2: no fault.
            row("proof of no fault must go unpunished whatever the list", given().unmet(1).unmet(2).noFault(), Kind.MUST_NOT_PUNISH, "第三十三条第二款"),
            // Art. 32: each circumstance makes a lighter penalty mandatory.
            row("remedying the harm must lighten", given().unmet(1).mitigation(Mitigation.REMEDIED), Kind.MUST_MITIGATE, "第三十二条第（一）项"),
            row("acting under coercion must lighten", given().unmet(1).mitigation(Mitigation.COERCED), Kind.MUST_MITIGATE, "第三十二条第（二）项"),
            row("confessing unknown acts must lighten", given().unmet(1).mitigation(Mitigation.CONFESSED), Kind.MUST_MITIGATE, "第三十二条第（三）项"),
            row("meritorious help must lighten", given().unmet(1).mitigation(Mitigation.MERITORIOUS), Kind.MUST_MITIGATE, "第三十二条第（四）项"),
            row("shall outranks may: art 32 over a lighter-penalty item", given().item("从轻处罚").mitigation(Mitigation.CONFESSED), Kind.MUST_MITIGATE, "第三十二条第（三）项"),
            row("may-not-punish outranks must-lighten", given().item("可以不予处罚").mitigation(Mitigation.REMEDIED), Kind.MAY_NOT_PUNISH, "第三十三条第一款"),
            // Art. 36: two years from the act, the same date two years on is the last day.
            row("discovered exactly two years later can still be punished", given().act("2024-11-22"), Kind.MUST_NOT_PUNISH, "第三十三条第一款"),
            row("undiscovered for two years and a day is no longer punished", given().act("2024-11-21"), Kind.TIME_BARRED, "第三十六条", "二年内未被发现"),
            row("found on the last day of two years can still be punished", given().act("2024-11-21").found("2026-11-21"), Kind.MUST_NOT_PUNISH, "第三十三条第一款"),
            row("found the day after two years is no longer punished", given().act("2024-11-20").found("2026-11-21"), Kind.TIME_BARRED, "第三十六条", "2026-11-21才被发现"),
            row("life or finance with harm: exactly five years can still be punished", given().lifeOrFinance().harm(Harm.MINOR).act("2021-11-22"), Kind.MAY_NOT_PUNISH, "第三十三条第一款"),
            row("life or finance with harm: five years and a day is no longer punished", given().lifeOrFinance().harm(Harm.MINOR).act("2021-11-21"), Kind.TIME_BARRED, "第三十六条", "五年内"),
            row("life or finance without harm: two years apply", given().lifeOrFinance().act("2024-11-21"), Kind.TIME_BARRED, "第三十六条", "二年内"),
            row("harm without life or finance: two years apply", given().harm(Harm.SERIOUS).act("2024-11-21"), Kind.TIME_BARRED, "第三十六条", "二年内"),
            row("a continuing act counts from its end", given().continuing("2020-01-01", "2024-11-22"), Kind.MUST_NOT_PUNISH, "第三十三条第一款"),
            row("a continuing act that ended two years and a day ago is no longer punished", given().continuing("2020-01-01", "2024-11-21"), Kind.TIME_BARRED, "第三十六条", "2024-11-21"),
            row("a continuing act still going on has no limitation yet", given().continuing("2019-01-01", null), Kind.MUST_NOT_PUNISH, "第三十三条第一款"),
            row("limitation goes before age", given().person(12).act("2023-01-01"), Kind.TIME_BARRED, "第三十六条"),
            row("limitation goes before an unmet item", given().unmet(1).act("2023-01-01"), Kind.TIME_BARRED, "第三十六条"),
            row("a leap day plus two years ends on 28 February", given().act("2024-02-29").found("2026-02-28"), Kind.MUST_NOT_PUNISH, "第三十三条第一款"),
            row("a leap day plus two years is over on 1 March", given().act("2024-02-29").found("2026-03-01"), Kind.TIME_BARRED, "第三十六条"),
            // The area cautions; the item decides.
            row("a cautious area still follows its item", given().area("市场监管/食品"), Kind.MUST_NOT_PUNISH, "第三十三条第一款"));

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_situation_gets_its_outcome_and_article(Row row) {
        Outcome o = ExemptionRules.decide(row.given.facts(), row.given.situation(), TODAY);
        assertEquals(row.kind, o.kind(), row.name);
        assertTrue(o.article().cite().endsWith(row.article), "article " + o.article().cite() + " for " + row.name);
        if (row.reason != null) {
            String all = String.join(" ", o.reasons()) + " " + String.join(" ", o.unmet());
            assertTrue(all.contains(row.reason), "reasons " + all + " lack " + row.reason);
        }
        assertEquals(List.of("批评教育", "行政回访"), o.measures(), "the item's 配套监管措施 come with every outcome");
        assertEquals(o.kind() == Kind.MUST_NOT_PUNISH || o.kind() == Kind.MAY_NOT_PUNISH, o.education(),
                "education (art. 33 ¶3) comes with not punishing");
    }

    @Test
    void the_table_has_at_least_forty_rows_reaching_every_outcome() {
        assertTrue(ROWS.size() >= 40, ROWS.size() + " rows");
        Set<Kind> reached = EnumSet.noneOf(Kind.class);
        ROWS.forEach(r -> reached.add(r.kind));
        assertEquals(EnumSet.allOf(Kind.class), reached);
    }

    @Test
    void the_lower_outcome_is_kept_as_what_applies_if_the_authority_punishes() {
        Outcome o = ExemptionRules.decide(given().item("可以不予处罚").person(15).facts(),
                given().item("可以不予处罚").person(15).situation(), TODAY);
        assertEquals(Kind.MAY_NOT_PUNISH, o.kind());
        assertEquals(1, o.also().size());
        assertEquals(Kind.MUST_MITIGATE, o.also().get(0).kind());
        assertEquals(Article.A30_MINOR, o.also().get(0).articles().get(0));
    }

    @Test
    void a_no_penalty_outcome_from_an_item_cites_the_law_and_the_item() {
        Outcome o = ExemptionRules.decide(given().facts(), given().situation(), TODAY);
        assertEquals(List.of(Article.A33_MINOR.cite(), ITEM), o.articles().stream().map(Article::cite).toList());
    }

    @Test
    void a_cautious_area_and_a_missing_date_are_flagged() {
        Outcome o = ExemptionRules.decide(given().area("应急管理/安全生产").facts(), given().situation(), TODAY);
        assertTrue(o.cautions().stream().anyMatch(c -> c.contains("审慎适用")), o.cautions().toString());
        assertTrue(o.cautions().stream().anyMatch(c -> c.contains("未填写违法行为发生日期")), o.cautions().toString());
        Outcome plain = ExemptionRules.decide(given().facts(), given().act("2026-01-01").situation(), TODAY);
        assertTrue(plain.cautions().isEmpty(), plain.cautions().toString());
    }

    @Test
    void an_ongoing_continuing_act_is_flagged_as_not_yet_counting() {
        Case c = given().continuing("2019-01-01", null);
        Outcome o = ExemptionRules.decide(c.facts(), c.situation(), TODAY);
        assertTrue(o.cautions().stream().anyMatch(x -> x.contains("仍在继续")), o.cautions().toString());
    }

    @Test
    void not_applicable_because_of_the_item_still_shows_what_the_law_gives() {
        Case c = given().unmet(2).person(16);
        Outcome o = ExemptionRules.decide(c.facts(), c.situation(), TODAY);
        assertEquals(Kind.MUST_MITIGATE, o.kind());
        assertFalse(o.unmet().isEmpty(), "the unmet condition is still reported");
    }
}
