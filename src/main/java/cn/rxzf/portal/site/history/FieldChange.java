package cn.rxzf.portal.site.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field that differs between two versions. Values are lists of texts (a scalar is a one-element list, an absent
 * field an empty one); for sequences such as 适用条件 {@code added} and {@code removed} say which entries changed.
 */
public record FieldChange(String field, List<String> before, List<String> after, List<String> added,
                          List<String> removed, boolean sequence) {

    /** The change of {@code field} from {@code a} to {@code b}, or null when they are equal. */
    static FieldChange of(String field, Object a, Object b) {
        if (Objects.equals(a, b)) return null;
        List<String> before = asList(a), after = asList(b);
        if (before.equals(after)) return null;
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        return new FieldChange(field, before, after, List.copyOf(added), List.copyOf(removed),
                a instanceof List || b instanceof List);
    }

    @SuppressWarnings("unchecked")
    private static List<String> asList(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) return (List<String>) l;
        String s = v.toString();
        return s.isEmpty() ? List.of() : List.of(s);
    }
}
