package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.CreditRules;
import cn.rxzf.portal.content.model.CreditRules.CreditClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code credit/rules.yaml}. */
final class CreditRulesReader {
    private CreditRulesReader() {}

    static CreditRules read(ReadContext r) {
        Fields f = r.fields;
        String basis = f.text("依据", true);
        int acceptance = positive(f, "受理时限");
        int decision = positive(f, "办理时限");
        List<CreditClass> classes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Fields c : f.objects("类别", true)) {
            String name = c.text("名称", true);
            Integer min = c.integer("最短公示期");
            Integer max = c.integer("最长公示期");
            String note = c.text("说明", false);
            c.finish();
            if (min == null || max == null) {
                c.problem(c.line(), "类别须有“最短公示期”和“最长公示期”（月）");
                continue;
            }
            if (min < 0 || max <= 0 || min > max) c.problem(c.line("最短公示期"), "公示期应满足 0 ≤ 最短 ≤ 最长，且最长大于 0");
            if (name != null && !names.add(name)) c.problem(c.line("名称"), "类别“" + name + "”重复");
            if (name != null) classes.add(new CreditClass(name, min, max, note));
        }
        f.finish();
        if (decision < acceptance) f.problem(f.line("办理时限"), "“办理时限”不能短于“受理时限”");
        return new CreditRules(basis, acceptance, decision, List.copyOf(classes));
    }

    private static int positive(Fields f, String key) {
        Integer n = f.integer(key);
        if (n == null) {
            if (!f.has(key)) f.problem(f.line(), "缺少必填字段“" + key + "”");
            return 1;
        }
        if (n <= 0) f.problem(f.line(key), "“" + key + "”应为正整数（工作日）");
        return Math.max(1, n);
    }
}
