package cn.rxzf.portal.content.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The citation parser on every form of citation found in the real lists' 违反条款 and 处罚依据 (each row is a real
 * text or its shape), plus the forms the issue names that the content does not yet use (Arabic numerals, ranges,
 * 之一, short names). Keys are written {@code law/article} with {@code :paragraph:item} when given; a failure is
 * {@code !} followed by what the warning quotes.
 */
class CitationParserTest {
    static final LawTable TABLE = new LawTable(List.of(
            law("xiaofang", "中华人民共和国消防法"),
            law("daqi", "中华人民共和国大气污染防治法"),
            law("turang", "中华人民共和国土壤污染防治法"),
            law("neibu", "内部资料性出版物管理办法"),
            law("dianshang", "中华人民共和国电子商务法"),
            law("chufa", "中华人民共和国行政处罚法", List.of("处罚法"), List.of(), List.of(32, 33)),
            law("yancao", "中华人民共和国烟草专卖法"),
            law("yancao-shishi", "中华人民共和国烟草专卖法实施条例"),
            law("jianli", "工程监理企业资质管理规定"),
            law("yaopin", "中华人民共和国药品管理法"),
            law("tongji", "中华人民共和国统计法"),
            law("zj-yuye", "浙江省渔业管理条例"),
            law("shui", "中华人民共和国水污染防治法"),
            law("paiwu", "排污许可管理条例"),
            law("peixun", "生产经营单位安全培训规定"),
            law("zaosheng", "中华人民共和国环境噪声污染防治法"),
            law("gd-zaosheng", "广东省实施〈中华人民共和国环境噪声污染防治法〉办法"),
            law("gonglu-anquan", "公路安全保护条例"),
            law("yibao", "医疗保障基金使用监督管理条例"),
            law("laodong", "中华人民共和国劳动合同法"),
            law("xingfa", "中华人民共和国刑法"),
            law("shian", "中华人民共和国食品安全法", List.of("食安法"), List.of(), List.of()),
            law("wuzhao", "无证无照经营查处办法", List.of(), List.of("无照经营查处取缔办法"), List.of())), null);

