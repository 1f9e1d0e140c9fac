package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Department;

final class DepartmentReader {
    private DepartmentReader() {}

    static Department read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String code = r.department(folderCode);
        Integer order = f.integer("排序");
        Department d = new Department(code, f.text("名称", true), f.text("简称", false), f.text("职责", true),
                f.text("联系电话", true), f.text("地址", false), f.url("网站"), order == null ? 1000 : order,
                r.bodyHtml(), r.source.displayPath(), f.text("地区", false), f.oneOf("层级", Department.LEVELS, false));
        f.finish();
        return d;
    }
}
