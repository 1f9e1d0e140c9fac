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

    /** The items of a list file's text. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(String text) {
        return (List<Map<String, Object>>) frontMatter(text).get(ListKeys.ITEMS);
    }
}
