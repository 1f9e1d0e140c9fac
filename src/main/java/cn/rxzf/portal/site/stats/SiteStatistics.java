package cn.rxzf.portal.site.stats;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Procedure;
import cn.rxzf.portal.content.model.Statistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the statistics page shows, computed once per build from the content: the published lists, items and cases
 * counted by department, type, 领域, status and method, and the departments' statistics forms as one table.
 */
public final class SiteStatistics {
    private final Content content;

    public SiteStatistics(Content content) {
        this.content = content;
    }

    /** Every chart of the page, in page order. */
    public List<Chart> charts() {
        return List.of(itemsByDepartment(), listsByType(), itemsByArea(), listsByStatus(), casesByMethod());
    }

    public Chart itemsByDepartment() {
        List<Count> rows = new ArrayList<>();
        for (Department d : content.departments.values()) {
            long n = 0;
            for (EnforcementList l : content.listsOf(d.code())) n += l.items().size();
            if (n > 0) rows.add(new Count(d.name(), "/lists/department/" + d.code() + "/", n));
        }
        return new Chart("chart-department", "各部门公示的清单事项数", rows);
    }

    public Chart listsByType() {
        List<Count> rows = new ArrayList<>();
        content.listCountsByType().forEach((type, n) -> rows.add(new Count(type, null, n)));
        return new Chart("chart-type", "各类型清单数", rows);
    }

    public Chart itemsByArea() {
        Map<String, Long> counts = new TreeMap<>();
        for (Item i : content.items.values()) counts.merge(i.area(), 1L, Long::sum);
        List<Count> rows = new ArrayList<>();
        counts.forEach((area, n) -> rows.add(new Count(area, null, n)));
        rows.sort((a, b) -> Long.compare(b.value(), a.value()));
        return new Chart("chart-area", "各领域事项数", rows);
    }

    public Chart listsByStatus() {
        List<Count> rows = new ArrayList<>();
        for (String s : EnforcementList.STATUSES) {
            long n = content.lists.values().stream().filter(l -> l.status().equals(s)).count();
            if (n > 0) rows.add(new Count(s, null, n));
        }
        return new Chart("chart-status", "各状态清单数", rows);
    }

    public Chart casesByMethod() {
        List<Count> rows = new ArrayList<>();
        for (Procedure m : content.methods.values()) {
            int n = content.casesOfMethod(m.id()).size();
            if (n > 0) rows.add(new Count(m.name(), m.url(), n));
        }
        rows.sort((a, b) -> Long.compare(b.value(), a.value()));
        return new Chart("chart-method", "典型案例使用的执法方式", rows);
    }

    public long caseCount() {
        return content.cases.size();
    }

    /** The statistics forms (departments' own figures), by department then period. */
    public List<Statistics> forms() {
        return content.statistics;
    }

    /** Methods any form counted, in first-seen order, as id → name. */
    public Map<String, String> formMethods() {
        Map<String, String> names = new LinkedHashMap<>();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Statistics s : content.statistics) ids.addAll(s.methodUses().keySet());
        for (String id : ids) names.put(id, content.methods.containsKey(id) ? content.methods.get(id).name() : id);
        return names;
    }

    /** Column headings of the forms table, the CSV and the XLSX. */
    public List<String> formHeader() {
        List<String> h = new ArrayList<>(List.of("部门", "统计期间", "开始日期", "结束日期", "不予处罚：轻微违法",
                "不予处罚：首违", "不予处罚：无主观过错", "不予处罚合计", "免罚金额（元）", "从轻处罚件数", "从轻处罚金额（元）",
                "减轻处罚件数", "减轻处罚金额（元）", "不予行政强制", "告知承诺", "行政回访", "回访后再次违法", "公布典型案例"));
        for (String name : formMethods().values()) h.add("执法方式：" + name);
        return h;
    }

    /** One row per form under {@link #formHeader()}: texts and numbers. */
    public List<List<Object>> formRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Statistics s : content.statistics) {
            Department d = content.departments.get(s.department());
            List<Object> r = new ArrayList<>(List.of(d == null ? s.department() : d.name(), s.period(), s.from().toString(),
                    s.to().toString(), s.noPenaltyMinor(), s.noPenaltyFirst(), s.noPenaltyNoFault(), s.noPenaltyTotal(),
                    s.noPenaltyAmount(), s.lighterCount(), s.lighterAmount(), s.reducedCount(), s.reducedAmount(),
                    s.noCoercion(), s.commitments(), s.followUps(), s.reoffences(), s.casesPublished()));
            for (String id : formMethods().keySet()) r.add(s.methodUses().getOrDefault(id, 0));
            rows.add(r);
        }
        return rows;
    }

    /** The forms shown on the page: indicators down, forms across, at most {@code perTable} forms per table so it fits a screen. */
    public record FormTable(List<String> columns, List<FormRow> rows) {}

    public record FormRow(String label, List<Object> values) {}

    public List<FormTable> formTables(long perTable) {
        List<String> header = formHeader();
        List<List<Object>> forms = formRows();
        List<FormTable> tables = new ArrayList<>();
        for (int start = 0; start < forms.size(); start += (int) perTable) {
            List<List<Object>> part = forms.subList(start, (int) Math.min(forms.size(), start + perTable));
            List<String> columns = new ArrayList<>();
            for (List<Object> f : part) columns.add(f.get(0) + "（" + f.get(1) + "）");
            List<FormRow> rows = new ArrayList<>();
            for (int i = 2; i < header.size(); i++) {
                List<Object> values = new ArrayList<>();
                for (List<Object> f : part) values.add(f.get(i));
                rows.add(new FormRow(header.get(i), values));
            }
            tables.add(new FormTable(columns, rows));
        }
        return tables;
    }

    /** Cases of each department, for the table beside the forms. */
    public List<Count> casesByDepartment() {
        List<Count> rows = new ArrayList<>();
        for (Department d : content.departments.values()) {
            long n = 0;
            for (Case c : content.cases.values()) if (c.department().equals(d.code())) n++;
            if (n > 0) rows.add(new Count(d.name(), d.url(), n));
        }
        return rows;
    }
}
