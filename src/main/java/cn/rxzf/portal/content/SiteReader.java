package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Site;

final class SiteReader {
    private SiteReader() {}

    static Site read(ReadContext r) {
        Fields f = r.fields;
        String base = f.url("网址");
        if (!f.has("网址")) f.text("网址", true);
        if (base != null && base.endsWith("/")) {
            f.problem(f.line("网址"), "“网址”末尾不要加 /");
        }
        Site site = new Site(f.text("站点名称", true), f.text("主办单位", true), base, f.text("简介", false),
                f.text("联系方式", false), f.text("备案号", false), f.text("网站标识码", false), f.text("公安备案号", false));
        f.finish();
        return site;
    }
}
