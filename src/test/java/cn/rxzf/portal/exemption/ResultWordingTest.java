package cn.rxzf.portal.exemption;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.exemption.Outcome.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every pair of answer and item 处理结果 has its one sentence, and the ones that read as contradictions say why not. */
class ResultWordingTest {
    static final List<String> OUTCOMES = List.of("不予处罚", "可以不予处罚", "从轻处罚", "减轻处罚", "不予行政强制");

    @Test
    void every_pair_has_one_sentence_naming_the_lists_word() {
        for (String item : OUTCOMES) {
            for (Kind kind : Kind.values()) {
                for (boolean applied : new boolean[] {true, false}) {
                    String s = ResultWording.of(item, kind, applied);
                    assertTrue(s.startsWith("清单写的是“" + item + "”"), s);
                    assertTrue(s.endsWith("。") && s.indexOf('。') == s.length() - 1, "one sentence: " + s);
                }
            }
        }
    }

    @Test
    void a_mandatory_answer_on_a_may_item_says_the_law_is_mandatory_and_the_list_can_only_add() {
        String s = ResultWording.of("可以不予处罚", Kind.MUST_NOT_PUNISH, true);
        assertTrue(s.contains("并不矛盾") && s.contains("强制性") && s.contains("只能"), s);
        assertTrue(ResultWording.of("从轻处罚", Kind.MUST_NOT_PUNISH, true).contains("不能减少法律给予的"));
        assertTrue(ResultWording.of("可以不予处罚", Kind.MAY_NOT_PUNISH, true).contains("一致"));
        assertTrue(ResultWording.of("可以不予处罚", Kind.MAY_NOT_PUNISH, false).contains("没有适用"),
                "a condition not met: the law's own 可以不予, not the list's");
    }
}
