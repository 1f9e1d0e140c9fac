package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.AdoptionReport;

final class AdoptionReader {
    private AdoptionReader() {}

    static AdoptionReport read(ReadContext r, String folderCode) {
        Fields f = r.fields;
        String department = r.department(folderCode);
        String draftId = f.id("征求意见稿", true);
        if (draftId != null && !draftId.equals(r.source.id())) {
            f.problem(f.line("征求意见稿"), "文件名应与“征求意见稿”相同：" + draftId + ".md");
        }
        r.refer(Reference.Kind.DRAFT, draftId, "征求意见稿");
        int total = count(f, "意见总数");
        int adopted = count(f, "采纳");
        int partly = count(f, "部分采纳");
        int not = count(f, "未采纳");
        if (adopted + partly + not > total) {
            f.problem(f.line("意见总数"), "采纳、部分采纳、未采纳之和（" + (adopted + partly + not) + "）超过意见总数（" + total + "）");
        }
        AdoptionReport report = new AdoptionReport(draftId, department, f.date("公布日期", true), total, adopted,
                partly, not, r.bodyHtml(), r.source.displayPath());
        f.finish();
        return report;
    }

    private static int count(Fields f, String key) {
        Integer n = f.integer(key);
        if (n == null) {
            if (!f.has(key)) f.problem(f.line(), "缺少必填字段“" + key + "”");
            return 0;
        }
        if (n < 0) f.problem(f.line(key), "“" + key + "”不能为负数");
        return Math.max(0, n);
    }
}
