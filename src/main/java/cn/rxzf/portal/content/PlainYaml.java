package cn.rxzf.portal.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the plain YAML that content files are written in — block mappings and sequences indented with spaces,
 * one-line plain scalars, one-line double-quoted scalars without escapes, one-line flow sequences of plain scalars,
 * whole-line comments — into the same nodes SnakeYAML composes (types, tags, values, start lines and columns), about
 * ten times faster: SnakeYAML's scanner was the largest single cost of reading a 10,000-item site (1 s of CPU for
 * 6 MB of front matter; before quoted scalars were read here, one quoted condition sent its whole list there).
 * Anything else — single quotes, escapes, block scalars, anchors, tags, multi-line scalars, duplicate keys, empty
 * values, tabs, unusual characters — gives null, and the caller composes the text with SnakeYAML, which also reports
 * every error. So this never decides what a file means on its own; {@code PlainYamlTest} holds it to SnakeYAML's
 * result.
 */
final class PlainYaml {
    private static final Resolver RESOLVER = new Resolver();
    private static final int[] NO_SNIPPET = new int[0];
    /** Characters a plain scalar may not start with here (several are allowed by YAML in some places). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final String text;
    private final List<Line> lines;
    private int next;

    /** A line with content: its number, indentation, where its content starts and ends (trailing spaces cut). */
    private record Line(int number, int indent, int start, int end) {}

    private PlainYaml(String text, List<Line> lines) {
        this.text = text;
        this.lines = lines;
    }

    /** The top-level mapping of {@code text}; null when the text is not in the plain subset. */
    static MappingNode compose(String text) {
        List<Line> lines = lines(text);
        if (lines == null || lines.isEmpty() || lines.get(0).indent != 0) return null;
        PlainYaml p = new PlainYaml(text, lines);
        MappingNode root = p.mapping(0);
        return root != null && p.next == lines.size() ? root : null;
    }

