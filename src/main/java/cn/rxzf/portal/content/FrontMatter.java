package cn.rxzf.portal.content;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines) and its body, and composes the
 * YAML into nodes that keep their line numbers. jbake's own header format is {@code key=value}; departments write
 * YAML, which is why this is ours.
 */
public final class FrontMatter {
    private static final int MAX_CHARS = 20 * 1024 * 1024;

    /** A parsed file: its top-level mapping (null when unusable), the Markdown body and the file's line it starts on. */
    public record Parsed(MappingNode fields, String body, int bodyLine) {}

    private FrontMatter() {}

    /** Parses a {@code .md} file; problems go to {@code problems} and the result's fields are then null. */
    public static Parsed parseMarkdown(SourceFile file, String text, Problems problems) {
        text = normalise(text);
        if (!text.startsWith("---\n")) {
            problems.add(file.displayPath(), 1, "文件须以 YAML 头部开始：第一行应为 ---");
            return new Parsed(null, text, 1);
        }
        int end = text.indexOf("\n---\n", 3);
        boolean atEof = false;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            atEof = true;
        }
        if (end < 0) {
            problems.add(file.displayPath(), 1, "YAML 头部没有结束：缺少单独一行的 ---");
            return new Parsed(null, "", 1);
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = atEof ? text.length() : end + 5;
        MappingNode node = compose(file, yaml, 1, problems);
        int bodyLine = 1 + (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        return new Parsed(node, text.substring(bodyStart), bodyLine);
    }

    /** Parses a whole-YAML file such as {@code site.yaml}. */
    public static MappingNode parseYaml(SourceFile file, String text, Problems problems) {
        return compose(file, normalise(text), 0, problems);
    }

    private static String normalise(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static MappingNode compose(SourceFile file, String yaml, int lineOffset, Problems problems) {
        MappingNode plain = yaml.length() <= MAX_CHARS ? PlainYaml.compose(yaml) : null;
        if (plain != null) return plain;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(false);
        try {
            Node node = new Yaml(options).compose(new StringReader(yaml));
            if (node == null) {
                problems.add(file.displayPath(), 1 + lineOffset, "YAML 头部为空");
                return null;
            }
            if (!(node instanceof MappingNode mapping)) {
                problems.add(file.displayPath(), node.getStartMark().getLine() + 1 + lineOffset,
                        "YAML 头部应为“字段: 值”的映射");
                return null;
            }
            return mapping;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            problems.add(file.displayPath(), line + lineOffset, "YAML 格式错误：" + describe(e));
            return null;
        } catch (YAMLException e) {
            problems.add(file.displayPath(), 1 + lineOffset, "YAML 格式错误：" + e.getMessage());
            return null;
        }
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null) return String.valueOf(context);
        return context == null ? problem : context + "，" + problem;
    }
}
