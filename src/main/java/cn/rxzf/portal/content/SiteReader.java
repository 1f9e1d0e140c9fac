package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Site;

final class SiteReader {
    static final int MAX_EXAMPLES = 6;
    static final int MAX_EXAMPLE_LENGTH = 20;

    private SiteReader() {}

    static Site read(ReadContext r) {
        Fields f = r.fields;
        String base = f.url("网址");
        if (!f.has("网址")) f.text("网址", true);
        if (base != null && Site.hostOf(base) == null) {
            f.problem(f.line("网址"), "“网址”不是有效的网址（应如 https://rxzf.example.gov.cn）");
        } else if (base != null && base.endsWith("/")) {
            f.problem(f.line("网址"), "“网址”末尾不要加 /");
        }
        java.util.List<String> examples = f.texts("搜索示例", false);
        if (examples.size() > MAX_EXAMPLES) f.problem(f.line("搜索示例"), "“搜索示例”最多 " + MAX_EXAMPLES + " 个，实有 " + examples.size() + " 个");
        for (String e : examples) {
            if (e.codePointCount(0, e.length()) > MAX_EXAMPLE_LENGTH) {
                f.problem(f.line("搜索示例"), "搜索示例“" + e + "”太长：每个不超过 " + MAX_EXAMPLE_LENGTH + " 字");
            }
        }
        Site site = new Site(f.text("站点名称", true), f.text("主办单位", true), base, f.text("简介", false),
                f.text("联系方式", false), f.text("备案号", false), f.text("网站标识码", false), f.text("公安备案号", false),
                java.util.List.copyOf(examples));
        f.finish();
        return site;
    }
}