    static Stream<Arguments> realForms() {
        return Stream.of(
                row("《中华人民共和国消防法》第二十八条", "xiaofang/28"),
                row("《中华人民共和国消防法》第六十条第一款第一项:消防设施、器材或者消防安全标志的配置、设置不符合国家标准",
                        "xiaofang/60:1:1"),
                row("《中华人民共和国大气污染防治法》第一百一十七条第（一）项（清单所列；该项同时规定违法情形和罚则）", "daqi/117:0:1"),
                row("《中华人民共和国土壤污染防治法》第二十一条第二款第二项、第三项 土壤污染重点监管单位应当履行下列义务：",
                        "turang/21:2:2", "turang/21:2:3"),
                row("《内部资料性出版物管理办法》第二十二条第一款第（三）项、第二十二条第二款（清单所列，未区分违反条款与处罚依据）",
                        "neibu/22:1:3", "neibu/22:2"),
                row("设定依据：《中华人民共和国电子商务法》第十五条、第十六条、第二十四条、第七十六条；免处罚依据：《中华人民共和国行政处罚法》第三十三条",
                        "dianshang/15", "dianshang/16", "dianshang/24", "dianshang/76", "chufa/33"),
                row("1. 《中華人民共和國煙草專賣法》第二十八條; 2. 《中華人民共和國煙草專賣法實施條例》第五十一條第(一)項; 3. 《中華人民共和國行政處罰法》第三十三條第一款。",
                        "yancao/28", "yancao-shishi/51:0:1", "chufa/33:1"),
                row("1.《工程监理企业资质管理规定》(2007年6月通过,建设部令第158号,2018年12月第二次修正)第三十一条; 2.《中华人民共和国行政处罚法》(1996年3月通过,2021年1月修订)第三十三条",
                        "jianli/31", "chufa/33"),
                row("《中华人民共和国药品管理法》(中华人民共和国主席令第三十一号)第一百一十六条生产、销售假药的,没收违法生产", "yaopin/116"),
                row("《中华人民共和国统计法》 第四十二条作为统计调查对象的国家机关、企业事业单位或者其他组织迟报统计资料", "tongji/42"),
                row("《中华人民共和国大气污染防治法》第二十条 第二款禁止通过偷排、篡改或者伪造监测数据", "daqi/20:2"),
                row("《浙江省渔业管理条例》第十九条第一款 捕捞作业单位和个人应当按照捕捞许可证载明的作业内容进行作业。 第四十九条 违反本条例第十九条第一款规定,从事捕捞作业",
                        "zj-yuye/19:1", "zj-yuye/49"),
                row("《中华人民共和国大气污染防治法》第二十四条第一款 企业事业单位应当对其排放的工业废气和本法第七十八条规定名录中所列有毒有害大气污染物进行监测",
                        "daqi/24:1"),
                row("《中华人民共和国水污染防治法》第十条 排放水污染物，不得超过国家或者地方规定的水污染物排放标准。；《排污许可管理条例》第十七条 排污许可证是对排污单位进行生态环境监管的主要依据。",
                        "shui/10", "paiwu/17"),
                row("【违法依据】《生产经营单位安全培训规定》第二十叁条规定:(摘录在此截断)", "peixun/23"),
                row("《中华人民共和国环境影响评价法》第三十一条第三款；（旧）《中华人民共和国行政处罚法》第二十七条第二款",
                        "chufa/27:2(旧)", "!《中华人民共和国环境影响评价法》不在法律法规名录中"),
                row("《中华人民共和国环境噪声污染防治法》（已废止）第十五条 产生环境噪声污染的企业事业单位", "zaosheng/15"),
                row("《广东省实施〈中华人民共和国环境噪声污染防治法〉办法》第八条 产生环境噪声污染的单位和个体工商户", "gd-zaosheng/8"),
                row("《中华人民共和国消防法》第十六条第一款第[项号被篡改]项", "xiaofang/16:1", "[marked]"),
                row("《公路安全保护条例》（示例未列条款）", "[law only]"),
                row("《公路安全保护条例》有关车辆超限的规定（示例未列禁止性条款）", "[law only]"),
                row("《行政处罚法》《医疗保障基金使用监督管理条例》", "[law only]", "[law only]"),
                row("清单未列具体条款（事项所涉：《中华人民共和国税收征收管理法》及其实施细则、《中华人民共和国发票管理办法》）",
                        "[law only]", "[law only]"),
                row("清单未列违反条款"),
                row("《湖南省自然资源行政处罚裁量权基准》第三部分第一条", "!《湖南省自然资源行政处罚裁量权基准》第三部分第一条"),
                row("《城乡规划法》第六十四条、《关于规范城乡规划行政处罚裁量权的指导意见》第五条",
                        "!《城乡规划法》不在法律法规名录中", "!《关于规范城乡规划行政处罚裁量权的指导意见》不在法律法规名录中"),
                // Forms the issue names that the content does not use yet.
                row("《劳动合同法》第84条第1款", "laodong/84:1"),
                row("《中华人民共和国消防法》第十二条至第十四条", "xiaofang/12", "xiaofang/13", "xiaofang/14"),
                row("《中华人民共和国刑法》第一百三十三条之一", "xingfa/133-1"),
                row("《食安法》第一百二十六条第一款第（五）项", "shian/126:1:5"),
                row("《无照经营查处取缔办法》第十四条", "wuzhao/14"),
                row("《处罚法》第三十三条第一款、第二款", "chufa/33:1", "chufa/33:2"),
                row("《中华人民共和国消防法》第[条号缺失]条", "!《中华人民共和国消防法》第[条号缺失]条"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realForms")
    void reads_every_form_of_citation_in_the_content(String text, List<String> expected) {
        assertEquals(expected, described(new CitationParser(TABLE).parse(text)), text);
    }

    @Test
    void the_general_articles_are_marked_and_keys_are_stable() {
        List<Citation> c = new CitationParser(TABLE).parse("《中华人民共和国行政处罚法》第三十三条第一款").citations();
        assertEquals("chufa/33", c.get(0).key());
        assertTrue(c.get(0).isGeneral());
        assertEquals("第33条第1款", c.get(0).label());
    }

    @Test
    void queries_resolve_short_and_bare_names_through_the_table() {
        CitationParser p = new CitationParser(TABLE);
        assertEquals(List.of(new CitationParser.QueryCitation("shian", 126)), CitationParser.inQuery("食安法126条", p.lawIds()));
        assertEquals(List.of(new CitationParser.QueryCitation("xiaofang", 60)),
                CitationParser.inQuery("违反中华人民共和国消防法第六十条怎么罚", p.lawIds()));
        assertEquals(List.of(new CitationParser.QueryCitation("dianshang", 15), new CitationParser.QueryCitation("dianshang", 16)),
                CitationParser.inQuery("《电子商务法》第十五条、第十六条", p.lawIds()));
        assertEquals(List.of(), CitationParser.inQuery("第九条", p.lawIds()));
        assertEquals(List.of(), CitationParser.inQuery("网络安全法第九条", p.lawIds()));
    }

    @Test
    void names_fold_width_traditional_characters_notes_and_the_country_name() {
        assertEquals("烟草专卖法实施条例", LawTable.key("《中華人民共和國煙草專賣法實施條例》"));
        assertEquals("安全生产违法行为行政处罚办法", LawTable.key("安全生产违法行为行政处罚办法（试行）(2015年修正)"));
        assertEquals(LawTable.key("广东省实施〈中华人民共和国环境噪声污染防治法〉办法"),
                LawTable.key(LawTable.key("广东省实施〈中华人民共和国环境噪声污染防治法〉办法")));
        assertEquals(23, Numerals.number("二十叁"));
        assertEquals(-1, Numerals.number("一二"));
    }

    private static List<String> described(CitationParser.Result r) {
        List<String> out = new ArrayList<>();
        for (Citation c : r.citations()) {
            String k = c.law() == null ? "?" + c.lawName() : c.law().id();
            k += "/" + c.articleSlug();
            if (c.paragraph() > 0 || c.item() > 0) k += ":" + c.paragraph();
            if (c.item() > 0) k += ":" + c.item();
            if (c.former()) k += "(旧)";
            if (c.law() != null) out.add(k);
        }
        for (int i = 0; i < r.marked(); i++) out.add("[marked]");
        for (int i = 0; i < r.lawOnly(); i++) out.add("[law only]");
        for (String f : r.failures()) out.add("!" + f);
        return out;
    }

    private static Arguments row(String text, String... expected) {
        return Arguments.of(text, List.of(expected));
    }

    static LawEntry law(String id, String name) {
        return law(id, name, List.of(), List.of(), List.of());
    }

    static LawEntry law(String id, String name, List<String> shortNames, List<String> former, List<Integer> general) {
        return new LawEntry(id, name, shortNames, former, null, "法律", List.of(), general, null, null, 1);
    }
}
