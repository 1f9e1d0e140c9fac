package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Procedure;
import cn.rxzf.portal.content.model.Step;
import java.util.ArrayList;
import java.util.List;

/** Reads methods ({@code folderCode} null) and department procedures: both are numbered steps. */
final class ProcedureReader {
    private ProcedureReader() {}

    static Procedure read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String department = folderCode == null ? null : r.department(folderCode);
        String methodId = folderCode == null ? null : f.id("执法方式", false);
        r.refer(Reference.Kind.METHOD, methodId, "执法方式");
        List<Step> steps = new ArrayList<>();
        for (Fields s : f.objects("步骤", true)) {
            String stage = s.oneOf("阶段", Step.STAGES, true);
            String text = s.text("内容", true);
            s.finish();
            if (stage != null && text != null) steps.add(new Step(stage, text));
        }
        List<String> forms = f.texts("文书", false);
        r.referAll(Reference.Kind.FORM, forms, "文书");
        Procedure p = new Procedure(r.source.id(), department, f.text("名称", true), f.text("概述", true), methodId,
                f.text("依据", false), List.copyOf(steps), forms, r.bodyHtml(), r.source.displayPath());
        f.finish();
        return p;
    }
}
