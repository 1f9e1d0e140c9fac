package cn.rxzf.portal.site.history;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * An old version of a list file, read loosely: its front-matter fields and items as text (a scalar) or a list of
 * texts (a sequence), exactly as written. Old versions were valid when committed, but the rules may have changed
 * since, so this is not the validating reader; it only needs what a comparison shows.
 *
 * <p>A site's history holds every version of every list, mostly the same items again. So the 条目 section is split
 * into its entries as text, and an entry is parsed only when a comparison meets it changed (see {@link ItemText}).
 * A file whose layout the splitter does not recognise (anchors, flow style, odd indentation) is parsed whole.
 *
 * @param fields the list's own fields (without 条目), in file order
 * @param items  the items by id, in file order; each item's fields in file order, with 序号 and 领域 filled in as
 *               the generator would (position, the list's 领域)
 */
public record ListSnapshot(Map<String, Object> fields, Map<String, ItemText> items, String body) {
    private static final Pattern ITEMS_KEY = Pattern.compile("条目:[ \\t]*");
    private static final Pattern ENTRY_ID = Pattern.compile("- id: ([A-Za-z0-9][A-Za-z0-9._-]*)[ \\t]*");

    /** Parses a list file's text; null when it has no readable front matter. */
    static ListSnapshot parse(String text) {
        if (text == null) return null;
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) return null;
        int end = text.indexOf("\n---\n", 3);
        String yaml, body;
        if (end >= 0) {
            yaml = text.substring(4, end + 1);
            body = text.substring(end + 5).strip();
        } else if (text.endsWith("\n---")) {
            yaml = text.substring(4, text.length() - 3);
            body = "";
        } else {
            return null;
        }
        ListSnapshot split = split(yaml, body);
        return split != null ? split : whole(yaml, body);
    }

    /** The file parsed in one piece; null when it is not a YAML mapping. */
    static ListSnapshot whole(String yaml, String body) {
        MappingNode mapping = mapping(yaml);
        if (mapping == null) return null;
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Node> itemNodes = List.of();
        for (NodeTuple t : mapping.getValue()) {
            String key = text(t.getKeyNode());
            if (key.equals("条目")) {
                if (t.getValueNode() instanceof SequenceNode seq) itemNodes = seq.getValue();
            } else {
                fields.put(key, value(t.getValueNode()));
            }
        }
        Map<String, ItemText> items = new LinkedHashMap<>();
        int position = 0;
        for (Node n : itemNodes) {
            position++;
            if (!(n instanceof MappingNode itemNode)) continue;
            Map<String, Object> item = itemFields(itemNode, position, area(fields));
            if (item.get("id") instanceof String id && !id.isEmpty()) items.put(id, ItemText.parsed(item));
        }
        return new ListSnapshot(fields, items, body);
    }

    /**
     * The 条目 section cut into entries by their lines: the section starts at a line {@code 条目:} and ends at the
     * next line that starts in column 0; each entry starts with {@code - id: ID} at the indentation of the first.
     * Null when the text is laid out any other way, or uses YAML features that reach across entries. Works on
     * offsets into {@code yaml}: an entry keeps its lines as written (still indented) and is dedented only if it is
     * ever parsed — a history holds thousands of unchanged entries that never are.
     */
    static ListSnapshot split(String yaml, String body) {
        Matcher matcher = ITEMS_KEY.matcher(yaml);
        int section = -1, at = 0;
        for (; at < yaml.length() && section < 0; at = lineEnd(yaml, at) + 1) {
            if (matcher.region(at, lineEnd(yaml, at)).matches()) section = at;
        }
        if (section < 0) return null;
        int indent = -1, sectionEnd = yaml.length();
        List<int[]> entries = new ArrayList<>(); // [start offset, end offset)
        for (; at < yaml.length(); at = lineEnd(yaml, at) + 1) {
            int end = lineEnd(yaml, at);
            int lead = 0;
            while (at + lead < end && Character.isWhitespace(yaml.charAt(at + lead))) lead++;
            if (at + lead == end || yaml.charAt(at + lead) == '#') continue;
            if (indent < 0) {
                if (!yaml.startsWith("- ", at + lead)) return null;
                indent = lead;
            }
            boolean entryStart = lead == indent && yaml.startsWith("- ", at + indent);
            if (!entryStart && lead == 0) {
                sectionEnd = at;
                break;
            }
            if (entryStart) {
                if (!entries.isEmpty()) entries.get(entries.size() - 1)[1] = at;
                entries.add(new int[] {at, yaml.length()});
            } else if (lead < indent + 2 || entries.isEmpty()) {
                return null;
            }
        }
        if (!entries.isEmpty()) entries.get(entries.size() - 1)[1] = sectionEnd;
        MappingNode mapping = mapping(yaml.substring(0, section) + yaml.substring(sectionEnd));
        if (mapping == null) return null;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) fields.put(text(t.getKeyNode()), value(t.getValueNode()));
        if (fields.containsKey("条目")) return null;
        Map<String, ItemText> items = new LinkedHashMap<>();
        Matcher id = ENTRY_ID.matcher(yaml);
        int position = 0;
        for (int[] e : entries) {
            position++;
            if (!id.region(e[0] + indent, lineEnd(yaml, e[0])).matches()) return null;
            String text = yaml.substring(e[0], e[1]);
            if (text.indexOf('&') >= 0 || text.indexOf('*') >= 0 || text.contains("<<") || text.indexOf('!') >= 0) {
                return null;
            }
            items.put(id.group(1), ItemText.unparsed(text, indent, position, area(fields)));
        }
        return new ListSnapshot(fields, items, body);
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** An entry's lines without their first {@code indent} columns; a line not indented that far becomes empty. */
    static String dedent(String lines, int indent) {
        StringBuilder out = new StringBuilder(lines.length());
        for (int at = 0; at < lines.length(); at = lineEnd(lines, at) + 1) {
            int end = lineEnd(lines, at);
            boolean indented = end - at >= indent;
            for (int i = at; indented && i < at + indent; i++) indented = Character.isWhitespace(lines.charAt(i));
            if (indented) out.append(lines, at + indent, end);
            out.append('\n');
        }
        return out.toString();
    }

    /** One entry's fields from its own YAML; only the id when it cannot be read. */
    static Map<String, Object> itemFields(String entryYaml, int position, String listArea) {
        Node root = compose(entryYaml);
        if (root instanceof SequenceNode seq && seq.getValue().size() == 1
                && seq.getValue().get(0) instanceof MappingNode item) {
            return itemFields(item, position, listArea);
        }
        Matcher id = ENTRY_ID.matcher(entryYaml.substring(0, Math.max(0, entryYaml.indexOf('\n'))));
        return id.matches() ? Map.of("id", id.group(1)) : Map.of();
    }

    private static Map<String, Object> itemFields(MappingNode node, int position, String listArea) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) item.put(text(t.getKeyNode()), value(t.getValueNode()));
        item.putIfAbsent("序号", String.valueOf(position));
        if (listArea != null) item.putIfAbsent("领域", listArea);
        return item;
    }

    private static String area(Map<String, Object> fields) {
        return fields.get("领域") instanceof String area ? area : null;
    }

    private static MappingNode mapping(String yaml) {
        return compose(yaml) instanceof MappingNode m ? m : null;
    }

    private static Node compose(String yaml) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(20 * 1024 * 1024);
            return new Yaml(options).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            return null;
        }
    }

    public String title() {
        return fields.get("标题") instanceof String s ? s : "";
    }

    public String status() {
        return fields.get("状态") instanceof String s ? s : "";
    }

    /** How an item is named in a comparison: its 违法行为. */
    static String label(ItemText item) {
        return item.fields().get("违法行为") instanceof String s ? s : String.valueOf(item.fields().get("id"));
    }

    private static Object value(Node n) {
        if (n instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node v : seq.getValue()) out.add(text(v));
            return List.copyOf(out);
        }
        return text(n);
    }

    private static String text(Node n) {
        if (n instanceof ScalarNode s) return s.getValue();
        if (n instanceof SequenceNode seq) {
            List<String> parts = new ArrayList<>();
            for (Node v : seq.getValue()) parts.add(text(v));
            return String.join("；", parts);
        }
        if (n instanceof MappingNode m) {
            List<String> parts = new ArrayList<>();
            for (NodeTuple t : m.getValue()) parts.add(text(t.getKeyNode()) + "：" + text(t.getValueNode()));
            return String.join("；", parts);
        }
        return "";
    }
}
