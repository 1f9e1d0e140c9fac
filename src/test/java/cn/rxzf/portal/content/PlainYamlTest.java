package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The fast reader of plain YAML either gives exactly SnakeYAML's nodes or steps aside. */
class PlainYamlTest {
    @Test
    void everyFileOfTheSampleContentIsReadFastAndExactlyAsSnakeYamlReadsIt() throws IOException {
        List<String> slow = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".md") && !name.endsWith(".yaml")) continue;
                String yaml = frontMatter(Files.readString(p), name.endsWith(".yaml"));
                if (yaml == null) continue;
                files++;
                MappingNode fast = PlainYaml.compose(yaml);
                if (fast == null) {
                    slow.add(p.toString());
                    continue;
                }
                assertSame(snake(yaml), fast, p.toString());
            }
        }
        assertTrue(files > 50, "files read: " + files);
        // the few files that use quotes or block scalars go to SnakeYAML; the bulk must not
        assertTrue(slow.size() * 10 < files, slow.size() + " of " + files + " not read fast: " + slow);
    }

    @Test
    void whatTheSubsetDoesNotCoverIsLeftToSnakeYaml() {
        for (String yaml : List.of(
                "a: 'quoted'\n", "a: \"esc\\\\\"x\"\n", "a: \"q\\\"x\"\n", "a: \"q\" # c\n", "a: \"q\" x\n",
                "a: \"open\n", "a: \"two\n  lines\"\n", "\"k\": v\n", "a: [\"x\"]\n", "a:\n  - \"k\": v\n",
                "a: |\n  block\n", "a: >\n  folded\n", "a: &x 1\nb: *x\n",
                "a: !!str 1\n", "a: b\n  continued\n", "a: 1\na: 2\n", "a:\nb: 1\n", "a:\t1\n", "\ta: 1\n",
                "a: 1 # comment\n", "a: [x, [y]]\n", "a: {x: 1}\n", "a: [x, 'y']\n", "<<: x\n", "a:\n- x\n",
                "a:\n  -\n    b: 1\n", "- a\n", "a: b: c\n", "? a\n: b\n", "a: @x\n", "a: `x`\n", "a: %x\n",
                "a: x\u0085y\u0001\n", "a: \uFEFFx\n", "a: \uD800\n", "---\na: 1\n", "a: [x,, y]\n", "a: [x\n")) {
            assertNull(PlainYaml.compose(yaml), yaml);
        }
    }

    @Test
    void typesLinesAndColumnsOfTypicalContent() {
        String yaml = """
                # 注释
                标题: 清单（第一批）
                生效日期: 2022-06-23
                序号: 7
                空: ~
                来源: https://example.gov.cn/a?b=c
                条目:
                  - id: x-01
                    适用条件:
                      - 首次违法 😀 且危害后果轻微
                      - 及时改正
                    关键词: [占道, 门口摆东西]
                  - id: x-02
                    适用条件:
                      - "违法数额在5000万元以下并符合以下条件之一的:"
                      - "含 # 号 与 a: b 的条件"
                      - ""
                      - "true"
                    备注: " 前后有空格 😀 "
                    关键词: []
                """;
        MappingNode fast = PlainYaml.compose(yaml);
        assertNotNull(fast);
        assertSame(snake(yaml), fast, "typical");
    }

    @Test
    void randomDocumentsAreEitherSnakeYamlsNodesOrLeftToIt() {
        Random random = new Random(11);
        String[] keys = {"a", "标题", "id", "适用条件", "b-c", "序号", "x y", "true", "1", "<<", "a:b", "?q"};
        // mostly what content files hold, and now and then something only SnakeYAML reads
        String[] plain = {"值", "2022-06-23", "12", "1.5", "yes", "~", "null", "a b", "a  b", "http://x.cn/y",
                "第9条", "[x]", "[a, b]", "[]", "[ ]", "[a,b ]", "😀表情", "a,b", "a-b", "x.y", "《法》第九条"};
        String[] odd = {"a #b", "a: b", "'q'", "\"q\"", "\"a: b #c\"", "\"12\"", "\"\"", "\"q\\\"\"", "\"x\" y",
                "-x", "- x", "&a x", "*a", "!t x", "x:", "x\ty", "%", "|",
                ">", "", " lead", "{a: 1}", "#c", "[a, [b]]", "[a: b]"};
        int fastCount = 0;
        for (int round = 0; round < 4_000; round++) {
            StringBuilder doc = new StringBuilder();
            document(random, doc, 0, keys, plain, odd, 0);
            String yaml = doc.toString();
            MappingNode fast = PlainYaml.compose(yaml);
            Node slow;
            try {
                slow = snake(yaml);
            } catch (YAMLException e) {
                assertNull(fast, () -> "SnakeYAML refuses but the fast reader accepted:\n" + yaml);
                continue;
            }
            if (fast == null) continue;
            fastCount++;
            assertSame(slow, fast, yaml);
        }
        assertTrue(fastCount > 1_000, "documents read fast: " + fastCount);
    }

    private static void document(Random r, StringBuilder out, int indent, String[] keys, String[] plain, String[] odd,
                                 int depth) {
        int entries = 1 + r.nextInt(4);
        String pad = " ".repeat(indent);
        for (int i = 0; i < entries; i++) {
            if (r.nextInt(10) == 0) out.append(pad).append("# note\n");
            if (r.nextInt(12) == 0) out.append("\n");
            String key = r.nextInt(6) == 0 ? keys[r.nextInt(keys.length)] : "k" + depth + i;
            out.append(pad).append(key).append(':');
            int kind = depth >= 2 ? 0 : r.nextInt(4);
            if (kind == 0) {
                out.append(' ').append(scalar(r, plain, odd)).append(r.nextInt(8) == 0 ? "  " : "")
                        .append('\n');
            } else if (kind == 1) {
                out.append('\n');
                int step = r.nextInt(5) == 0 ? 0 : 2;
                for (int j = 0, n = 1 + r.nextInt(3); j < n; j++) {
                    out.append(" ".repeat(indent + step)).append("- ").append(scalar(r, plain, odd))
                            .append('\n');
                }
            } else if (kind == 2) {
                out.append('\n');
                document(r, out, indent + 2 + r.nextInt(2), keys, plain, odd, depth + 1);
            } else {
                out.append('\n');
                for (int j = 0, n = 1 + r.nextInt(3); j < n; j++) {
                    StringBuilder item = new StringBuilder();
                    document(r, item, indent + 4, keys, plain, odd, depth + 1);
                    String text = item.toString();
                    // the first entry's line becomes "- key: value" at indent + 2
                    int firstLine = text.indexOf(text.stripLeading());
                    out.append(" ".repeat(indent + 2)).append("- ").append(text.substring(firstLine));
                }
            }
        }
    }

    private static String scalar(Random r, String[] plain, String[] odd) {
        return r.nextInt(25) == 0 ? odd[r.nextInt(odd.length)] : plain[r.nextInt(plain.length)];
    }

    private static Node snake(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options).compose(new StringReader(yaml));
    }

    /** Same node types, tags, values, and start (and scalar end) lines and columns, recursively. */
    private static void assertSame(Node expected, Node actual, String where) {
        String at = where + " at line " + (expected.getStartMark().getLine() + 1);
        assertEquals(expected.getClass(), actual.getClass(), at);
        assertEquals(expected.getTag(), actual.getTag(), at);
        assertEquals(expected.getStartMark().getLine(), actual.getStartMark().getLine(), at);
        assertEquals(expected.getStartMark().getColumn(), actual.getStartMark().getColumn(), at);
        if (expected instanceof ScalarNode s) {
            ScalarNode a = (ScalarNode) actual;
            assertEquals(s.getValue(), a.getValue(), at);
            assertEquals(s.getScalarStyle(), a.getScalarStyle(), at);
            assertEquals(s.getEndMark().getLine(), a.getEndMark().getLine(), at);
            assertEquals(s.getEndMark().getColumn(), a.getEndMark().getColumn(), at);
        } else if (expected instanceof SequenceNode s) {
            List<Node> a = ((SequenceNode) actual).getValue();
            assertEquals(s.getFlowStyle(), ((SequenceNode) actual).getFlowStyle(), at);
            assertEquals(s.getValue().size(), a.size(), at);
            for (int i = 0; i < a.size(); i++) assertSame(s.getValue().get(i), a.get(i), where);
        } else {
            List<NodeTuple> e = ((MappingNode) expected).getValue(), a = ((MappingNode) actual).getValue();
            assertEquals(e.size(), a.size(), at);
            for (int i = 0; i < a.size(); i++) {
                assertSame(e.get(i).getKeyNode(), a.get(i).getKeyNode(), where);
                assertSame(e.get(i).getValueNode(), a.get(i).getValueNode(), where);
            }
        }
    }

    /** The YAML of a content file as the loader cuts it: the whole file, or between the two --- lines. */
    private static String frontMatter(String text, boolean wholeYaml) {
        text = text.replace("\r\n", "\n");
        if (wholeYaml) return text;
        if (!text.startsWith("---\n")) return null;
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? null : text.substring(4, end + 1);
    }
}
