package cn.rxzf.portal.site.history;

import java.util.List;

/**
 * A version of a list in which one item was added (新增), changed (修改: {@code fields}), or taken out (移出).
 * {@code diffUrl} is the comparison page of that version (null when there is none, e.g. the list is gone).
 */
public record ItemChange(Commit commit, String listId, String department, String action, List<String> fields,
                         String diffUrl) {

    public String fieldNames() {
        return String.join("、", fields);
    }
}
