package cn.rxzf.portal.content.citations;

import cn.rxzf.portal.content.model.Provinces;

import java.util.regex.Pattern;

/** The administrative level a list's 地区 names, as far as its wording tells (empty when it does not). */
public final class Regions {
    private static final Pattern MUNICIPALITY = Pattern.compile("(北京|上海|天津|重庆)市?");
    private static final Pattern COUNTY = Pattern.compile(".*([县旗]|[^治]区)([（(].*)?");
    private static final Pattern CITY = Pattern.compile(".*(省|自治区|北京|上海|天津|重庆)?.*[市州盟]([（(].*)?");
    private static final Pattern PROVINCE = Pattern.compile(".*(省|自治区)([（(].*)?");

    private Regions() {}

    public static String level(String region) {
        if (region == null || region.isBlank()) return "";
        String r = region.strip();
        if (r.equals("全国")) return "国家";
        if (MUNICIPALITY.matcher(r).matches() || Provinces.isWhole(r)) return "省级";
        if (COUNTY.matcher(r).matches()) return "县级";
        if (CITY.matcher(r).matches()) return "市级";
        if (PROVINCE.matcher(r).matches()) return "省级";
        return "";
    }
}
