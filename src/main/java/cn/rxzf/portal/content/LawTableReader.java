package cn.rxzf.portal.content;

import cn.rxzf.portal.content.citations.LawEntry;
import cn.rxzf.portal.content.citations.LawTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code law/fagui-minglu.yaml}, the reviewed table of laws and regulations that citations are resolved
 * through: one entry per law with its id, names, 文号, level, versions and general articles. A name that two entries
 * claim is a problem: a citation must resolve to one law.
 */
final class LawTableReader {
    static final String FILE = "law/fagui-minglu.yaml";
    static final List<String> LEVELS = List.of("法律", "行政法规", "部门规章", "地方性法规", "地方政府规章", "规范性文件");

    /** The table as read, for the loader to check its 文本 references against the law files. */
    record Read(List<LawEntry> entries) {}

    private LawTableReader() {}

    static Read read(ReadContext r) {
        Fields f = r.fields;
        List<LawEntry> entries = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (Fields e : f.objects("法规", true)) {
            String id = e.id("id", true);
            String name = e.text("名称", true);
            List<String> shortNames = e.texts("简称", false);
            List<String> formerNames = e.texts("曾用名", false);
            String docNumber = e.text("文号", false);
            String level = e.oneOf("层级", LEVELS, true);
            List<LawEntry.Version> versions = new ArrayList<>();
            for (Fields v : e.objects("版本", false)) {
                LocalDate effective = v.date("施行日期", true);
                String vDoc = v.text("文号", false);
                String note = v.text("说明", false);
                v.finish();
                if (effective != null) versions.add(new LawEntry.Version(effective, vDoc, note));
            }
            List<Integer> general = new ArrayList<>();
            for (String g : e.texts("通用条款", false)) {
                try {
                    int n = Integer.parseInt(g);
                    if (n <= 0) throw new NumberFormatException();
                    general.add(n);
                } catch (NumberFormatException x) {
                    e.problem(e.line("通用条款"), "“通用条款”应为条的序号（阿拉伯数字），实为“" + g + "”");
                }
            }
            String text = e.id("文本", false);
            String source = e.url("来源");
            e.finish();
            if (id == null || name == null) continue;
            if (owner.containsKey("id:" + id)) {
                e.problem(e.line("id"), "法规 id“" + id + "”重复");
                continue;
            }
            owner.put("id:" + id, id);
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(shortNames);
            names.addAll(formerNames);
            for (String n : names) {
                String key = LawTable.key(n);
                String before = owner.putIfAbsent(key, id);
                if (before != null && !before.equals(id)) {
                    e.problem(e.line(), "名称“" + n + "”已属于“" + before + "”：一个名称只能指向一部法规");
                }
            }
            if (level == null) continue; // reported; its names are still claimed, so a clash shows at once
            entries.add(new LawEntry(id, name, shortNames, formerNames, docNumber, level, versions, general, text,
                    source, e.line()));
        }
        f.finish();
        return new Read(List.copyOf(entries));
    }
}
