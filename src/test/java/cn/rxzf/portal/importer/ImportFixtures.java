package cn.rxzf.portal.importer;

import cn.rxzf.portal.content.model.ListKeys;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Helpers of the import tests. */
final class ImportFixtures {
    private ImportFixtures() {}

    /** The front matter of a list file's text, as YAML reads it. */
    static Map<String, Object> frontMatter(String text) {
        int end = text.indexOf("\n---\n", 4);
        return new Yaml(new LoaderOptions()).load(text.substring(4, end + 1));
    }

    /** A one-item list to make valid files from. */
    static cn.rxzf.portal.content.model.EnforcementList sampleList() {
        var item = new cn.rxzf.portal.content.model.Item("t-01", "t", 1, "未按规定公示营业执照", "《条例》第1条", "《条例》第2条",
                List.of("首次发现", "及时改正"), "不予处罚", null, "测试局", List.of("批评教育"), "市场监管", List.of(), null, null,
                Map.of(), 1);
        var d = java.time.LocalDate.of(2024, 1, 1);
        return new cn.rxzf.portal.content.model.EnforcementList("t", "scj", "测试清单", "不予处罚", "测试局", null, d, d, d,
                null, null, "生效", null, "scj-2024-t", "行政执法", null, null, null, null, List.of(item), "", "t.md");
    }

    /** The items of a list file's text. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(String text) {
        return (List<Map<String, Object>>) frontMatter(text).get(ListKeys.ITEMS);
    }
}
