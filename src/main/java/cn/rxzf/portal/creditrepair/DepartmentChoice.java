package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Provinces;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The departments an applicant chooses from, grouped so a person finds theirs among dozens: the national ones first,
 * then one group per province-level region (its full name, from the 地区 however it is written: 广东江门, 广东省江门市
 * and 广东 all go under 广东省), then those whose region is not known; within a group by level (省级 before 地市级
 * before 县区级) and name. Each option is the department's full name. Few department files give their 地区: then
 * that of the department's lists, or of its cases, or the start of its name (上海市…) decides.
 */
final class DepartmentChoice {
    static final String NATIONAL = "国家部门";
    static final String OTHER = "其他（地区未注明）";
    private DepartmentChoice() {}

    /** The select's options for the content's departments. */
    static List<ApplicationForm.Option> options(Content content) {
        return options(content.departments.values(), d -> region(content, d));
    }

    /** The 地区 a department is known by: its own, else its lists', else its cases' (null when none gives one). */
    static String region(Content content, Department d) {
        if (d.region() != null && !d.region().isBlank()) return d.region();
        for (EnforcementList l : content.listsOf(d.code())) if (l.region() != null && !l.region().isBlank()) return l.region();
        for (Case c : content.cases.values()) {
            if (c.department().equals(d.code()) && c.region() != null && !c.region().isBlank()) return c.region();
        }
        return null;
    }

    /** The select's options, each with its group, in the order shown; {@code region} gives a department's 地区. */
    static List<ApplicationForm.Option> options(Collection<Department> departments, Function<Department, String> region) {
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<Department> sorted = new ArrayList<>(departments);
        Function<Department, String> group = d -> group(d, region.apply(d));
        sorted.sort(Comparator.comparing((Department d) -> groupRank(group.apply(d)))
                .thenComparing(group, chinese)
                .thenComparing(DepartmentChoice::levelRank)
                .thenComparing(Department::name, chinese));
        List<ApplicationForm.Option> out = new ArrayList<>();
        for (Department d : sorted) out.add(new ApplicationForm.Option(d.code(), d.name(), group.apply(d)));
        return out;
    }

    /** The group a department with this 地区 (null: unknown) is listed under. */
    static String group(Department d, String region) {
        String r = region == null ? "" : region.strip();
        if (r.equals("全国") || "国家级".equals(d.level())) return NATIONAL;
        String province = Provinces.of(r);
        if (province == null) province = Provinces.of(d.name());
        return province == null ? OTHER : province;
    }

    private static int groupRank(String group) {
        return group.equals(NATIONAL) ? 0 : group.equals(OTHER) ? 2 : 1;
    }

    private static int levelRank(Department d) {
        int i = d.level() == null ? -1 : Department.LEVELS.indexOf(d.level());
        return i < 0 ? Department.LEVELS.size() : i;
    }
}
