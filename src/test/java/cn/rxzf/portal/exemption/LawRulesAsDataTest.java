package cn.rxzf.portal.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.exemption.Outcome.Kind;
import cn.rxzf.portal.exemption.Situation.Harm;
import cn.rxzf.portal.exemption.Situation.Party;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The law data decides: a site whose {@code law/} files say something else gets another answer from the same engine,
 * and a rule is applied only on the days its version is in force. Each case is run on the published
 * {@code content/law/} and on a copy with one line changed.
 */
class LawRulesAsDataTest {
    static final LocalDate TODAY = TestSite.TODAY;

    @TempDir
    Path dir;

    /** The rules of content/law/ with {@code from} replaced by {@code to} in {@code file}. */
    Rulebook edited(String file, String from, String to) throws Exception {
        TestSite site = TestSite.minimal(dir).withLaw();
        Path f = site.content.resolve("law/" + file);
        String text = Files.readString(f);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(f, text.replace(from, to));
        var r = new ContentLoader(site.content, TODAY).load();
        assertTrue(r.ok(), r.problems().sorted().toString());
        return Rulebook.of(r.content().laws.values());
    }

    static Situation act(boolean first, Harm harm, String actDate, String found) {
        return new Situation(List.of(), Party.ORGANISATION, null, null, first, true, harm, false, false, Set.of(),
                actDate == null ? null : LocalDate.parse(actDate), actDate == null ? null : false, null,
                found == null ? null : LocalDate.parse(found), actDate == null ? null : false, false, null, null, null,
                null);
    }

    @Test
    void a_period_changed_in_the_law_file_changes_the_answer() throws Exception {
        Situation s = act(false, Harm.SERIOUS, "2023-01-01", "2025-06-01");
        Outcome published = ExemptionRules.decide(ExemptionRulesTest.BOOK, null, s, TODAY);
        assertEquals(Kind.TIME_BARRED, published.kind());
        assertEquals(LocalDate.parse("2025-01-01"), published.limitation().lastDay());

        Rulebook threeYears = edited("xingzheng-chufa.yaml", "期限: 二年", "期限: 三年");
        Outcome o = ExemptionRules.decide(threeYears, null, s, TODAY);
        assertEquals(Kind.NOT_APPLICABLE, o.kind());
        assertEquals(3, o.limitation().years());
        assertEquals(LocalDate.parse("2026-01-01"), o.limitation().lastDay());
        assertTrue(o.trace().get(0).result().contains("未超过三年"), o.trace().get(0).result());
    }

    @Test
    void an_outcome_changed_in_the_law_file_changes_the_answer() throws Exception {
        Situation s = act(true, Harm.MINOR, null, null);
        assertEquals(Kind.MAY_NOT_PUNISH, ExemptionRules.decide(ExemptionRulesTest.BOOK, null, s, TODAY).kind());

        Rulebook mandatory = edited("xingzheng-chufa.yaml", "危害后果: [没有, 轻微]\n        结果: 可以不予",
                "危害后果: [没有, 轻微]\n        结果: 应当不予");
        Outcome o = ExemptionRules.decide(mandatory, null, s, TODAY);
        assertEquals(Kind.MUST_NOT_PUNISH, o.kind());
        assertEquals("《中华人民共和国行政处罚法》第三十三条第一款第二句", o.article().cite());
    }

    @Test
    void a_rule_is_applied_only_while_its_version_is_in_force() throws Exception {
        // the 2017 version (in force until 2021-07-15) given a one-year period for the test
        Rulebook oneYear = edited("xingzheng-chufa-2017.yaml", "期限: 二年", "期限: 一年");
        Situation before = act(false, Harm.SERIOUS, "2020-03-01", "2021-06-01");
        Outcome o = ExemptionRules.decide(oneYear, null, before, TODAY);
        assertEquals(Kind.TIME_BARRED, o.kind(), "an act of 2020 is judged by the version in force then");
        assertEquals(1, o.limitation().years());
        assertEquals(Kind.NOT_APPLICABLE, ExemptionRules.decide(ExemptionRulesTest.BOOK, null, before, TODAY).kind());

        Situation after = act(false, Harm.SERIOUS, "2022-03-01", "2023-06-01");
        Outcome later = ExemptionRules.decide(oneYear, null, after, TODAY);
        assertEquals(Kind.NOT_APPLICABLE, later.kind(), "the 2017 rule is not applied to an act after 2021-07-15");
        assertEquals(2, later.limitation().years());
        assertFalse(later.trace().get(0).article().cite().contains("2017"), later.trace().get(0).article().cite());
    }

    @Test
    void a_later_lighter_rule_applies_to_an_earlier_act() throws Exception {
        // art. 37: the current version given a one-year period is lighter than the 2017 version's two years
        Rulebook lighter = edited("xingzheng-chufa.yaml", "        期限: 二年", "        期限: 一年");
        Outcome o = ExemptionRules.decide(lighter, null, act(false, Harm.SERIOUS, "2020-03-01", "2021-06-01"), TODAY);
        assertEquals(Kind.TIME_BARRED, o.kind());
        assertEquals(1, o.limitation().years());
        assertTrue(o.trace().get(0).result().contains("第三十七条"), o.trace().get(0).result());
    }

    @Test
    void a_displacement_comes_from_the_data() throws Exception {
        Situation tax = new Situation(List.of(), Party.ORGANISATION, null, null, false, true, Harm.SERIOUS, false,
                false, Set.of(), LocalDate.parse("2022-01-01"), false, null, LocalDate.parse("2025-01-01"), false,
                false, Situation.Field.TAX, null, null, null);
        assertEquals(Kind.NOT_APPLICABLE, ExemptionRules.decide(ExemptionRulesTest.BOOK, null, tax, TODAY).kind(),
                "five years for tax");
        Rulebook noTaxRule = edited("shuishou-zhengshou-guanli.yaml", """
                    规则:
                      - 出处: 全条
                        领域: 税收
                        结果: 不再处罚
                        期限: 五年
                """, "");
        Outcome o = ExemptionRules.decide(noTaxRule, null, tax, TODAY);
        assertEquals(Kind.TIME_BARRED, o.kind(), "without the tax law's rule, art. 36's two years");
    }

    @Test
    void without_law_data_the_check_gives_nothing_and_says_so() {
        Outcome o = ExemptionRules.decide(Rulebook.of(List.of()), null, act(true, Harm.NONE, "2025-01-01", null), TODAY);
        assertEquals(Kind.NOT_APPLICABLE, o.kind(), "no rule in the data, no outcome from the engine");
        assertTrue(o.cautions().stream().anyMatch(c -> c.contains("没有适用的追责期限规定")), o.cautions().toString());
    }
}
