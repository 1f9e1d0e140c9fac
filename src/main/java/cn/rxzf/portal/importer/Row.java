package cn.rxzf.portal.importer;

import java.util.List;

/**
 * One row of a table as text: {@code number} is the row as the editor sees it (1-based), cells are stripped texts with
 * "" for empty; merged cells carry the merged value in every cell they cover. {@code table} names the table the row
 * is in when that is not the table it was joined to (a Word table continued in another table), else null.
 */
record Row(int number, List<String> cells, String table) {
    Row(int number, List<String> cells) {
        this(number, cells, null);
    }

    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isEmpty() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** The one text of a row whose non-empty cells all say the same (a title, heading or note across the table). */
    String single() {
        String one = null;
        for (String c : cells) {
            if (c.isEmpty()) continue;
            if (one == null) one = c;
            else if (!one.equals(c)) return null;
        }
        return one;
    }
}
