package cn.rxzf.portal.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a list sits in a table: the header row — the row among the first {@link Limits#HEADER_SCAN} whose cells name
 * the most known columns (at least two) — and up to two header rows under it that still name columns (a two-row
 * header, its upper cells merged across); the rows above it (the title); and each column's item key. A column's key
 * comes from its lowest header cell that names one not taken by a column to its left; a column that names none is an
 * extra field under its heading.
 */
record TableLayout(int headerStart, int dataStart, List<Column> columns, List<String> above) {

    /** A column: its index, its heading as written, and the item key it fills (null: an extra field). */
    record Column(int index, String heading, String key) {}

    /** The layout of a table, or null when no row of its top looks like a list's header. */
    static TableLayout find(SourceTable table) {
        List<Row> rows = table.rows();
        int best = -1;
        int bestScore = 1;
        for (int i = 0; i < Math.min(rows.size(), Limits.HEADER_SCAN); i++) {
            int score = score(rows.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) return null;
        // the best row may be the lower of two header rows whose upper cells are merged down into it
        while (best > 0 && score(rows.get(best - 1)) >= 2 && !numbered(rows.get(best - 1))) best--;
        int end = best + 1;
        while (end < rows.size() && end <= best + 2 && score(rows.get(end)) >= 1 && !numbered(rows.get(end))) end++;
        int width = 0;
        for (Row r : rows) width = Math.max(width, r.cells().size());
        List<Column> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < width; c++) {
            String key = null;
            for (int r = end - 1; r >= best && key == null; r--) {
                String k = Columns.target(rows.get(r).cell(c));
                if (k != null && !taken.contains(k)) key = k;
            }
            if (key != null) taken.add(key);
            columns.add(new Column(c, heading(rows, best, end, c), key));
        }
        List<String> above = new ArrayList<>(table.above());
        for (int i = 0; i < best; i++) {
            String text = text(rows.get(i));
            if (!text.isEmpty()) above.add(text);
        }
        return new TableLayout(best, end, columns, above);
    }

    /** The number of distinct known columns a row names. */
    private static int score(Row row) {
        Set<String> keys = new HashSet<>();
        for (String cell : row.cells()) {
            String k = Columns.target(cell);
            if (k != null) keys.add(k);
        }
        return keys.size();
    }

    /** Whether a row starts like an item: its first non-empty cell a number. */
    static boolean numbered(Row row) {
        for (String c : row.cells()) {
            if (!c.isEmpty()) return Items.seq(c) != null;
        }
        return false;
    }

    /** The heading of a column: its distinct header cells top to bottom, joined by “·”. */
    private static String heading(List<Row> rows, int start, int end, int column) {
        Set<String> parts = new LinkedHashSet<>();
        for (int r = start; r < end; r++) {
            String cell = rows.get(r).cell(column);
            if (!cell.isEmpty()) parts.add(cell.replace('\n', ' '));
        }
        return String.join("·", parts);
    }

    /** A row as one line: its one text when it has one, else its distinct cells joined by spaces. */
    static String text(Row row) {
        String single = row.single();
        if (single != null) return single;
        Set<String> parts = new LinkedHashSet<>();
        for (String c : row.cells()) if (!c.isEmpty()) parts.add(c);
        return String.join(" ", parts);
    }
}
