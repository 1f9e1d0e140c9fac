package cn.rxzf.portal.importer;

import java.util.List;

/**
 * A table as read from a file: its label in locations ({@code Sheet1}, {@code table 2}, or null for a CSV file), its
 * rows, whether columns are named by letters (Excel) or numbers, and the paragraphs of text just above and below it
 * (a Word document's title and notes; empty for sheets, whose titles and notes are rows).
 */
record SourceTable(String label, List<Row> rows, boolean letterColumns, List<String> above, List<String> below) {

    /** {@code sheet:row:col} (or {@code row:col}) as problems name a cell. */
    String at(int row, int column) {
        String col = letterColumns ? letters(column) : String.valueOf(column + 1);
        return (label == null ? "" : label + ":") + row + ":" + col;
    }

    /** {@code sheet:row:col} of a row's cell, naming the row's own table when it came from another. */
    String at(Row row, int column) {
        return row.table() == null ? at(row.number(), column)
                : new SourceTable(row.table(), List.of(), letterColumns, List.of(), List.of()).at(row.number(), column);
    }

    static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) sb.insert(0, (char) ('A' + (c - 1) % 26));
        return sb.toString();
    }
}
