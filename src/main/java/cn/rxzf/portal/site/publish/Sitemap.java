package cn.rxzf.portal.site.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitemap.xml}: one file while the site has at most {@value #PER_FILE} pages, else a sitemap index with
 * numbered parts (the protocol allows 50,000 URLs per file). URLs are ASCII and need no escaping beyond {@code &}.
 */
public final class Sitemap {
    static final int PER_FILE = 45_000;

    private Sitemap() {}

    /** File name → bytes; {@code urls} are site paths such as {@code /items/x/}. */
    public static List<java.util.Map.Entry<String, byte[]>> files(String baseUrl, List<String> urls) {
        List<java.util.Map.Entry<String, byte[]>> out = new ArrayList<>();
        if (urls.size() <= PER_FILE) {
            out.add(java.util.Map.entry("sitemap.xml", urlset(baseUrl, urls)));
            return out;
        }
        StringBuilder index = new StringBuilder(header()).append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int part = 0; part * PER_FILE < urls.size(); part++) {
            String name = "sitemap-" + (part + 1) + ".xml";
            out.add(java.util.Map.entry(name, urlset(baseUrl, urls.subList(part * PER_FILE,
                    Math.min(urls.size(), (part + 1) * PER_FILE)))));
            index.append("  <sitemap><loc>").append(escape(baseUrl + "/" + name)).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        out.add(0, java.util.Map.entry("sitemap.xml", index.toString().getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static byte[] urlset(String baseUrl, List<String> urls) {
        StringBuilder sb = new StringBuilder(header()).append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String u : urls) sb.append("  <url><loc>").append(escape(baseUrl + u)).append("</loc></url>\n");
        return sb.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
