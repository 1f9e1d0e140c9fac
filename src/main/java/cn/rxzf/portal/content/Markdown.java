package cn.rxzf.portal.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown bodies to HTML. Raw HTML in content is escaped (departments write text, not markup); tables are on; a
 * newline is a newline, not {@code <br>} (jbake's default); headings are shifted below the page's own {@code <h1>}.
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

    /** Thread-safe: flexmark's parser and renderer keep no state between calls. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        Document doc = parser.parse(markdown);
        shiftHeadings(doc);
        return renderer.render(doc);
    }

    private static void shiftHeadings(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) h.setLevel(Math.min(6, h.getLevel() + 1));
            shiftHeadings(child);
        }
    }
}