    /** The lines with content; null when a character or line is outside the subset. */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int number = 0;
        for (int at = 0; at <= text.length(); number++) {
            int eol = text.indexOf('\n', at);
            if (eol < 0) eol = text.length();
            int indent = 0;
            while (at + indent < eol && text.charAt(at + indent) == ' ') indent++;
            int end = eol;
            while (end > at + indent && text.charAt(end - 1) == ' ') end--;
            for (int i = at + indent; i < end; i++) {
                if (!printable(text, i)) return null;
            }
            int start = at + indent;
            if (start < end && text.charAt(start) != '#') {
                if (indent == 0 && (text.startsWith("---", start) || text.startsWith("...", start))) return null;
                out.add(new Line(number, indent, start, end));
            }
            at = eol + 1;
        }
        return out;
    }

    /** YAML's printable characters, without tab; a surrogate only as half of a pair. */
    private static boolean printable(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c <= 0x7E) return true;
        if (c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) return c != 0xFEFF;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    /** A block mapping whose keys are at column {@code indent}, from the current line on. */
    private MappingNode mapping(int indent) {
        List<NodeTuple> tuples = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Mark start = null;
        while (next < lines.size()) {
            Line line = lines.get(next);
            if (line.indent < indent) break;
            if (line.indent > indent) return null;
            int colon = keyEnd(line);
            if (colon < 0) return null;
            String key = text.substring(line.start, colon);
            if (!plain(key, false) || key.indexOf(':') >= 0 || !keys.add(key)) return null;
            ScalarNode keyNode = scalar(key, line, line.start);
            if (Tag.MERGE.equals(keyNode.getTag())) return null;
            if (start == null) start = keyNode.getStartMark();
            int valueStart = colon + 1;
            while (valueStart < line.end && text.charAt(valueStart) == ' ') valueStart++;
            next++;
            Node value;
            if (valueStart < line.end) {
                value = inline(line, valueStart);
            } else if (next < lines.size() && lines.get(next).indent > indent) {
                value = block(lines.get(next).indent);
            } else {
                return null; // an empty value: SnakeYAML decides where its mark is
            }
            if (value == null) return null;
            tuples.add(new NodeTuple(keyNode, value));
        }
        if (tuples.isEmpty()) return null;
        return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.BLOCK);
    }

    /** The value below a {@code key:} line: a sequence when its first line starts with a dash, else a mapping. */
    private Node block(int indent) {
        Line first = lines.get(next);
        return dash(first) ? sequence(indent) : mapping(indent);
    }

    /** A block sequence whose dashes are at column {@code indent}. */
    private SequenceNode sequence(int indent) {
        List<Node> items = new ArrayList<>();
        Mark start = null;
        while (next < lines.size()) {
            Line line = lines.get(next);
            if (line.indent < indent) break;
            if (line.indent > indent || !dash(line)) return null;
            if (start == null) start = mark(line, line.start);
            int itemStart = line.start + 1;
            while (itemStart < line.end && text.charAt(itemStart) == ' ') itemStart++;
            if (itemStart == line.end) return null; // a dash alone: a nested block
            Node item;
            Line rest = new Line(line.number, column(line, itemStart), itemStart, line.end);
            if (text.charAt(itemStart) != '[' && text.charAt(itemStart) != '"' && keyEnd(rest) >= 0) {
                lines.set(next, rest); // "- key: value" opens a mapping at the key's column
                item = mapping(rest.indent);
            } else {
                next++;
                item = inline(line, itemStart);
            }
            if (item == null) return null;
            items.add(item);
        }
        return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * A value on its key's or dash's line: a flow sequence of plain scalars, a double-quoted scalar without escapes
     * that ends the line, or a plain scalar.
     */
    private Node inline(Line line, int from) {
        if (text.charAt(from) == '"') return quoted(line, from);
        if (text.charAt(from) != '[') {
            String value = text.substring(from, line.end);
            return plain(value, false) ? scalar(value, line, from) : null;
        }
        if (text.charAt(line.end - 1) != ']') return null;
        List<Node> items = new ArrayList<>();
        int at = from + 1, close = line.end - 1;
        if (text.substring(at, close).isBlank()) {
            return new SequenceNode(Tag.SEQ, true, items, mark(line, from), mark(line, from), DumperOptions.FlowStyle.FLOW);
        }
        while (at <= close) {
            int comma = text.indexOf(',', at);
            int end = comma < 0 || comma > close ? close : comma;
            int s = at, e = end;
            while (s < e && text.charAt(s) == ' ') s++;
            while (e > s && text.charAt(e - 1) == ' ') e--;
            String value = text.substring(s, e);
            if (!plain(value, true)) return null;
            items.add(scalar(value, line, s));
            at = end + 1;
        }
        return new SequenceNode(Tag.SEQ, true, items, mark(line, from), mark(line, from), DumperOptions.FlowStyle.FLOW);
    }

    /**
     * {@code "…"} from {@code from} to the end of the line, with no quote or backslash inside: its text as it is (a
     * list's condition that holds {@code :} or {@code #} is written so). Anything else in quotes gives null.
     */
    private ScalarNode quoted(Line line, int from) {
        int close = line.end - 1;
        if (close <= from || text.charAt(close) != '"') return null;
        for (int i = from + 1; i < close; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') return null;
        }
        String value = text.substring(from + 1, close);
        Mark start = mark(line, from);
        Mark end = new Mark("", line.end, line.number, start.getColumn() + text.codePointCount(from, line.end),
                NO_SNIPPET, 0);
        // a quoted scalar is never resolved to another type: SnakeYAML tags it str, whatever it reads like
        return new ScalarNode(Tag.STR, true, value, start, end, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }

    /** Where a {@code key: value} line's key ends (at the colon); -1 when the line is not one. */
    private int keyEnd(Line line) {
        int colon = text.indexOf(": ", line.start);
        if (colon < 0 || colon >= line.end) colon = text.charAt(line.end - 1) == ':' ? line.end - 1 : -1;
        return colon > line.start ? colon : -1;
    }

    private boolean dash(Line line) {
        return text.charAt(line.start) == '-' && (line.start + 1 == line.end || text.charAt(line.start + 1) == ' ');
    }

    /** A one-line plain scalar that means itself in block (or flow) context; nothing YAML would read otherwise. */
    private static boolean plain(String s, boolean flow) {
        if (s.isEmpty() || INDICATORS.indexOf(s.charAt(0)) >= 0) return false;
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.charAt(s.length() - 1) == ' ') return false;
        if (flow) {
            for (int i = 0; i < s.length(); i++) if ("[]{},:".indexOf(s.charAt(i)) >= 0) return false;
        }
        return true;
    }

    private ScalarNode scalar(String value, Line line, int from) {
        Mark start = mark(line, from);
        Mark end = new Mark("", from + value.length(), line.number, start.getColumn()
                + value.codePointCount(0, value.length()), NO_SNIPPET, 0);
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, value, true), true, value, start, end,
                DumperOptions.ScalarStyle.PLAIN);
    }

    /** SnakeYAML counts columns in code points. */
    private Mark mark(Line line, int offset) {
        return new Mark("", offset, line.number, column(line, offset), NO_SNIPPET, 0);
    }

    private int column(Line line, int offset) {
        // the indentation (and a sequence item's "- ") is ASCII, so the line starts indent chars before its content
        return text.codePointCount(line.start - line.indent, offset);
    }
}
