package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Page;

final class PageReader {
    private PageReader() {}

    static Page read(ReadContext r) {
        Fields f = r.fields;
        Integer order = f.integer("排序");
        Page p = new Page(r.source.id(), f.text("标题", true), order == null ? 1000 : order, r.bodyHtml(),
                r.source.displayPath());
        f.finish();
        return p;
    }
}
