package cn.rxzf.portal.content.model;

import java.util.List;

/**
 * China's province-level regions, the one vocabulary for reading a 地区 as it is written (广东江门, 广东省江门市, 广东):
 * the short form a 地区 may begin with and the region's full name.
 */
public final class Provinces {
    private record Province(String shortName, String fullName) {}

    /** 新疆生产建设兵团 before 新疆: the longer prefix wins. */
    private static final List<Province> ALL = List.of(
            new Province("新疆生产建设兵团", "新疆生产建设兵团"), new Province("北京", "北京市"), new Province("天津", "天津市"),
            new Province("上海", "上海市"), new Province("重庆", "重庆市"), new Province("内蒙古", "内蒙古自治区"),
            new Province("广西", "广西壮族自治区"), new Province("西藏", "西藏自治区"), new Province("宁夏", "宁夏回族自治区"),
            new Province("新疆", "新疆维吾尔自治区"), new Province("香港", "香港特别行政区"), new Province("澳门", "澳门特别行政区"),
            new Province("黑龙江", "黑龙江省"), new Province("河北", "河北省"), new Province("山西", "山西省"),
            new Province("辽宁", "辽宁省"), new Province("吉林", "吉林省"), new Province("江苏", "江苏省"),
            new Province("浙江", "浙江省"), new Province("安徽", "安徽省"), new Province("福建", "福建省"),
            new Province("江西", "江西省"), new Province("山东", "山东省"), new Province("河南", "河南省"),
            new Province("湖北", "湖北省"), new Province("湖南", "湖南省"), new Province("广东", "广东省"),
            new Province("海南", "海南省"), new Province("四川", "四川省"), new Province("贵州", "贵州省"),
            new Province("云南", "云南省"), new Province("陕西", "陕西省"), new Province("甘肃", "甘肃省"),
            new Province("青海", "青海省"), new Province("台湾", "台湾省"));

    private Provinces() {}

    /** The full name of the province-level region {@code text} begins with (广东江门 → 广东省), or null. */
    public static String of(String text) {
        if (text == null) return null;
        String t = text.strip();
        for (Province p : ALL) if (t.startsWith(p.shortName())) return p.fullName();
        return null;
    }

    /** Whether {@code text} names a province-level region and nothing below it (江苏, 江苏省, 广西壮族自治区). */
    public static boolean isWhole(String text) {
        if (text == null) return false;
        String t = text.strip();
        for (Province p : ALL) if (t.equals(p.shortName()) || t.equals(p.fullName())) return true;
        return false;
    }
}
