package cn.rxzf.portal.creditrepair;

import cn.rxzf.portal.content.model.Department;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The departments an applicant chooses from, grouped so a person finds theirs among dozens: the national ones first,
 * then one group per province-level region (its full name, from the department's 地区 however it is written:
 * 广东江门, 广东省江门市 and 广东 all go under 广东省), then those whose region is not given; within a group by level
 * (省级 before 地市级 before 县区级) and name. Each option is the department's full name.
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

    /** The select's options, each with its group, in the order shown. */
    static List<ApplicationForm.Option> options(Collection<Department> departments) {
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<Department> sorted = new ArrayList<>(departments);
        sorted.sort(Comparator.comparing((Department d) -> groupRank(group(d)))
                .thenComparing(DepartmentChoice::group, chinese)
                .thenComparing(DepartmentChoice::levelRank)
                .thenComparing(Department::name, chinese));
        List<ApplicationForm.Option> out = new ArrayList<>();
        for (Department d : sorted) out.add(new ApplicationForm.Option(d.code(), d.name(), group(d)));
        return out;
    }

    /** The group a department is listed under. */
    static String group(Department d) {
        String region = d.region() == null ? "" : d.region().strip();
        if (region.equals("全国") || "国家级".equals(d.level())) return NATIONAL;
        for (String[] p : PROVINCES) if (region.startsWith(p[0])) return p[1];
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
