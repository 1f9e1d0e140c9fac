package cn.rxzf.portal.site.render;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.TextNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A template's fixed text, encoded as UTF-8 once when the template is compiled: the layout's head, navigation and
 * footer and each page template's markup are the same on all ~19,000 pages of a build, and were encoded again on
 * every one. Into any writer but a page's {@link Utf8Buffer} it writes its characters as Pebble's own node does.
 */
final class Utf8TextNode extends TextNode {
    private final byte[] utf8;

    private Utf8TextNode(String text, int lineNumber) {
        super(text, lineNumber);
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
        if (!(writer instanceof Utf8Buffer page) || !page.writeEncoded(utf8)) super.render(self, writer, context);
    }

    /**
     * Replaces the text nodes of every compiled template. Text that begins or ends with half a surrogate pair keeps
     * Pebble's node: its bytes depend on what is written next to it.
     */
    static NodeVisitorFactory visitors() {
        return template -> new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(BodyNode node) {
                List<RenderableNode> children = node.getChildren();
                for (int i = 0; i < children.size(); i++) {
                    if (children.get(i) instanceof TextNode text && !(text instanceof Utf8TextNode)) {
                        String s = new String(text.getData());
                        if (!s.isEmpty() && !Character.isLowSurrogate(s.charAt(0))
                                && !Character.isHighSurrogate(s.charAt(s.length() - 1))) {
                            children.set(i, new Utf8TextNode(s, text.getLineNumber()));
                        }
                    }
                }
                super.visit(node);
            }
        };
    }
}
