package cn.rxzf.portal.history;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param fields the list's own fields (without 条目), in file order
 * @param items  the items by id, in file order; each item's fields in file order, with 序号 and 领域 filled in as
 *               the generator would (position, the list's 领域)
 */
public record ListSnapshot(Map<String, Object> fields, Map<String, Map<String, Object>> items, String body) {

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
            body = text.substring(end + 5);
        } else if (text.endsWith("\n---")) {
            yaml = text.substring(4, text.length() - 3);
            body = "";
        } else {
            return null;
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(20 * 1024 * 1024);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            return null;
        }
        if (!(root instanceof MappingNode mapping)) return null;
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Object> itemNodes = List.of();
        for (NodeTuple t : mapping.getValue()) {
            String key = text(t.getKeyNode());
            if (key.equals("条目")) {
                if (t.getValueNode() instanceof SequenceNode seq) itemNodes = new ArrayList<>(seq.getValue());
            } else {
                fields.put(key, value(t.getValueNode()));
            }
        }
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        int position = 0;
        for (Object o : itemNodes) {
            position++;
            if (!(o instanceof MappingNode itemNode)) continue;
            Map<String, Object> item = new LinkedHashMap<>();
            for (NodeTuple t : itemNode.getValue()) item.put(text(t.getKeyNode()), value(t.getValueNode()));
            Object id = item.get("id");
            if (!(id instanceof String s) || s.isEmpty()) continue;
            item.putIfAbsent("序号", String.valueOf(position));
            if (fields.get("领域") instanceof String area) item.putIfAbsent("领域", area);
            items.put(s, item);
        }
        return new ListSnapshot(fields, items, body.strip());
    }

    public String title() {
        return fields.get("标题") instanceof String s ? s : "";
    }

    public String status() {
        return fields.get("状态") instanceof String s ? s : "";
    }

    /** How an item is named in a comparison: its 违法行为. */
    static String label(Map<String, Object> item) {
        return item.get("违法行为") instanceof String s ? s : String.valueOf(item.get("id"));
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
