package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.Department;
import cn.rxzf.portal.content.model.EnforcementList;
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
    /** Province-level regions: how a 地区 may begin, and the full name the group is given. */
    private static final List<String[]> PROVINCES = List.of(
            new String[] {"新疆生产建设兵团", "新疆生产建设兵团"}, new String[] {"北京", "北京市"}, new String[] {"天津", "天津市"},
            new String[] {"上海", "上海市"}, new String[] {"重庆", "重庆市"}, new String[] {"内蒙古", "内蒙古自治区"},
            new String[] {"广西", "广西壮族自治区"}, new String[] {"西藏", "西藏自治区"}, new String[] {"宁夏", "宁夏回族自治区"},
            new String[] {"新疆", "新疆维吾尔自治区"}, new String[] {"香港", "香港特别行政区"}, new String[] {"澳门", "澳门特别行政区"},
            new String[] {"黑龙江", "黑龙江省"}, new String[] {"河北", "河北省"}, new String[] {"山西", "山西省"},
            new String[] {"辽宁", "辽宁省"}, new String[] {"吉林", "吉林省"}, new String[] {"江苏", "江苏省"},
            new String[] {"浙江", "浙江省"}, new String[] {"安徽", "安徽省"}, new String[] {"福建", "福建省"},
            new String[] {"江西", "江西省"}, new String[] {"山东", "山东省"}, new String[] {"河南", "河南省"},
            new String[] {"湖北", "湖北省"}, new String[] {"湖南", "湖南省"}, new String[] {"广东", "广东省"},
            new String[] {"海南", "海南省"}, new String[] {"四川", "四川省"}, new String[] {"贵州", "贵州省"},
            new String[] {"云南", "云南省"}, new String[] {"陕西", "陕西省"}, new String[] {"甘肃", "甘肃省"},
            new String[] {"青海", "青海省"}, new String[] {"台湾", "台湾省"});

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
        for (String[] p : PROVINCES) if (r.startsWith(p[0]) || d.name().startsWith(p[0])) return p[1];
        return OTHER;
    }

    private static int groupRank(String group) {
        return group.equals(NATIONAL) ? 0 : group.equals(OTHER) ? 2 : 1;
    }

    private static int levelRank(Department d) {
        int i = d.level() == null ? -1 : Department.LEVELS.indexOf(d.level());
        return i < 0 ? Department.LEVELS.size() : i;
    }
}
