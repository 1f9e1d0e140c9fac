package cn.rxzf.portal.importer;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Scalars written so that YAML reads back exactly the text: plain where that is safe, else quoted or a block. */
final class YamlText {
    private static final Resolver RESOLVER = new Resolver();
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlText() {}

    /** The text after {@code key: } for a value at {@code indent} spaces. */
    static String scalar(String value, int indent) {
        if (value.contains("\n")) {
            if (value.lines().allMatch(l -> !l.isEmpty() && l.strip().equals(l))) {
                String pad = " ".repeat(indent + 2);
                return "|-\n" + pad + value.replace("\n", "\n" + pad);
            }
            return quoted(value);
        }
        return plain(value) ? value : quoted(value);
    }

    private static boolean plain(String v) {
        if (v.isEmpty() || !v.strip().equals(v) || INDICATORS.indexOf(v.charAt(0)) >= 0) return false;
        if (v.contains(": ") || v.contains(" #") || v.endsWith(":") || v.contains("\t")) return false;
        for (int i = 0; i < v.length(); i++) if (Character.isISOControl(v.charAt(i)) || v.charAt(i) == '\uFEFF') return false;
        return Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, v, true));
    }

    private static String quoted(String v) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\uFEFF') sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
