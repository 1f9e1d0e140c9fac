package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Law;
import cn.rxzf.portal.content.model.Law.Provision;
import cn.rxzf.portal.content.model.Law.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code law/<id>.yaml}: a law's name, dates, source, verbatim provisions and their rules ({@link LawRuleReader}). */
final class LawReader {
    static final Pattern REFERENCE = Pattern.compile("[a-z0-9][a-z0-9-]*#[a-z0-9][a-z0-9-]*");

    private LawReader() {}

    static Law read(ReadContext r, String id) {
        Fields f = r.fields;
        String name = f.text("名称", true);
        LocalDate effective = f.date("施行日期", true);
        LocalDate until = f.date("失效日期", false);
        String revisedAs = f.id("修订后", false);
        String source = f.url("来源");
        if (effective != null && until != null && !until.isAfter(effective)) {
            f.problem(f.line("失效日期"), "“失效日期”应晚于“施行日期”");
        }
        List<Provision> provisions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields p : f.objects("条文", true)) {
            String pid = p.id("id", true);
            String number = p.text("条", true);
            List<String> paragraphs = p.texts("款", true);
            List<String> displaces = p.texts("排除适用", false);
            String note = p.text("说明", false);
            List<Rule> rules = new ArrayList<>();
            for (Fields rule : p.objects("规则", false)) rules.add(LawRuleReader.read(rule, paragraphs));
            p.finish();
            for (String d : displaces) {
                if (!REFERENCE.matcher(d).matches()) {
                    p.problem(p.line("排除适用"), "“排除适用”应写作 法律id#条文id，例如 xingzheng-chufa#a36");
                }
            }
            if (pid != null && !ids.add(pid)) p.problem(p.line("id"), "条文 id“" + pid + "”重复");
            if (pid != null) provisions.add(new Provision(pid, number, paragraphs, displaces, note, rules, p.line()));
        }
        f.finish();
        return new Law(id, name, effective, until, revisedAs, source, provisions, r.source.displayPath(),
                f.line("施行日期"));
    }
}
