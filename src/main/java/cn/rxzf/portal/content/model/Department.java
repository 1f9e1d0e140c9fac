package cn.rxzf.portal.content.model;

/**
 * A department: one folder of {@code content/departments/}, whose name is its code. {@code region} (地区, e.g.
 * 广东省江门市) and {@code level} (层级, one of {@link #LEVELS}) are null when the file does not give them. Pages name
 * a department by its full {@code name} only, so that it reads the same everywhere; {@code shortName} (简称) is read
 * from the file but never shown in its place.
 */
public record Department(String code, String name, String shortName, String duties, String phone,
                         String address, String website, int order, String bodyHtml, String path, String region,
                         String level) {
    public static final java.util.List<String> LEVELS = java.util.List.of("国家级", "省级", "地市级", "县区级");

    public String url() {
        return "/departments/" + code + "/";
    }
}
