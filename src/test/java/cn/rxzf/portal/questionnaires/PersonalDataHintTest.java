package cn.rxzf.portal.questionnaires;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The personal-data hint flags phone and ID numbers and e-mail addresses, full-width too, and not dates or hotlines. */
class PersonalDataHintTest {
    @Test
    void phone_id_credit_code_and_email_are_flagged() {
        for (String text : List.of("有事打我电话13812345678", "手机 139 1234 5678", "座机0571-87654321",
                "身份证号33010219900101123X", "统一社会信用代码91330100MA2AXXXX1B", "邮箱 zhang.san@example.cn",
                "电话１３８１２３４５６７８")) {
            assertTrue(PersonalDataHint.flags(text), text);
        }
    }

    @Test
    void ordinary_suggestions_are_not_flagged() {
        for (String text : List.of("希望多做事前指导", "2026年11月检查时态度很好", "请公布12345热线的办理结果",
                "第3次检查后才整改，罚款2000元太重")) {
            assertFalse(PersonalDataHint.flags(text), text);
        }
    }
}
