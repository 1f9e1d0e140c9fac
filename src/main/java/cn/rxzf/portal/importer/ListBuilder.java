package cn.rxzf.portal.importer;

import cn.rxzf.portal.content.model.ListKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a table and its layout into the list's items. A row whose cells all say one thing is a heading between items
 * (kept as each following item's 类别) or, after the last item, a note; every other non-empty row is an item, except
 * a row that repeats the previous item's 序号 and 违法行为 (its cells merged down), which adds its conditions and
 * measures to that item. Every problem is reported with its cell.
 */
final class ListBuilder {
    /** The extra field a heading row between items becomes. */
    static final String SECTION = "类别";
    private static final Pattern VERSION = Pattern.compile("[(（]?(第[一二三四五六七八九十\\d]+批|\\d+(\\.\\d+)*版)[)）]?");
    /** Keys a continuation row does not add to its item: they name the row, not its content. */
    private static final Set<String> ROW_KEYS = Set.of(Columns.SKIP, ListKeys.SEQ, ListKeys.ID);
    private static final Pattern HEADING_NUMBER = Pattern.compile("^[一二三四五六七八九十]+、\\s*");
    private static final Pattern ATTACHMENT = Pattern.compile("附件\\s*\\d*[：:]?");

    private final String file;
    private final SourceTable table;
    private final TableLayout layout;
    private final String listId;
    private final List<String> problems;
    /** Whether the table is one of the portal's own downloads (it has the 条目编号 and 网址 columns). */
    private boolean ownDownload;
    /** Required columns that are there but empty in every item: reported once, not per cell. */
    private final Set<String> emptyColumns = new HashSet<>();
    /** The row each 序号 was first seen on, to report a repeated one. */
    private final Map<Integer, Integer> seqRows = new java.util.HashMap<>();

    ListBuilder(String file, SourceTable table, TableLayout layout, String listId, List<String> problems) {
        this.file = file;
        this.table = table;
        this.layout = layout;
        this.listId = listId;
        this.problems = problems;
    }

    ImportedList build(String fallbackTitle) {
        List<Row> rows = table.rows();
        Map<String, TableLayout.Column> byKey = new LinkedHashMap<>();
        for (TableLayout.Column c : layout.columns()) if (c.key() != null) byKey.put(c.key(), c);
        int headerRow = rows.get(layout.headerStart()).number();
        ownDownload = byKey.containsKey(ListKeys.ID) && byKey.containsKey(Columns.SKIP);
        reportColumns(headerRow, byKey);

        int lastItemRow = -1;
        for (int i = layout.dataStart(); i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).single() == null) lastItemRow = i;
        }
        String title = title(fallbackTitle);
        String type = Items.type(title);
        String defaultOutcome = byKey.containsKey(ListKeys.OUTCOME) ? null : Items.outcomeOfType(type);
        if (defaultOutcome != null) {
            problems.add(file + ":" + table.at(headerRow, 0) + ": 表中没有“处理结果”列：按标题定为“" + defaultOutcome + "”，请核对");
        }

        List<Map<String, Object>> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String section = null;
        String previousSeq = null;
        for (int i = layout.dataStart(); i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isEmpty()) continue;
            if (i > lastItemRow) {
                notes.add(TableLayout.text(row));
                continue;
            }
            if (row.single() != null) {
                section = row.single();
                continue;
            }
            String seqCell = byKey.containsKey(ListKeys.SEQ) ? row.cell(byKey.get(ListKeys.SEQ).index()) : "";
            String violation = byKey.containsKey(ListKeys.VIOLATION) ? row.cell(byKey.get(ListKeys.VIOLATION).index()) : "";
            if (!items.isEmpty() && !seqCell.isEmpty() && seqCell.equals(previousSeq)
                    && violation.equals(items.get(items.size() - 1).get(ListKeys.VIOLATION))) {
                Map<String, Object> item = items.get(items.size() - 1);
                for (TableLayout.Column c : layout.columns()) {
                    String cell = row.cell(c.index());
                    if (c.key() != null && !ROW_KEYS.contains(c.key()) && !cell.isEmpty()) Items.merge(item, c.key(), Items.value(c.key(), cell, ownDownload));
                }
                continue;
            }
            previousSeq = seqCell;
            items.add(item(row, byKey, section, defaultOutcome, items.size() + 1, ids));
        }
        notes.addAll(table.below());
        if (items.isEmpty()) {
            problems.add(file + ":" + table.at(headerRow, 0) + ": 表头下面没有条目");
        }
        return new ImportedList(title, type, Items.docNumber(concat(layout.above(), notes)), version(title), byKey.containsKey(ListKeys.AREA),
                items, notes);
    }

    private Map<String, Object> item(Row row, Map<String, TableLayout.Column> byKey, String section, String defaultOutcome,
                                     int position, Set<String> ids) {
        Map<String, Object> item = Items.newItem();
        Map<String, String> extra = new LinkedHashMap<>();
        if (section != null) extra.put(SECTION, section);
        for (TableLayout.Column c : layout.columns()) {
            String cell = row.cell(c.index());
            if (c.key() == null) {
                if (!cell.isEmpty()) extra.put(c.heading().isEmpty() ? "第" + (c.index() + 1) + "列" : c.heading(), cell);
            } else if (!c.key().equals(Columns.SKIP) && !cell.isEmpty()) {
                item.put(c.key(), Items.value(c.key(), cell, ownDownload));
                if (c.key().equals(ListKeys.CONDITIONS) && !ownDownload && Enumeration.alternatives(cell)) {
                    problem(row, c, "“适用条件”列的是“下列情形之一”（满足其中一项即可），而清单的适用条件须同时满足："
                            + "已整段保留为一条，未拆分；请核对，必要时拆成几个条目");
                }
            }
        }
        Integer seq = null;
        if (item.get(ListKeys.SEQ) instanceof String s) {
            seq = Items.seq(s);
            if (seq == null) problem(row, byKey.get(ListKeys.SEQ), "序号“" + s + "”不是数字：未写入序号（按位置排为第 " + position + " 项）");
        }
        if (seq != null) {
            item.put(ListKeys.SEQ, seq);
            Integer first = seqRows.putIfAbsent(seq, row.number());
            if (first != null && !ownDownload) { // the portal's own download names each item by its 条目编号
                problem(row, byKey.get(ListKeys.SEQ), "序号 " + seq + " 与第 " + first + " 行的条目重复：两项都已导入，请核对序号");
            }
        } else {
            item.remove(ListKeys.SEQ);
        }
        String written = (String) item.get(ListKeys.ID);
        String id = Items.id(written, listId, seq != null ? seq : position, ids);
        if (written != null && !written.equals(id)) {
            problem(row, byKey.get(ListKeys.ID), "条目编号“" + written + "”不能用作 id（应为小写英文、数字和连字符且不重复）：改用“" + id + "”");
        }
        item.put(ListKeys.ID, id);
        outcome(row, byKey, item, defaultOutcome);
        for (String key : ListKeys.REQUIRED_ITEM_KEYS) {
            TableLayout.Column c = byKey.get(key);
            Object v = item.get(key);
            if (c != null && !emptyColumns.contains(key) && (v == null || v instanceof List<?> l && l.isEmpty())) {
                problem(row, c, "“" + key + "”为空：已留 # TODO");
            }
        }
        if (!extra.isEmpty()) item.put(ListKeys.EXTRA, extra);
        return ordered(item);
    }

    private void outcome(Row row, Map<String, TableLayout.Column> byKey, Map<String, Object> item, String defaultOutcome) {
        Object written = item.get(ListKeys.OUTCOME);
        if (written == null) {
            if (defaultOutcome != null) item.put(ListKeys.OUTCOME, defaultOutcome);
            return;
        }
        String text = (String) written;
        String outcome = Items.outcome(text);
        if (outcome == null) {
            item.remove(ListKeys.OUTCOME);
            item.putIfAbsent(ListKeys.OUTCOME_NOTE, text);
            problem(row, byKey.get(ListKeys.OUTCOME), "处理结果“" + text + "”对应不到 不予处罚、可以不予处罚、从轻处罚、减轻处罚、不予行政强制 之一："
                    + "原文写入处理说明，处理结果留了 # TODO");
        } else {
            item.put(ListKeys.OUTCOME, outcome);
            if (!outcome.equals(text)) item.putIfAbsent(ListKeys.OUTCOME_NOTE, text);
        }
    }

    private void reportColumns(int headerRow, Map<String, TableLayout.Column> byKey) {
        for (TableLayout.Column c : layout.columns()) {
            if (c.key() != null || !hasData(c)) continue;
            String name = c.heading().isEmpty() ? "第" + (c.index() + 1) + "列" : c.heading();
            String known = Columns.target(c.heading());
            problems.add(file + ":" + table.at(headerRow, c.index()) + ": 列“" + name + "”"
                    + (known != null ? "与左边的列同样对应“" + known + "”" : "不对应清单的标准字段")
                    + "：作为“" + ListKeys.EXTRA + "”保留并公开，请核对");
        }
        for (String key : ListKeys.REQUIRED_ITEM_KEYS) {
            if (!byKey.containsKey(key) && !key.equals(ListKeys.ID) && !key.equals(ListKeys.OUTCOME)) {
                problems.add(file + ":" + table.at(headerRow, 0) + ": 表中没有“" + key + "”列：每个条目都留了 # TODO，请补充");
            } else if (byKey.containsKey(key) && !hasData(byKey.get(key))) {
                emptyColumns.add(key);
                problems.add(file + ":" + table.at(headerRow, byKey.get(key).index()) + ": “" + key + "”列全部为空：每个条目都留了 # TODO，请补充");
            }
        }
    }

    /** The title: the rows or paragraphs above the header that name the list, else the file's name. */
    private String title(String fallback) {
        List<String> lines = new ArrayList<>();
        for (String line : layout.above()) {
            String l = HEADING_NUMBER.matcher(line.replace('\n', ' ').strip()).replaceFirst("");
            if (ATTACHMENT.matcher(l).matches() || VERSION.matcher(l).matches() || l.length() > 80) continue;
            lines.add(l);
        }
        for (String l : lines) if (l.contains("清单") || l.contains("目录")) return l;
        return lines.isEmpty() ? fallback : lines.get(lines.size() - 1);
    }

    /** 版本 from a line of its own above the table, such as （第二批）, or from the title. */
    private String version(String title) {
        for (String line : layout.above()) {
            var m = VERSION.matcher(line.strip());
            if (m.matches()) return m.group(1);
        }
        var m = VERSION.matcher(title);
        return m.find() ? m.group(1) : null;
    }

    private boolean hasData(TableLayout.Column c) {
        for (int i = layout.dataStart(); i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            if (row.single() == null && !row.cell(c.index()).isEmpty()) return true;
        }
        return false;
    }

    private void problem(Row row, TableLayout.Column column, String message) {
        problems.add(file + ":" + table.at(row, column == null ? 0 : column.index()) + ": " + message);
    }

    private static Map<String, Object> ordered(Map<String, Object> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : ListKeys.ITEM_KEYS) if (item.containsKey(key)) out.put(key, item.get(key));
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
