package cn.rxzf.portal.content.model;

/** A free-standing site page such as the editors' guide. */
public record Page(String id, String title, int order, String bodyHtml, String path) {

    public String url() {
        return "/pages/" + id + "/";
    }
}
