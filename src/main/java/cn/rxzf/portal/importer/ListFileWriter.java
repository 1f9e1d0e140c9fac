package cn.rxzf.portal.importer;

import cn.rxzf.portal.content.model.ListKeys;
import java.util.List;
import java.util.Map;

/**
 * Writes an imported list as a list file of the content format: front matter from the file's title and the options,
 * a {@code # TODO} comment line for each required field the file did not give (so that {@code check} reports it as
 * missing until the editor fills it in), the items in the table's order, and the notes under the table as the body.
 */
final class ListFileWriter {
    private ListFileWriter() {}

    static String write(ImportedList list, String department, String sourceName) {
        StringBuilder sb = new StringBuilder("---\n");
        field(sb, ListKeys.DEPARTMENT, department, 0);
        field(sb, ListKeys.TITLE, list.title(), 0);
        if (list.type() != null) field(sb, ListKeys.TYPE, list.type(), 0);
        else todo(sb, ListKeys.TYPE, "不予处罚、首违不罚、从轻处罚、减轻处罚、不予行政强制、正面清单、负面清单 之一", 0);
        todo(sb, ListKeys.ISSUER, "印发清单的机关，如 某市市场监督管理局", 0);
        if (list.docNumber() != null) field(sb, ListKeys.DOC_NUMBER, list.docNumber(), 0);
        todo(sb, ListKeys.WRITTEN, "YYYY-MM-DD", 0);
        todo(sb, ListKeys.EFFECTIVE, "YYYY-MM-DD", 0);
        if (list.version() != null) field(sb, ListKeys.VERSION, list.version(), 0);
        todo(sb, ListKeys.STATUS, "征求意见、生效、已修订、已废止 之一", 0);
        if (!list.itemsHaveArea()) todo(sb, ListKeys.AREA, "条目所属领域，如 市场监管", 0);
        field(sb, ListKeys.SOURCE_NOTE, "由 " + sourceName + " 导入", 0);
        sb.append(ListKeys.ITEMS).append(":\n");
        for (Map<String, Object> item : list.items()) item(sb, item, list.itemsHaveArea());
        sb.append("---\n");
        for (String note : list.notes()) sb.append('\n').append(markdown(note)).append('\n');
        return sb.toString();
    }

    private static void item(StringBuilder sb, Map<String, Object> item, boolean itemsHaveArea) {
        boolean first = true;
        for (String key : ListKeys.ITEM_KEYS) {
            Object value = item.get(key);
            String lead = first ? "  - " : "    ";
            boolean missing = value == null || value instanceof List<?> l && l.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty();
            if (missing) {
                if (ListKeys.REQUIRED_ITEM_KEYS.contains(key) || key.equals(ListKeys.AREA) && itemsHaveArea) {
                    sb.append("    # TODO ").append(key).append('\n'); // after the id, which every item has
                }
                continue;
            }
            sb.append(lead);
            first = false;
            if (value instanceof List<?> list) {
                sb.append(key).append(":\n");
                for (Object v : list) sb.append("      - ").append(YamlText.scalar((String) v, 6)).append('\n');
            } else if (value instanceof Map<?, ?> map) {
                sb.append(key).append(":\n");
                map.forEach((k, v) -> field(sb, (String) k, (String) v, 6));
            } else if (value instanceof Integer n) {
                sb.append(key).append(": ").append(n).append('\n');
            } else {
                sb.append(key).append(": ").append(YamlText.scalar((String) value, 4)).append('\n');
            }
        }
    }

    private static void field(StringBuilder sb, String key, String value, int indent) {
        sb.append(" ".repeat(indent)).append(YamlText.scalar(key, indent)).append(": ")
                .append(YamlText.scalar(value, indent)).append('\n');
    }

    private static void todo(StringBuilder sb, String key, String hint, int indent) {
        sb.append(" ".repeat(indent)).append("# TODO ").append(key).append(": ").append(hint).append('\n');
    }

    /** A note as a Markdown paragraph: characters that would start a heading, list or quote escaped. */
    private static String markdown(String note) {
        StringBuilder sb = new StringBuilder();
        for (String line : note.split("\n")) {
            if (!sb.isEmpty()) sb.append("  \n");
            String l = line;
            if (!l.isEmpty() && "#>-+*=|".indexOf(l.charAt(0)) >= 0) l = "\\" + l;
            else if (l.matches("\\d+[.)].*")) l = l.replaceFirst("(\\d+)([.)])", "$1\\\\$2");
            sb.append(l);
        }
        return sb.toString();
    }
}
