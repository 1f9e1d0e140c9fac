package cn.rxzf.portal.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, line-aware reading of one YAML mapping. Every accessor records its key as known; {@link #finish()} then
 * reports the keys nobody asked for as unknown fields. Problems are collected, never thrown.
 */
public final class Fields {
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final SourceFile file;
    private final MappingNode node;
    private final int lineOffset;
    private final Problems problems;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
    private final Set<String> asked = new HashSet<>();

    public Fields(SourceFile file, MappingNode node, int lineOffset, Problems problems) {
        this.file = file;
        this.node = node;
        this.lineOffset = lineOffset;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problem(line(t.getKeyNode()), "字段名应为文字");
                continue;
            }
            if (byKey.putIfAbsent(key.getValue(), t) != null) {
                problem(line(key), "字段“" + key.getValue() + "”重复出现");
            }
        }
    }

    /** 1-based line of this mapping's first key. */
    public int line() {
        return line(node);
    }

    /** 1-based line of a key, or of the mapping when the key is absent. */
    public int line(String key) {
        NodeTuple t = byKey.get(key);
        return t == null ? line() : line(t.getKeyNode());
    }

    public String displayPath() {
        return file.displayPath();
    }

    public void problem(int line, String message) {
        problems.add(file.displayPath(), line, message);
    }

    public boolean has(String key) {
        asked.add(key);
        NodeTuple t = byKey.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    /** A single-line or multi-line text value; null when absent (a problem when required). */
    public String text(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) return null;
        if (!(value instanceof ScalarNode scalar)) {
            problem(line(value), "字段“" + key + "”应为一段文字");
            return null;
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            if (required) problem(line(key), "缺少必填字段“" + key + "”");
            return null;
        }
        return text;
    }

    public String id(String key, boolean required) {
        String id = text(key, required);
        if (id != null && !ID.matcher(id).matches()) {
            problem(line(key), "“" + key + "”应为小写英文字母、数字和连字符（如 sw-2021-01），实为“" + id + "”");
            return null;
        }
        return id;
    }

    public String url(String key) {
        String url = text(key, false);
        if (url != null && !URL.matcher(url).matches()) {
            problem(line(key), "“" + key + "”应为以 http:// 或 https:// 开头的网址");
            return null;
        }
        return url;
    }

    public LocalDate date(String key, boolean required) {
        String text = text(key, required);
        if (text == null) return null;
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the message below: 2023-02-30 matches the pattern but is no date
            }
        }
        problem(line(key), "“" + key + "”不是有效日期（应为 YYYY-MM-DD）：“" + text + "”");
        return null;
    }

    public Integer integer(String key) {
        String text = text(key, false);
        if (text == null) return null;
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem(line(key), "“" + key + "”应为整数：“" + text + "”");
            return null;
        }
    }

    /** A value from a closed set, named in the message so the editor sees the choices. */
    public String oneOf(String key, Collection<String> allowed, boolean required) {
        String text = text(key, required);
        if (text != null && !allowed.contains(text)) {
            problem(line(key), "“" + key + "”应为 " + String.join("、", allowed) + " 之一，实为“" + text + "”");
            return null;
        }
        return text;
    }

    /** A sequence of texts; a single text is accepted as a one-element sequence. */
    public List<String> texts(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) return List.of();
        if (value instanceof ScalarNode) {
            String one = text(key, required);
            return one == null ? List.of() : List.of(one);
        }
        if (!(value instanceof SequenceNode seq)) {
            problem(line(value), "字段“" + key + "”应为列表（每行以“- ”开头）");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            } else {
                problem(line(n), "“" + key + "”的每一项应为一段非空文字");
            }
        }
        if (out.isEmpty() && required) problem(line(key), "“" + key + "”至少应有一项");
        return List.copyOf(out);
    }

    /**
     * A sequence whose entries are texts or short sequences of texts (e.g. dates and [first, last] ranges); each entry
     * comes back as a list of one or more texts.
     */
    public List<List<String>> textGroups(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) return List.of();
        if (!(value instanceof SequenceNode seq)) {
            problem(line(value), "字段“" + key + "”应为列表（每行以“- ”开头）");
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            List<String> group = new ArrayList<>();
            if (n instanceof ScalarNode s) group.add(s.getValue().strip());
            else if (n instanceof SequenceNode inner) {
                for (Node m : inner.getValue()) {
                    if (m instanceof ScalarNode s) group.add(s.getValue().strip());
                }
            }
            if (group.isEmpty() || group.stream().anyMatch(String::isEmpty)) {
                problem(line(n), "“" + key + "”的每一项应为文字或由文字组成的 [ , ] 列表");
            } else {
                out.add(List.copyOf(group));
            }
        }
        if (out.isEmpty() && required) problem(line(key), "“" + key + "”至少应有一项");
        return out;
    }

    /** A sequence of mappings, each read by the caller through its own {@code Fields}. */
    public List<Fields> objects(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) return List.of();
        if (!(value instanceof SequenceNode seq)) {
            problem(line(value), "字段“" + key + "”应为列表（每项以“- ”开头）");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (n instanceof MappingNode m) {
                out.add(new Fields(file, m, lineOffset, problems));
            } else {
                problem(line(n), "“" + key + "”的每一项应为“字段: 值”的映射");
            }
        }
        if (out.isEmpty() && required) problem(line(key), "“" + key + "”至少应有一项");
        return out;
    }

    /** A nested mapping, read through its own {@code Fields}; null when absent (a problem when required). */
    public Fields mapping(String key, boolean required) {
        Node value = value(key, required);
        if (value == null) return null;
        if (!(value instanceof MappingNode m)) {
            problem(line(value), "字段“" + key + "”应为“字段: 值”的映射");
            return null;
        }
        return new Fields(file, m, lineOffset, problems);
    }

    /** A mapping of texts (name → text) in the order written; empty when absent. */
    public Map<String, String> textMap(String key) {
        Fields m = mapping(key, false);
        if (m == null) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : m.keys()) {
            String text = m.text(name, true);
            if (name.isBlank()) m.problem(m.line(name), "“" + key + "”的字段名不能为空");
            else if (text != null) out.put(name.strip(), text);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The keys of this mapping in the order written, all marked as known (for mappings keyed by data). */
    public List<String> keys() {
        asked.addAll(byKey.keySet());
        return List.copyOf(byKey.keySet());
    }

    /** Reports every key that no accessor asked for. Call once, after reading. */
    public void finish() {
        byKey.forEach((key, tuple) -> {
            if (!asked.contains(key)) problem(line(tuple.getKeyNode()), "未知字段“" + key + "”");
        });
    }

    private Node value(String key, boolean required) {
        asked.add(key);
        NodeTuple t = byKey.get(key);
        if (t == null || isNull(t.getValueNode())) {
            if (required) problem(t == null ? line() : line(t.getKeyNode()), "缺少必填字段“" + key + "”");
            return null;
        }
        return t.getValueNode();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null")));
    }

    private int line(Node n) {
        return n.getStartMark().getLine() + 1 + lineOffset;
    }
}
