package cn.rxzf.portal.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown bodies to HTML. Raw HTML in content is escaped (departments write text, not markup); tables are on; a
 * newline is a newline, not {@code <br>} (jbake's default); headings are shifted below the page's own {@code <h1>}.
 * Links and images (inline, reference definitions, autolinks) may point only to {@link #ALLOWED_SCHEMES} or to a
 * path of the site; anything else ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code //host} …) is a
 * problem reported on its line.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** A URL scheme as browsers read one (RFC 3986: a letter, then letters, digits, {@code + - .}, then a colon). */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    /** A link whose target is not allowed: its line in the Markdown (1-based) and the target as written. */
    public interface BadLinks {
        void found(int line, String target);
    }

    /** Thread-safe: flexmark's parser and renderer keep no state between calls. */
    public String toHtml(String markdown) {
        return toHtml(markdown, (line, target) -> { });
    }

    /** The HTML of {@code markdown}; each link or image target that is not allowed goes to {@code bad}. */
    public String toHtml(String markdown, BadLinks bad) {
        if (markdown == null || markdown.isBlank()) return "";
        Document doc = parser.parse(markdown);
        shiftHeadings(doc);
        checkLinks(doc, bad);
        return renderer.render(doc);
    }

    /**
     * Whether a link target may appear on the site: a site path ({@code /items/…}, {@code ../x}, {@code #part}) or a
     * URL of an allowed scheme. Judged as a browser would read it: leading spaces and control characters dropped, tabs
     * and newlines inside ignored (so {@code java\tscript:} is {@code javascript:}), letters in any case.
     */
    public static boolean allowedTarget(String target) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c > 0x20 && c != 0x7f) sb.append(c);
        }
        String t = sb.toString();
        if (t.startsWith("//") || t.startsWith("\\") || t.startsWith("/\\") || t.startsWith("\\/")) return false;
        Matcher m = SCHEME.matcher(t);
        if (!m.find()) return !t.contains(":") || t.indexOf(':') > firstOf(t, "/?#");
        return ALLOWED_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static int firstOf(String t, String chars) {
        int first = Integer.MAX_VALUE;
        for (char c : chars.toCharArray()) {
            int i = t.indexOf(c);
            if (i >= 0) first = Math.min(first, i);
        }
        return first;
    }

    private static void checkLinks(Node node, BadLinks bad) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof LinkNodeBase link) {
                String url = link.getUrl().unescape();
                if (url.isEmpty() && child instanceof AutoLink auto) url = auto.getText().unescape();
                if (!allowedTarget(url)) bad.found(child.getStartLineNumber() + 1, url);
            }
            checkLinks(child, bad);
        }
    }

    private static void shiftHeadings(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) h.setLevel(Math.min(6, h.getLevel() + 1));
            shiftHeadings(child);
        }
    }
}
