package cn.rxzf.portal.content.model;

/**
 * Site-wide facts from {@code site.yaml}. {@code siteIdCode} is the 网站标识码 of the government-site register,
 * {@code icp} the ICP filing and {@code psb} the public-security filing; each is shown only when set.
 * {@code searchExamples} (搜索示例): what the search box and the search page suggest typing, words that find an item
 * in this content; empty when none are set. {@code domain} is the host of {@code baseUrl}: the {@code SiteDomain} of the
 * government-site metadata, shown on every page (parsed once here, not per page).
 */
public record Site(String title, String owner, String baseUrl, String intro, String contact, String icp,
                   String siteIdCode, String psb, java.util.List<String> searchExamples, String domain) {
    public Site(String title, String owner, String baseUrl, String intro, String contact, String icp,
                String siteIdCode, String psb, java.util.List<String> searchExamples) {
        this(title, owner, baseUrl, intro, contact, icp, siteIdCode, psb, searchExamples, hostOf(baseUrl));
    }

    /** The host of {@code url}; null when there is none or it is not a URI. */
    public static String hostOf(String url) {
        if (url == null) return null;
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
