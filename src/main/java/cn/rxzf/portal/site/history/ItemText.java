package cn.rxzf.portal.site.history;

import java.util.Map;
import java.util.Objects;

/**
 * One item of a list version. Most items are the same text from version to version, so an item split out of its
 * list's YAML keeps that text and is parsed only when a comparison needs its fields; two items with the same text
 * (and the same defaults for 序号 and 领域) are equal without parsing either.
 */
public final class ItemText {
    private final String yaml;
    private final int indent;
    private final int position;
    private final String listArea;
    private Map<String, Object> fields;

    private ItemText(String yaml, int indent, int position, String listArea, Map<String, Object> fields) {
        this.yaml = yaml;
        this.indent = indent;
        this.position = position;
        this.listArea = listArea;
        this.fields = fields;
    }

    /** An item read together with its list: fields already complete. */
    static ItemText parsed(Map<String, Object> fields) {
        return new ItemText(null, 0, 0, null, fields);
    }

    /**
     * An item's own YAML (one sequence entry, its lines still {@code indent} columns deep), with what its list
     * supplies when a field is left out.
     */
    static ItemText unparsed(String yaml, int indent, int position, String listArea) {
        return new ItemText(yaml, indent, position, listArea, null);
    }

    /** The item's fields, with 序号 and 领域 filled in as the generator does. */
    synchronized Map<String, Object> fields() {
        if (fields == null) fields = ListSnapshot.itemFields(ListSnapshot.dedent(yaml, indent), position, listArea);
        return fields;
    }

    /** True when both are the same text in the same place: their fields are then certainly equal. */
    boolean sameAs(ItemText other) {
        return yaml != null && yaml.equals(other.yaml) && indent == other.indent && position == other.position
                && Objects.equals(listArea, other.listArea);
    }
}
