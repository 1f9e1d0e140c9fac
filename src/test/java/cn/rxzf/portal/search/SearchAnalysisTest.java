package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Width folding, Chinese numerals, citations and snippets: the pieces queries and the index are made of. */
class SearchAnalysisTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"九, 9", "十, 10", "十五, 15", "二十, 20", "一百一十八, 118", "一百零八, 108", "一千零五, 1005",
            "两百, 200", "三十三, 33", "118, 118", "〇, 0", "一二, -1", "百, -1", "五十x, -1"})
    void chinese_and_arabic_numerals_are_read(String text, int value) {
        assertEquals(value, ChineseText.number(text));
    }

    @Test
    void full_width_letters_digits_and_spaces_fold_to_half_width_one_for_one() {
        assertEquals("ktv 123 第9条", ChineseText.fold("ＫＴＶ　１２３ 第９条"));
        assertEquals(Analysis.terms(Analysis.BIGRAMS, "KTV没挂牌子"), Analysis.terms(Analysis.BIGRAMS, "ＫＴＶ没挂牌子"));
    }

    @Test
    void han_text_is_indexed_as_characters_and_pairs_and_queried_as_pairs() {
        assertEquals(List.of("营业", "业执", "执照"), Analysis.terms(Analysis.BIGRAMS, "营业执照"));
        assertEquals(List.of("营", "执", "照"), Analysis.terms(Analysis.UNIGRAMS, "营执照"));
        assertEquals(Set.of("营", "营业", "业", "业执", "执", "执照", "照"), Set.copyOf(Analysis.terms(Analysis.INDEX, "营业执照")));
        assertEquals(List.of("超", "msds"), Analysis.terms(Analysis.BIGRAMS, "超 MSDS"));
    }

    @Test
    void a_citation_is_the_same_keyword_however_it_is_written() {
        Set<String> laws = Set.of("广告法");
        assertEquals(Set.of("广告法:9"), Citations.inText("违反《中华人民共和国广告法》第九条第三项的规定"));
        assertEquals(Set.of("广告法:9"), Citations.inQuery("广告法第九条", laws));
        assertEquals(Set.of("广告法:9"), Citations.inQuery("《广告法》第9条", Set.of()));
        assertEquals(Set.of("广告法:9"), Citations.inQuery("违反广告法第９条", laws));
        assertEquals(Set.of("广告法:9"), Citations.inQuery("中华人民共和国广告法9条", laws));
    }

    @Test
    void large_numbers_several_articles_and_parenthesised_names_are_read() {
        assertEquals(Set.of("大气污染防治法:117"), Citations.inText("《中华人民共和国大气污染防治法》第一百一十七条第（一）项"));
        assertEquals(Set.of("电子商务法:15", "电子商务法:16", "电子商务法:76"),
                Citations.inText("《中华人民共和国电子商务法》第十五条、第十六条、第七十六条"));
        assertEquals(Set.of("电子商务法:15", "电子商务法:16"), Citations.inQuery("电子商务法第十五条、第十六条", Set.of("电子商务法")));
        assertEquals("安全生产违法行为行政处罚办法", Citations.lawName("《安全生产违法行为行政处罚办法（试行）》"));
    }

    @Test
    void an_article_far_from_any_law_is_not_attributed_to_one() {
        assertEquals(Set.of(), Citations.inText("《公路法》规定了很多。另见第四十六条"));
        assertEquals(Set.of(), Citations.inQuery("第九条", Set.of("广告法")));
        assertEquals(Set.of(), Citations.inQuery("告法第九条", Set.of("广告法")));
    }

    @Test
    void snippets_escape_html_and_mark_matches_merged() {
        assertEquals("&lt;b&gt;未<mark>公示营业执照</mark>&lt;/b&gt;",
                Snippets.mark("<b>未公示营业执照</b>", List.of("公示", "示营", "营业", "业执", "执照")));
        assertEquals("<mark>ＫＴＶ</mark>门口", Snippets.mark("ＫＴＶ门口", List.of("ktv")));
        String long1 = "甲".repeat(200) + "营业执照" + "乙".repeat(200);
        String excerpt = Snippets.excerpt(long1, List.of("营业", "执照"), 60);
        assertEquals(true, excerpt.startsWith("…") && excerpt.endsWith("…") && excerpt.contains("<mark>营业执照</mark>"),
                excerpt);
    }
}
