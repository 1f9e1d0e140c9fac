package cn.rxzf.portal.content.model;

/**
 * Site-wide facts from {@code site.yaml}. {@code siteIdCode} is the 网站标识码 of the government-site register,
 * {@code icp} the ICP filing and {@code psb} the public-security filing; each is shown only when set.
 * {@code searchExamples} (搜索示例): what the search box and the search page suggest typing, words that find an item
 * in this content; empty when none are set.
 */
public record Site(String title, String owner, String baseUrl, String intro, String contact, String icp,
                   String siteIdCode, String psb, java.util.List<String> searchExamples) {
    /** The host of {@link #baseUrl}: the {@code SiteDomain} of the government-site metadata. */
    public String domain() {
        return java.net.URI.create(baseUrl).getHost();
    }
}
