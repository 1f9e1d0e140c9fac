package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.FormTemplate;

final class FormReader {
    private FormReader() {}

    static FormTemplate read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String department = r.department(folderCode);
        String methodId = f.id("执法方式", false);
        r.refer(Reference.Kind.METHOD, methodId, "执法方式");
        FormTemplate t = new FormTemplate(r.source.id(), department, f.text("标题", true), f.text("文书类型", true),
                methodId, r.bodyHtml(), r.source.displayPath());
        f.finish();
        return t;
    }
}
