package cn.rxzf.portal.content.model;

/** A department: one folder of {@code content/departments/}, whose name is its code. */
public record Department(String code, String name, String shortName, String duties, String phone,
                         String address, String website, int order, String bodyHtml, String path) {

    public String label() {
        return shortName != null ? shortName : name;
    }

    public String url() {
        return "/departments/" + code + "/";
    }
}
