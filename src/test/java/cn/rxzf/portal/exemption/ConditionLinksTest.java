package cn.rxzf.portal.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.exemption.ConditionLinks.Kind;
import cn.rxzf.portal.exemption.ConditionLinks.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which item conditions (wordings from the published lists) ask a law question, and in which direction. */
class ConditionLinksTest {
    static Link link(String condition, Questions.Question q) {
        return ConditionLinks.find(ConditionLinks.of(List.of(condition)), q);
    }

    @Test
    void the_laws_own_words_are_the_same_fact_both_ways() {
        for (String c : List.of("初次违法", "（1）属于首次违法；", "（1）属于两年内首次违法；", "2.初次违法;")) {
            Link l = link(c, Questions.FIRST);
            assertEquals(Kind.SAME, l.kind(), c);
            assertTrue(l.replacesQuestion(), c);
        }
        for (String c : List.of("及时改正", "2.及时改正", "在税务机关发现前主动改正或者在税务机关责令限期改正的期限内改正",
                "立即自行改正或在行政机关责令改正的期限内改正")) {
            assertTrue(link(c, Questions.CORRECTED).replacesQuestion(), c);
        }
        assertTrue(link("违法行为轻微", Questions.MINOR).replacesQuestion());
    }

    @Test
    void first_discovery_is_not_a_first_violation() {
        for (String c : List.of("首次被发现", "首次被发现实施此类违法行为", "首次发生清单中所列事项", "首查", "首次违反")) {
            Link l = link(c, Questions.FIRST);
            assertEquals(Kind.DIFFERENT, l.kind(), c);
            assertNull(l.settled(true), c);
            assertNull(l.settled(false), c);
            assertTrue(l.note().contains("分开问"), c);
        }
    }

    @Test
    void harm_settles_only_what_the_words_settle() {
        Link none = link("没有造成危害后果", Questions.HARM);
        assertEquals("none", none.settled(true));
        assertNull(none.settled(false), "not met: minor or serious, still asked");
        Link slight = link("危害后果轻微", Questions.HARM);
        assertNull(slight.settled(true), "met: none or minor (the law treats them apart), still asked");
        assertEquals("serious", slight.settled(false));
    }

    @Test
    void a_condition_with_more_in_it_settles_only_when_met() {
        String c = "（2）在责令改正期限内改正违法行为，危害后果轻微。";
        Link corrected = link(c, Questions.CORRECTED);
        assertEquals(Kind.WHEN_MET, corrected.kind());
        assertEquals("yes", corrected.settled(true));
        assertNull(corrected.settled(false), "another part may have failed");
        Link harm = link("危害后果轻微（造成不可挽回的税费损失或者较大社会影响的，不能认定为“危害后果轻微”）", Questions.HARM);
        assertEquals(Kind.WHEN_MET, harm.kind(), "the list's gloss narrows, it does not negate");
        assertNull(harm.settled(false));
        assertEquals(Kind.DIFFERENT, link("未及时改正的除外", Questions.CORRECTED).kind(), "a negation is not the fact");
        assertNull(link("近三年未发生人员死亡、重伤生产安全事故", Questions.FIRST));
    }
}
