package cn.rxzf.portal.creditrepair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.model.CreditRules;
import cn.rxzf.portal.creditrepair.Eligibility.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The eligibility rules, read from the real rules file, at and around every boundary date of every class. */
class EligibilityTest {
    static CreditRules rules;
    static java.util.Map<String, cn.rxzf.portal.content.model.Law> laws;
    static final LocalDate DECIDED = LocalDate.of(2025, 8, 31);

    @BeforeAll
    static void load() {
        var r = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        assertTrue(r.ok(), r.problems().sorted().toString());
        rules = r.content().creditRules;
        laws = r.content().laws;
    }

    @ParameterizedTest(name = "{0} decided 2025-08-31, asked {1} → {2}")
    @CsvSource({
            // 《民法典》201–202: the decision day is not counted; a period ends on the corresponding day (month end
            // when none) and that last day still belongs to it.
            // 轻微: no minimum; the maximum of 3 months ends on 2025-11-30, still published that day
            "轻微, 2025-08-31, ELIGIBLE",
            "轻微, 2025-11-30, ELIGIBLE",
            "轻微, 2025-12-01, NOT_NEEDED",
            // 一般: minimum ends 2025-11-30 (repair from 2025-12-01), maximum ends 2026-08-31
            "一般, 2025-11-30, NOT_YET",
            "一般, 2025-12-01, ELIGIBLE",
            "一般, 2026-08-31, ELIGIBLE",
            "一般, 2026-09-01, NOT_NEEDED",
            // 严重: minimum ends 2026-08-31 (repair from 2026-09-01), maximum ends 2028-08-31
            "严重, 2026-08-31, NOT_YET",
            "严重, 2026-09-01, ELIGIBLE",
            "严重, 2028-08-31, ELIGIBLE",
            "严重, 2028-09-01, NOT_NEEDED",
    })
    void the_publicity_periods_decide(String className, LocalDate today, Verdict expected) {
        var r = Eligibility.check(rules, laws, new Eligibility.Facts(className, DECIDED, true, true), today);
        assertEquals(expected, r.verdict(), r.reasons().toString());
    }

    @Test
    void not_yet_names_the_first_date() {
        var r = Eligibility.check(rules, laws, new Eligibility.Facts("严重", DECIDED, true, true), LocalDate.of(2026, 1, 1));
        assertEquals(Verdict.NOT_YET, r.verdict());
        assertEquals(LocalDate.of(2026, 9, 1), r.earliest());
        assertEquals(LocalDate.of(2026, 8, 31), r.minLastDay());
        assertTrue(r.reasons().get(0).contains("最早可于 2026-09-01 申请修复"), r.reasons().toString());
    }

    @Test
    void unperformed_obligations_or_uncorrected_conduct_are_not_eligible_whatever_the_date() {
        var unpaid = Eligibility.check(rules, laws, new Eligibility.Facts("一般", DECIDED, true, false), LocalDate.of(2026, 3, 1));
        assertEquals(Verdict.NOT_ELIGIBLE, unpaid.verdict());
        assertTrue(unpaid.reasons().get(0).contains("履行"));
        var uncorrected = Eligibility.check(rules, laws, new Eligibility.Facts("一般", DECIDED, false, true), LocalDate.of(2026, 3, 1));
        assertEquals(Verdict.NOT_ELIGIBLE, uncorrected.verdict());
        var both = Eligibility.check(rules, laws, new Eligibility.Facts("严重", DECIDED, false, false), LocalDate.of(2025, 9, 1));
        assertEquals(3, both.reasons().size(), "both conditions, and the first date the period allows");
    }

    @Test
    void an_ended_publicity_with_obligations_open_follows_the_departments_rules() {
        var r = Eligibility.check(rules, laws, new Eligibility.Facts("一般", DECIDED, false, false), LocalDate.of(2026, 9, 1));
        assertEquals(Verdict.DEPARTMENT_RULES, r.verdict());
        assertTrue(String.join("", r.reasons()).contains("按照行业主管部门有关规定执行"), r.reasons().toString());
        var done = Eligibility.check(rules, laws, new Eligibility.Facts("一般", DECIDED, true, true), LocalDate.of(2026, 9, 1));
        assertEquals(Verdict.NOT_NEEDED, done.verdict());
    }

    @Test
    void the_trace_gives_each_periods_last_day_with_the_civil_code_article() {
        var r = Eligibility.check(rules, laws, new Eligibility.Facts("一般", LocalDate.of(2025, 11, 30), true, true),
                LocalDate.of(2026, 1, 1));
        assertTrue(r.trace().stream().anyMatch(st -> st.rule().cite().contains("第二百零一条")
                && st.result().contains("2025-12-01")), r.trace().toString());
        assertTrue(r.trace().stream().anyMatch(st -> st.rule().cite().contains("第二百零二条")
                && st.result().contains("2026-02-28") && st.result().contains("月末日")), r.trace().toString());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"91350100M000100Y43, true", "91350100M000100Y4Z, false", "91350100M000100Y4, false",
            "91350100M000100Y430, false", "9135010OM000100Y43, false", "91110000100000000A, false",
            "91110000MA01ABCD1X, false"})
    void the_unified_code_check_character(String code, boolean valid) {
        assertEquals(valid, UnifiedCode.isValid(code));
    }

    @Test
    void codes_are_normalised_before_checking() {
        assertTrue(UnifiedCode.isValid(UnifiedCode.normalise(" 91350100m000100y43 ")));
        assertFalse(UnifiedCode.isValid(UnifiedCode.normalise(null)));
    }

    @Test
    void the_civil_code_is_quoted_from_the_law_data_not_from_the_code() {
        var law = laws.get(Eligibility.CIVIL_CODE);
        var edited = new cn.rxzf.portal.content.model.Law(law.id(), law.name(), law.effective(), law.until(), law.revisedAs(),
                law.source(), law.provisions().stream().map(p -> !p.id().equals("a201") ? p
                        : new cn.rxzf.portal.content.model.Law.Provision(p.id(), p.number(),
                                java.util.List.of("（测试用条文）开始的当日不计入。"), p.displaces(), p.note(), p.rules(), p.line()))
                        .toList(), law.path(), law.datesLine());
        var r = Eligibility.check(rules, java.util.Map.of(law.id(), edited),
                new Eligibility.Facts("一般", DECIDED, true, true), LocalDate.of(2026, 1, 1));
        assertTrue(r.trace().stream().anyMatch(st -> st.rule().text().equals("（测试用条文）开始的当日不计入。")), r.trace().toString());
        var none = Eligibility.check(rules, java.util.Map.of(), new Eligibility.Facts("一般", DECIDED, true, true),
                LocalDate.of(2026, 1, 1));
        assertTrue(none.trace().stream().anyMatch(st -> st.rule().cite().equals("《中华人民共和国民法典》第二百零一条")),
                "without the law data the article is still cited");
    }
}
