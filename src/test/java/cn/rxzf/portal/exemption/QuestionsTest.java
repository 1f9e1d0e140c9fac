package cn.rxzf.portal.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an item's conditions are asked. */
class QuestionsTest {
    private static Questions.Question condition(List<String> conditions, int n) {
        return Questions.forItem(conditions, true).stream().filter(g -> g.id().equals("conditions")).findFirst()
                .orElseThrow().questions().get(n - 1);
    }

    @Test
    void an_items_check_asks_first_whether_the_item_is_the_act() {
        List<Questions.Group> groups = Questions.forItem(List.of("首次发现"), true);
        assertEquals(List.of(Questions.FITS), groups.get(0).questions(), "the confirmation, before the conditions");
        assertTrue(Questions.forItem(List.of(), false).stream().noneMatch(g -> g.questions().contains(Questions.FITS)),
                "not asked on the law's check without an item");
    }

    @Test
    void an_exception_written_as_a_condition_is_asked_the_way_round_a_person_answers_it() {
        // 无证无照经营查处办法-style wording from a real list (sj-yh2020-01): 符合/不符合 made no sense to a reader.
        List<String> conditions = List.of("无照经营持续时间未满六个月的", "依法由许可审批部门查处的除外");
        Questions.Question q = condition(conditions, 2);
        assertEquals("c2", q.name());
        assertTrue(q.label().contains("是否属于“依法由许可审批部门查处”的情形"), q.label());
        assertTrue(q.hint().contains("属于该情形的，本事项不适用"), q.hint());
        // "yes" still means the condition is met (old links and the scenario tables keep their meaning).
        assertEquals("yes", q.options().get(0).value());
        assertEquals("不属于", q.options().get(0).label());
        assertEquals("属于", q.labelOf("no"));
        String clause = "违法行为在两年内未被发现的，法律另有规定的除外";
        assertEquals("条件 1：" + clause, condition(List.of(clause), 1).label(), "a condition with an exception in it");
        Questions.Question plain = condition(conditions, 1);
        assertEquals("条件 1：无照经营持续时间未满六个月的", plain.label());
        assertEquals("符合", plain.labelOf("yes"));
    }
}
