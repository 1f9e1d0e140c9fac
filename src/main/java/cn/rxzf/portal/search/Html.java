package cn.rxzf.portal.search;

import java.util.regex.Pattern;

/** Plain text from the rendered (trusted, escaped) Markdown HTML of content, and escaping for snippets. */
final class Html {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Html() {}

    static String text(String html) {
        if (html == null || html.isEmpty()) return "";
        String t = TAG.matcher(html).replaceAll(" ");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return SPACE.matcher(t).replaceAll(" ").trim();
    }

    static void escape(CharSequence s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
