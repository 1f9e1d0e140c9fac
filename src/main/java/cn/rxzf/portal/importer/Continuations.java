package cn.rxzf.portal.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Word list table continued in the tables after it: Word users often break a long table (a page break, a “续表”
 * line) into several. A following table continues the chosen one when it has as many columns and either no header
 * of its own and numbered rows, or the same header again with no title between (nothing, or only “续表”). Its rows
 * are joined to the chosen table's — each still named by its own table in problems — and the editor is told.
 */
final class Continuations {
    private static final Pattern CONTINUED = Pattern.compile("[(（]?续(表|上表)?[)）]?[:：]?");

    private Continuations() {}

    /** The chosen table with the rows of the tables that continue it; a notice for each in {@code problems}. */
    static SourceTable join(SourceTable chosen, TableLayout layout, List<SourceTable> tables, String display,
                            List<String> problems) {
        int at = tables.indexOf(chosen);
        if (at < 0) return chosen;
        List<Row> rows = new ArrayList<>(chosen.rows());
        List<String> below = chosen.below();
        for (int i = at + 1; i < tables.size(); i++) {
            SourceTable next = tables.get(i);
            TableLayout own = TableLayout.find(next);
            if (!continues(chosen, layout, next, own)) break;
            int from = own == null ? 0 : own.dataStart();
            for (Row r : next.rows().subList(from, next.rows().size())) rows.add(new Row(r.number(), r.cells(), next.label()));
            below = next.below();
            problems.add(display + ":" + next.at(next.rows().get(from).number(), 0) + ": 此表格与“" + chosen.label()
                    + "”列数相同、" + (own == null ? "没有表头" : "表头相同") + "，按续表接在后面一并导入，请核对");
        }
        return rows.size() == chosen.rows().size() ? chosen
                : new SourceTable(chosen.label(), rows, chosen.letterColumns(), chosen.above(), below);
    }

    /** Whether {@code next} (its layout {@code own}, null when it has no header) continues {@code chosen}. */
    static boolean continues(SourceTable chosen, TableLayout layout, SourceTable next, TableLayout own) {
        if (next.rows().isEmpty() || width(next) != layout.columns().size()) return false;
        if (!next.above().stream().allMatch(p -> CONTINUED.matcher(p.strip()).matches())) return false;
        if (own == null) return TableLayout.numbered(next.rows().get(0));
        return keys(own).equals(keys(layout));
    }

    private static List<String> keys(TableLayout layout) {
        return layout.columns().stream().map(c -> String.valueOf(c.key())).toList();
    }

    private static int width(SourceTable t) {
        int w = 0;
        for (Row r : t.rows()) w = Math.max(w, r.cells().size());
        return w;
    }
}
