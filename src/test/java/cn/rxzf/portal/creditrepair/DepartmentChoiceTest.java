package cn.rxzf.portal.creditrepair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.model.Department;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The department choice of the application, grouped so a person finds theirs among dozens. */
class DepartmentChoiceTest {
    private static Department d(String code, String name, String region, String level) {
        return new Department(code, name, null, "", "", "", "", 0, "", "", region, level);
    }

    @Test
    void departments_are_grouped_by_province_however_the_region_is_written() {
        List<ApplicationForm.Option> options = DepartmentChoice.options(List.of(
                d("hs-county", "鹤山市市场监督管理局", "广东鹤山", "县区级"),
                d("x", "某部门", null, null),
                d("jm", "江门市市场监督管理局", "广东省江门市", "地市级"),
                d("gd", "广东省市场监督管理局", "广东省", "省级"),
                d("sh", "上海市交通委员会", "上海", null),
                d("mof", "国家税务总局", "全国", "国家级"),
                d("nmg", "内蒙古自治区应急管理厅", "内蒙古自治区", "省级"),
                d("btd", "第六师五家渠市应急管理局", "新疆生产建设兵团第六师五家渠市", null)), Department::region);
        assertEquals(List.of("国家税务总局", "广东省市场监督管理局", "江门市市场监督管理局", "鹤山市市场监督管理局",
                        "内蒙古自治区应急管理厅", "上海市交通委员会", "第六师五家渠市应急管理局", "某部门"),
                options.stream().map(ApplicationForm.Option::label).toList(),
                "national first, then by province (provincial, city, county level), unknown last");
        assertEquals(List.of("国家部门", "广东省", "广东省", "广东省", "内蒙古自治区", "上海市", "新疆生产建设兵团",
                        "其他（地区未注明）"), options.stream().map(ApplicationForm.Option::group).toList());
        ApplicationForm.Field field = new ApplicationForm.Field("department", "部门", "select", null, options, 0, "off");
        assertEquals(List.of("国家部门", "广东省", "内蒙古自治区", "上海市", "新疆生产建设兵团", "其他（地区未注明）"),
                field.groups().stream().map(ApplicationForm.OptionGroup::label).toList(), "one heading per group");
    }

    /**
     * Few department files give their 地区: the sample's departments are found by their lists, cases or name (40 of 58
     * were under 其他 by their own files alone; left there: the fictional 示例市 ones and two whose region no file gives).
     */
    @Test
    void the_sample_departments_are_placed_by_their_lists_cases_or_name() {
        var r = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        List<ApplicationForm.Option> options = DepartmentChoice.options(r.content());
        long other = options.stream().filter(o -> o.group().equals(DepartmentChoice.OTHER)).count();
        assertTrue(other <= 5, other + " of " + options.size() + " departments under 其他: "
                + options.stream().filter(o -> o.group().equals(DepartmentChoice.OTHER)).map(ApplicationForm.Option::label).toList());
        assertEquals("上海市", DepartmentChoice.group(d("x", "上海市某局", null, null), null), "by the start of its name");
    }
}
