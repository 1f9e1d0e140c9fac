package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.ContentLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relevance over the real lists of {@code content/}. The figures that count are held out (issue 16; the full report
 * with learnt weights is {@code java -jar target/portal.jar search --report}): here the site's weights, each fold's
 * lists with their keywords withheld, must not fall below where they stand; the old in-sample set likewise. These are
 * floors against regressions, below the bar of issue 16, which is not yet met (see bench/search/README.md).
 */
class SearchRelevanceTest {
    @TempDir
    static Path dir;
    static Content content;

    @BeforeAll
    static void load() {
        ContentLoader.Result loaded = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        assertTrue(loaded.ok(), loaded.problems().sorted().toString());
        content = loaded.content();
    }

    @Test
    void the_owners_set_was_labelled_and_has_fifty_nonsense_queries() throws Exception {
        HeldOut.QuerySet set = HeldOut.read(HeldOut.DEFAULT_SET);
        assertTrue(set.queries().stream().filter(HeldOut.Query::nonsense).count() >= 50);
        assertTrue(set.queries().stream().filter(HeldOut.Query::scored).count() >= 100);
        for (String id : set.lists().values()) assertTrue(content.lists.containsKey(id), id);
        for (HeldOut.Query q : set.queries()) {
            for (String id : q.expected()) assertTrue(content.items.containsKey(id), "line " + q.line() + ": " + id);
        }
    }

    @Test
    void held_out_folds_stay_above_their_floor() throws Exception {
        List<HeldOut.Fold> folds = HeldOut.run(content, HeldOut.read(HeldOut.DEFAULT_SET), dir.resolve("folds"), 0);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        HeldOut.print(folds, new PrintStream(text, true, StandardCharsets.UTF_8));
        String details = text.toString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("relevance.print")) System.out.println(details);
        List<HeldOut.Outcome> all = folds.stream().flatMap(f -> f.outcomes().stream()).toList();
        HeldOut.Measures m = HeldOut.Measures.of(all);
        assertTrue(m.hit1() >= HIT1_FLOOR, "top-1 below its floor\n" + details);
        assertTrue(m.hit3() >= HIT3_FLOOR, "top-3 below its floor\n" + details);
        assertTrue(m.nonsenseFound() <= NONSENSE_CEILING, "nonsense found\n" + details);
        assertTrue(Math.round(m.zeroRate() * m.scored()) <= ZERO_RESULT_CEILING, "zero-result real queries\n" + details);
    }

    /** Held-out top-1 of owners.tsv: 0.809 before round 16, 0.818 after (工地扬尘没盖网 found first). */
    static final double HIT1_FLOOR = 0.81;
    static final double HIT3_FLOOR = 0.91;
    static final int NONSENSE_CEILING = 1;
    /** Real queries without any result (6 before branch search10's fallbacks for unknown and spoken words). */
    static final int ZERO_RESULT_CEILING = 1;

    @Test
    void a_query_that_meets_no_act_finds_nothing_unless_it_asks_about_conditions() throws Exception {
        SearchIndexer.write(content, dir.resolve("act"));
        try (SearchService search = SearchService.over(dir.resolve("act"))) {
            // Each shares a word or two with conditions, measures or titles (规则, 原理, 社会保障 …), none with an act.
            for (String nonsense : List.of("足球越位规则", "量子计算机原理", "社保卡怎么补办", "个人所得税退税怎么操作")) {
                assertEquals(0, search.search(SearchRequest.of(nonsense)).total(), nonsense);
            }
            // A condition question's act is often implicit: it still finds the lists' conditions.
            assertTrue(search.search(SearchRequest.of("环保局 限其改正 改好了还罚吗")).total() > 0);
            // An act named in other words still finds its item.
            assertTrue(search.search(SearchRequest.of("消防通道堆了杂物")).total() > 0);
        }
    }

    @Test
    void a_word_for_a_kind_of_person_alone_is_no_match_for_what_a_question_asks() throws Exception {
        withAndWithout("person", "personWords", (old, search) -> {
            // Each met the 网吧 items only by the dictionary's 孩子/小孩 → 未成年人; the rest is on no list.
            for (String q : List.of("孩子发烧怎么办", "孩子近视了怎么办", "周末带孩子去哪里爬山", "小孩打疫苗时间表")) {
                assertTrue(old.search(SearchRequest.of(q)).total() > 0, "found before: " + q);
                assertEquals(0, search.search(SearchRequest.of(q)).total(), q);
            }
            // A person word beside the act's own or dictionary words still finds the act first.
            for (String q : List.of("网吧让学生进去上网", "网吧让小孩进去")) {
                assertEquals("wl-jq-02", search.search(SearchRequest.of(q)).hits().get(0).id(), q);
            }
            assertEquals("jt-ys-02", search.search(SearchRequest.of("司机没带从业资格证")).hits().get(0).id());
        });
    }

    @Test
    void a_pair_written_in_no_document_but_found_by_its_sound_weighs_as_the_pair_it_sounds_like() throws Exception {
        SearchIndexer.write(content, dir.resolve("sound"));
        try (SearchService search = SearchService.over(dir.resolve("sound"))) {
            // One of its pairs is on no list as written, but is by its sound: weighed as the rarest word of all, it
            // outweighed the words the item has and the gate stopped the query (round 13; queries.tsv line of 没执照).
            SearchResult r = search.search(SearchRequest.of("把房子租给没执照的人做生意"));
            assertTrue(r.total() > 0, "found nothing");
            assertEquals("sj-yh2020-01", r.hits().get(0).id());
            // Nonsense stays without results.
            assertEquals(0, search.search(SearchRequest.of("火星移民")).total());
        }
    }

    @Test
    void a_run_of_single_characters_is_read_as_the_words_of_the_lists_it_holds() throws Exception {
        withAndWithout("runs", "splitRuns", (old, search) -> {
            // The segmenter leaves 用 地 法 款 (a misspelt 罚款 beside 用地) as single characters; read as one word no
            // document has, it outweighed what the query shares with the item, and the gate stopped the query.
            String q = "自然资源局查违法用地法款";
            assertEquals(0, old.search(SearchRequest.of(q)).total(), "found before: " + q);
            SearchResult r = search.search(SearchRequest.of(q));
            assertTrue(r.total() > 0, "found nothing");
            assertEquals("js-zr-02", r.hits().get(0).id());
            // A run none of whose pairs is a word of the lists stays one word; nonsense stays without results.
            for (String nonsense : List.of("火星移民", "唐诗三百首", "量子计算机原理")) {
                assertEquals(0, search.search(SearchRequest.of(nonsense)).total(), nonsense);
            }
        });
    }

    @Test
    void a_word_typed_in_pinyin_is_read_as_the_characters_it_unambiguously_sounds_like() throws Exception {
        withAndWithout("typed", "typedPinyin", (old, search) -> {
            String q = "yingye zhizhao mei gongshi";
            assertEquals(0, old.search(SearchRequest.of(q)).total(), "found before: " + q);
            SearchResult r = search.search(SearchRequest.of(q));
            assertTrue(r.total() > 0, "found nothing");
            assertEquals("sj-hs-01", r.hits().get(0).id());
            assertEquals("sh-xf-08", search.search(SearchRequest.of("电瓶车推进楼道里充电 xiaofang会罚吗")).hits().get(0).id());
            // Letters that are no pair of the lists' sounds stay letters, and find nothing.
            for (String nonsense : List.of("asdfghjkl", "flight to beijing", "qwertyuiop", "zenme zai wang shang jiao fakuan")) {
                assertEquals(0, search.search(SearchRequest.of(nonsense)).total(), nonsense);
            }
        });
    }

    @Test
    void everyday_words_of_no_meaning_do_not_count_against_a_query() throws Exception {
        withAndWithout("fillers", "fillerWords", (old, search) -> {
            // 已经 weighed as a word of the query that no document about 医保 has, and the gate stopped it.
            String q = "医保结算多记了一次收费，第一次，金额很小，已经退回了";
            assertEquals(0, old.search(SearchRequest.of(q)).total(), "found before: " + q);
            SearchResult r = search.search(SearchRequest.of(q));
            assertTrue(r.total() > 0, "found nothing");
            assertEquals("ym-yb-03", r.hits().get(0).id());
            // With 自己 left out, what remains is 处罚, a word of the process: still no act, still nothing found.
            for (String nonsense : List.of("怎么查自己有没有被处罚过", "我们已经好几天了", "火星移民")) {
                assertEquals(0, search.search(SearchRequest.of(nonsense)).total(), nonsense);
            }
        });
    }

    @Test
    void a_character_of_degree_or_time_is_not_joined_into_a_word_no_list_has() throws Exception {
        withAndWithout("fillerChars", "fillerChars", (old, search) -> {
            // 几 天 was read as a word 几天 that no document has, the rarest of all, and the gate stopped the query.
            String q = "统计局的月报忘记填了 晚交了几天";
            assertEquals(0, old.search(SearchRequest.of(q)).total(), "found before: " + q);
            SearchResult r = search.search(SearchRequest.of(q));
            assertTrue(r.total() > 0, "found nothing");
            assertEquals("bz-tj-01", r.hits().get(0).id());
            for (String nonsense : List.of("火星移民", "唐诗三百首")) {
                assertEquals(0, search.search(SearchRequest.of(nonsense)).total(), nonsense);
            }
        });
    }

    @Test
    void a_spoken_word_of_the_dictionary_typed_as_a_homophone_is_read_as_the_dictionary_writes_it() throws Exception {
        withAndWithout("spokenBySound", "spokenBySound", (old, search) -> {
            // 夸门 sounds like the dictionary's 跨门(经营), but the sound look-up of pairs knows only what documents say.
            String q = "夸门经营";
            assertEquals(0, old.search(SearchRequest.of(q)).total(), "found before: " + q);
            SearchResult r = search.search(SearchRequest.of(q));
            assertTrue(r.total() > 0, "found nothing");
            assertEquals("cg-cd2022-01", r.hits().get(0).id());
            // 占到 is a pair of the long texts, found but weak: read as 占道 it finds the act first.
            assertTrue(!"cg-cd2022-01".equals(old.search(SearchRequest.of("占到经营")).hits().get(0).id()));
            assertEquals("cg-cd2022-01", search.search(SearchRequest.of("占到经营")).hits().get(0).id());
            for (String nonsense : List.of("火星移民", "唐诗三百首", "量子计算机原理")) {
                assertEquals(0, search.search(SearchRequest.of(nonsense)).total(), nonsense);
            }
        });
    }

    @Test
    void a_pinyin_initialism_of_the_dictionary_is_read_as_its_formal_word() throws Exception {
        withAndWithout("initials", "typedInitials", (old, search) -> {
            // (淘宝店yyzz… no longer serves: since round 18 淘宝 → 电子商务 finds sj-hs-01 without yyzz.)
            String q = "店里yyzz没挂出来 第一次被投诉 会罚吗";
            SearchResult was = old.search(SearchRequest.of(q));
            assertTrue(was.total() == 0 || !"sj-hs-01".equals(was.hits().get(0).id()), "sj-hs-01 first before");
            SearchResult r = search.search(SearchRequest.of(q));
            assertTrue(r.total() > 0, "found nothing");
            assertEquals("sj-hs-01", r.hits().get(0).id());
            // Only a whole Latin word is an initialism: yyzz inside another word is not read.
            assertEquals(0, search.search(SearchRequest.of("abcyyzzxyz")).total());
            assertEquals(0, search.search(SearchRequest.of("yyzzz")).total());
        });
    }

    @Test
    void a_question_about_a_service_that_tells_no_wrong_finds_nothing() throws Exception {
        withAndWithout("service", "servicesOnly", (old, search) -> {
            // Each shares one word with an act (身份证 of 扣押劳动者居民身份证, 营业执照, 医保) and asks how to get a service.
            // So does a question about the papers or conditions of an application (the cues of 2026-12-08).
            for (String q : List.of("身份证丢了怎么补办", "营业执照怎么注销", "营业执照怎么网上申请", "医保卡余额查询",
                    "护照办理需要什么材料", "食品经营许可证 申请材料有哪些", "排污许可证 申请条件", "开网吧需要哪些手续")) {
                assertTrue(old.search(SearchRequest.of(q)).total() > 0, "found before: " + q);
                assertEquals(0, search.search(SearchRequest.of(q)).total(), q);
            }
            // A question that tells what was not done, or what happened, is about an act.
            assertEquals("sw-zj2021-06", search.search(SearchRequest.of("发票没交回去就注销了")).hits().get(0).id());
            for (String q : List.of("环保设施没开被查了怎么版", "温州 第一次 没做环评就开工 补办了 还罚吗", "劳动用工备案没办 第一次 已经补办了",
                    "罚款可以低于最低标准吗 减轻处罚要什么条件")) {
                assertTrue(search.search(SearchRequest.of(q)).total() > 0, q);
            }
        });
    }

    @Test
    void a_procedure_the_person_underwent_is_the_story_not_the_question() throws Exception {
        withAndWithout("passive", "passiveProcedures", (old, search) -> {
            // 被邻居投诉: a complaint made about the person, not a question about how to complain.
            String q = "江门饭店油烟净化器冇开被邻居投诉 环保局会唔会罚";
            assertEquals(0, old.search(SearchRequest.of(q)).total(), "found before: " + q);
            assertTrue(search.search(SearchRequest.of(q)).total() > 0, "found nothing");
            // Asking how to complain is still a question about a procedure.
            assertEquals(0, search.search(SearchRequest.of("城管打人怎么投诉")).total());
        });
    }

    @Test
    void a_condition_question_whose_act_no_list_has_finds_nothing() throws Exception {
        withAndWithout("unknownAct", "unknownActs", (old, search) -> {
            // 酒驾, 醉驾: no document has them in any wording; before, the condition (第一次) found 90 documents.
            for (String q : List.of("酒驾第一次会拘留吗", "我弟醉驾第一次被抓 会坐牢吗")) {
                assertTrue(old.search(SearchRequest.of(q)).total() > 0, "found before: " + q);
                assertEquals(0, search.search(SearchRequest.of(q)).total(), q);
            }
            // A condition question naming no act beyond its condition still finds the lists' conditions; one naming an
            // act some document has (in its own words, the dictionary's or by sound) is unchanged.
            for (String q : List.of("首次被查 改了还罚吗", "环保局 限其改正 改好了还罚吗", "小饭店第一次在店外摆桌子 被城管劝走了 会罚款吗",
                    "统汁数据填错了已经改了", "第一次 占了点耕地堆东西 已经恢复了")) {
                assertEquals(old.search(SearchRequest.of(q)).total(), search.search(SearchRequest.of(q)).total(), q);
                assertTrue(search.search(SearchRequest.of(q)).total() > 0, q);
            }
            // Not a condition question: not this rule's business.
            assertEquals(old.search(SearchRequest.of("醉驾")).total(), search.search(SearchRequest.of("醉驾")).total());
        });
    }

    @Test
    void a_question_asking_how_much_of_anything_but_a_fine_is_about_a_service() throws Exception {
        withAndWithout("howMuch", "servicesHowMuch", (old, search) -> {
            // Each shares a word with an act (医保 → 医疗保障, 纳税) and asks a rate or a threshold.
            for (String q : List.of("医保报销比例是多少", "小规模纳税人增值税起征点是多少")) {
                assertTrue(old.search(SearchRequest.of(q)).total() > 0, "found before: " + q);
                assertEquals(0, search.search(SearchRequest.of(q)).total(), q);
            }
            // How much of a fine, or a question that tells a wrong, is about an act.
            // A noun of a price or a rate is also what an act is about (未按规定在店堂内张贴收费标准).
            for (String q : List.of("占道经营罚多少钱", "报税晚了几天", "超标排放多少会罚", "张贴收费标准", "医保报销比例")) {
                assertEquals(old.search(SearchRequest.of(q)).total(), search.search(SearchRequest.of(q)).total(), q);
            }
        });
    }

    @Test
    void everyday_words_of_round_14s_dictionary_find_the_acts_in_the_lists_wording() throws Exception {
        SearchIndexer.write(content, dir.resolve("dictionary14"));
        try (SearchService search = SearchService.over(dir.resolve("dictionary14"))) {
            // 用工备案 → 就业登记, 价钱 → 价格, 填错 → 不真实, 不是故意 → 主观过错 (synonyms.yaml): each query found the
            // item only on rank 6 or nothing without its entry.
            assertEquals("js-rs-01", search.search(SearchRequest.of("劳动用工备案没办 第一次 已经补办了")).hits().get(0).id());
            assertEquals("sj-sh2021-01", search.search(SearchRequest.of("商品价钱签写错了")).hits().get(0).id());
            SearchResult r = search.search(SearchRequest.of("统计调查表填错了数据 不是故意的"));
            assertTrue(r.total() > 0, "found nothing");
            assertTrue(List.of("xy-tj-02", "bz-tj-01").contains(r.hits().get(0).id()), r.hits().get(0).id());
        }
    }

    @Test
    void everyday_words_of_round_16s_dictionary_find_the_acts_in_the_lists_wording() throws Exception {
        SearchIndexer.write(content, dir.resolve("dictionary16"));
        try (SearchService search = SearchService.over(dir.resolve("dictionary16"))) {
            // 养猪场 → 畜禽养殖, 没覆盖 → 覆盖措施/扬尘 (synonyms.yaml): each query found nothing without its entry; 没覆该
            // is read as 没覆盖 by its sound (SpokenBySound), a spoken word of the entry.
            for (Map.Entry<String, String> e : Map.of("养猪场的粪污没处理好", "jm-hj-18", "建筑垃圾没覆盖", "jm-hj-14",
                    "建筑垃圾没覆该", "jm-hj-14").entrySet()) {
                SearchResult r = search.search(SearchRequest.of(e.getKey()));
                assertTrue(r.total() > 0, "found nothing: " + e.getKey());
                assertEquals(e.getValue(), r.hits().get(0).id(), e.getKey());
            }
        }
    }

    @Test
    void everyday_words_of_round_18s_dictionary_find_the_acts_in_the_lists_wording() throws Exception {
        SearchIndexer.write(content, dir.resolve("dictionary18"));
        try (SearchService search = SearchService.over(dir.resolve("dictionary18"))) {
            // 标识 → 标志, 废水 → 水污染物 and 超标 → 超过排放标准, 淘宝 → 电子商务 (synonyms.yaml): with the previous
            // dictionary the first found jm-hj-15 on rank 4, the second only jm-hj-08, the third 应急 items.
            for (Map.Entry<String, String> e : Map.of("第一次危废暂存间没有标识 改了", "jm-hj-15", "废水超标一点点 第一次",
                    "jm-hj-09", "淘宝小店第一次没在页面公示证照信息 改了还罚吗", "sj-hs-01").entrySet()) {
                SearchResult r = search.search(SearchRequest.of(e.getKey()));
                assertTrue(r.total() > 0, "found nothing: " + e.getKey());
                assertEquals(e.getValue(), r.hits().get(0).id(), e.getKey());
            }
            // 油烟净化器 → 污染防治设施: found nothing before.
            SearchResult r = search.search(SearchRequest.of("饭店油烟净化器没开"));
            assertTrue(r.total() > 0, "found nothing: 饭店油烟净化器没开");
            assertTrue(r.hits().subList(0, 2).stream().anyMatch(h -> h.id().equals("jm-hj-12")), r.hits().toString());
        }
    }

    @Test
    void exhaust_gas_is_said_of_air_pollutants() throws Exception {
        SearchIndexer.write(content, dir.resolve("dictionary19"));
        try (SearchService search = SearchService.over(dir.resolve("dictionary19"))) {
            // 废气 → 大气污染物 (synonyms.yaml, beside 废水 → 水污染物): without it, 超标 → 超过排放标准 found the water
            // pollutants' item (jm-hj-09) first, the air pollutants' (jm-hj-11) second.
            String q = "小锅炉废气超标一点点 马上改好了 还罚吗";
            SearchResult r = search.search(SearchRequest.of(q));
            assertTrue(r.total() > 0, "found nothing: " + q);
            assertEquals("jm-hj-11", r.hits().get(0).id(), q + ": " + ids(r));
        }
    }

    @Test
    void everyday_words_of_round_20s_dictionary_find_the_acts_in_the_lists_wording() throws Exception {
        SearchIndexer.write(content, dir.resolve("dictionary20"));
        try (SearchService search = SearchService.over(dir.resolve("dictionary20"))) {
            // 粪水 → 畜禽粪污: without it the story found nothing (养猪场's 畜禽养殖 is not 畜禽规模养殖, and the gate
            // refused). 加班 → 工作时间 beside 延长工作时间: the lists write 延长劳动者工作时间, so the long story found
            // nothing. 零申报, 逾期申报, 按期申报 → 纳税申报: sw-csj2020-01 (申报办理税务登记, shorter) came first.
            Map<String, String> first = new LinkedHashMap<>();
            first.put("我们养猪场粪水漏了一点到田里 会被罚吗", "jm-hj-18");
            first.put("我表弟在苏州厂里上班 老板让他每天加班超过三小时 厂子会被罚吗", "xn-rs-01");
            first.put("个体户忘了零申报 首次 税务局会罚款吗", "sw-zj2021-03");
            first.put("第一次没按期申报 税务局通知后马上补报了", "sw-zj2021-03");
            // 防雨 → 防护措施, 没保养 → 完好有效 (消防法's 保持完好有效; bd-xf-02 擅自停用 came first).
            first.put("固体废物露天堆放 没防雨", "jm-hj-16");
            first.put("消防设施没保养", "bd-xf-01");
            for (Map.Entry<String, String> e : first.entrySet()) {
                SearchResult r = search.search(SearchRequest.of(e.getKey()));
                assertTrue(r.total() > 0, "found nothing: " + e.getKey());
                assertEquals(e.getValue(), r.hits().get(0).id(), e.getKey() + ": " + ids(r));
            }
        }
    }

    @Test
    void a_stop_character_typed_for_a_character_of_its_sound_is_a_misspelt_word_of_the_query() throws Exception {
        withAndWithout("stopTypos", "misspeltStopPairs", (old, search) -> {
            // 通到 (到 typed for 道) matched sh-xf-08 by its sound, but the gate's coverage dropped both characters (到 is
            // a stop character): of the act only 消防 was left, which is not in the act, and the act check refused it.
            Map<String, String> first = Map.of("消防通到堆了纸箱子", "sh-xf-08", "河到采砂", "hy-sl-01");
            for (Map.Entry<String, String> e : first.entrySet()) {
                assertEquals(0, old.search(SearchRequest.of(e.getKey())).total(), e.getKey());
                SearchResult r = search.search(SearchRequest.of(e.getKey()));
                assertTrue(r.total() > 0, "found nothing: " + e.getKey());
                assertEquals(e.getValue(), r.hits().get(0).id(), e.getKey() + ": " + ids(r));
            }
            // A numeral or a pronoun is no typo (一包 is not 医保, 叔在 nothing), and a misspelt pair the best match does
            // not have never counts against the query: unchanged.
            assertSameHits(old, search, "小超市货架上有一包过期饼干 被查到了 罚多少", "我叔在村卫生室 那个医保收费项目没公示 会咋样",
                    "租客欠房租不交 房东能不能换锁", "消防通道堆了纸箱子");
        });
    }

    @Test
    void in_a_condition_question_the_office_that_found_it_weighs_as_who_did_it() throws Exception {
        withAndWithout("foundBy", "foundByWords", (old, search) -> {
            // 农业局 (a department's name, its pairs in the 农业 lists' titles) had the first page fail the gate: nothing found.
            String q = "农资店第一次被农业局查到问题 首违不罚吗";
            assertEquals(0, old.search(SearchRequest.of(q)).total(), q);
            SearchResult r = search.search(SearchRequest.of(q));
            int is = Math.min(rank(r, "ld-ny-01"), Math.min(rank(r, "ld-ny-02"), rank(r, "wc-ny-01")));
            assertTrue(is <= 2, q + ": " + ids(r));
            // Not a condition question, or naming no office: ranked as before.
            assertSameHits(old, search, "在河边堆了点沙子 水利局说违法", "网吧灭火器过期了 第一次查到 换了新的还罚吗",
                    "首次被查 改了还罚吗");
        });
    }

    @Test
    void the_switch_for_offices_in_every_question_ranks_the_act_over_the_office() throws Exception {
        SearchIndexer.write(content, dir.resolve("offices"));
        Ranking every = Rankings.with(Ranking.DEFAULT, Map.of("name", "every", "officesInEveryQuestion", true));
        try (SearchService search = SearchService.over(dir.resolve("offices"));
             SearchService on = SearchService.over(dir.resolve("offices"), every)) {
            // Off (the default, round 19): 人社局 → 人力资源和社会保障 puts another 人社 list's item (xn-rs-01) first.
            String q = "人社局查到招工信息没备案";
            assertEquals(1, rank(search.search(SearchRequest.of(q)), "js-rs-01"), q);
            assertEquals(0, rank(on.search(SearchRequest.of(q)), "js-rs-01"), q);
            assertEquals(search.search(SearchRequest.of(q)).total(), on.search(SearchRequest.of(q)).total(), q);
        }
    }

    @Test
    void a_word_the_segmenter_cut_into_single_characters_makes_matches_when_an_act_says_it() throws Exception {
        withAndWithout("runPairs", "runPairs", (old, search) -> {
            // 闭|门|器: 闭门 straddled, so sh-xf-05 (常闭式防火门…闭门器损坏) had one matching pair (防火) where 楼道 →
            // 疏散通道 gave sh-xf-08 two; it was not found.
            String q = "那个楼道里的防火门关不上 闭门器坏了 物业会被罚吗";
            assertEquals(Integer.MAX_VALUE, rank(old.search(SearchRequest.of(q)), "sh-xf-05"), q);
            assertEquals(0, rank(search.search(SearchRequest.of(q)), "sh-xf-05"), q);
        });
    }

    @Test
    void in_a_condition_question_a_word_naming_who_did_it_weighs_less_than_the_act() throws Exception {
        SearchIndexer.write(content, dir.resolve("whoWords"));
        Ranking before = Rankings.with(Ranking.DEFAULT, Map.of("name", "before", "whoWords", 1f));
        try (SearchService search = SearchService.over(dir.resolve("whoWords"));
             SearchService old = SearchService.over(dir.resolve("whoWords"), before)) {
            // 汽修厂 (汽修 → 机动车维修) pulled the vehicle-repair items over the act asked about (危废标识 → 危险废物识别标志).
            String q = "汽修厂危废标识没贴 第一次 已经贴上了";
            int was = rank(old.search(SearchRequest.of(q)), "jm-hj-15");
            int is = rank(search.search(SearchRequest.of(q)), "jm-hj-15");
            assertTrue(is < was, q + ": rank " + was + " -> " + is);
            assertTrue(is <= 1, q + ": rank " + is);
            // It changes weights, never what matches; a question that is not about conditions, or names nothing but who
            // did it, is ranked as before.
            for (String c : List.of(q, "网吧灭火器过期了 第一次查到 换了新的还罚吗", "养猪场的粪污没处理好", "网吧没挂标志",
                    "网吧 第一次")) {
                assertEquals(old.search(SearchRequest.of(c)).total(), search.search(SearchRequest.of(c)).total(), c);
            }
            assertSameHits(old, search, "养猪场的粪污没处理好", "网吧没挂标志", "网吧 第一次");
        }
    }

    /** Each query finds the same documents in the same order with {@code old} as with {@code search}. */
    private static void assertSameHits(SearchService old, SearchService search, String... queries) {
        for (String c : queries) {
            assertEquals(ids(old.search(SearchRequest.of(c))), ids(search.search(SearchRequest.of(c))), c);
        }
    }

    private static int rank(SearchResult r, String id) {
        List<String> ids = ids(r);
        return ids.contains(id) ? ids.indexOf(id) : Integer.MAX_VALUE;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    /** What the search box and page suggest (site.yaml 搜索示例) finds, first, an item of the lists the site is built from. */
    /**
     * The near-topic nonsense of round 12 ({@code nonsense-near.tsv}): 14 of 40 found something before it, 5 after it,
     * 2 after round 14 (a question about a service that tells no wrong finds nothing).
     */
    static final Path NEAR_NONSENSE = Path.of("src/test/resources/relevance/nonsense-near.tsv");
    static final int NEAR_NONSENSE_CEILING = 2;

    @Test
    void questions_about_procedures_find_nothing_unless_they_name_an_act() throws Exception {
        SearchIndexer.write(content, dir.resolve("procedure"));
        Ranking before = Rankings.with(Ranking.DEFAULT, Map.of("name", "before", "processWords", false, "procedureEvidence", 0f,
                "servicesOnly", false));
        try (SearchService search = SearchService.over(dir.resolve("procedure"));
             SearchService old = SearchService.over(dir.resolve("procedure"), before)) {
            // Each meets an act field only in words of the process (行政, 处罚 in case titles), a department's name
            // (城管, 税务局) or a word carrying little of what it asks (缴纳 of one item's fee).
            for (String q : List.of("行政复议怎么申请", "城管上班时间几点", "城管打人怎么投诉", "税务局上班时间",
                    "罚款在哪里缴纳", "被罚款会影响征信吗", "行政处罚决定书多久送达")) {
                assertTrue(old.search(SearchRequest.of(q)).total() > 0, "found before: " + q);
                assertEquals(0, search.search(SearchRequest.of(q)).total(), q);
            }
            // An act named beside a procedure word is still found first.
            assertEquals("sw-csj2020-01", search.search(SearchRequest.of("税务登记变更了没去税务局办理注销")).hits().get(0).id());
            assertEquals("sw-zj2021-06", search.search(SearchRequest.of("发票没交回去就注销了")).hits().get(0).id());
        }
        List<HeldOut.Fold> folds = HeldOut.run(content, HeldOut.read(NEAR_NONSENSE), dir.resolve("near"), 0);
        HeldOut.Measures m = HeldOut.Measures.of(folds.stream().flatMap(f -> f.outcomes().stream()).toList());
        assertTrue(m.nonsense() >= 30);
        assertTrue(m.nonsenseFound() <= NEAR_NONSENSE_CEILING, "near-topic nonsense found: " + m.nonsenseFound());
    }

    @Test
    void a_spoken_word_split_by_a_negation_is_read_whole() throws Exception {
        withAndWithout("negated", "negatedSpokenWords", (old, search) -> {
            // 用工备案 is a spoken word of the dictionary (→ 就业登记); 用工 is on no list, so split it found nothing.
            for (String q : List.of("用工没备案", "用工未备案", "用工没有备案")) {
                assertEquals(0, old.search(SearchRequest.of(q)).total(), q);
                assertEquals("js-rs-01", search.search(SearchRequest.of(q)).hits().get(0).id(), q);
            }
            // Nothing else changes: a question with a negation and no split word is read as before.
            for (String q : List.of("好不好", "营业执照没公示", "灭火器没有年检 第一次会罚吗", "外星人存在吗")) {
                assertEquals(old.search(SearchRequest.of(q)).total(), search.search(SearchRequest.of(q)).total(), q);
            }
        });
    }

    @Test
    void a_condition_question_telling_its_story_in_words_no_list_has_still_finds_the_act() throws Exception {
        // (Not 在店外摆桌子: its 外摆 is a spoken word of the dictionary now, and the act is found without the story rule.)
        String q = "小饭店第一次把桌子摆到店外 被城管劝走了 会罚款吗";
        withAndWithout("story", "conditionStories", (old, search) -> {
            // 摆桌子, 劝走 are on no list: counted against the query, the gate stopped it.
            assertEquals(0, old.search(SearchRequest.of(q)).total());
            assertEquals("cg-cd2022-01", search.search(SearchRequest.of(q)).hits().get(0).id());
            // Not a condition question: words no list has still count against it, as before.
            for (String other : List.of("外星人存在吗", "店门口乱堆东西", "在河道里挖沙")) {
                assertEquals(old.search(SearchRequest.of(other)).total(), search.search(SearchRequest.of(other)).total(), other);
            }
        });
    }

    @Test
    void every_search_example_of_the_content_finds_an_item_first() throws Exception {
        assertTrue(content.site.searchExamples().size() >= 3, content.site.searchExamples().toString());
        SearchIndexer.write(content, dir.resolve("examples"));
        try (SearchService search = SearchService.over(dir.resolve("examples"))) {
            for (String example : content.site.searchExamples()) {
                SearchResult r = search.search(SearchRequest.of(example));
                assertTrue(r.total() > 0 && r.hits().get(0).type().equals("item"),
                        example + " finds " + (r.hits().isEmpty() ? "nothing" : r.hits().get(0).type() + " " + r.hits().get(0).title()));
            }
            // The act of each example, as the examples mean it (a shop's price tags, an overloaded lorry, a blocked exit, food past its date).
            List<String> firsts = new java.util.ArrayList<>();
            for (String example : content.site.searchExamples()) firsts.add(search.search(SearchRequest.of(example)).hits().get(0).id());
            assertEquals(List.of("sj-sh2021-01", "jt-lz-01", "sh-xf-08", "sj-zj2025-qw-02"), firsts);
        }
    }

    /**
     * 环保 is how people name the environment field (生态环境): a condition question naming it and no act finds that
     * field's items first, not another field's whose conditions say 第一次 and 立即改正 as well.
     */
    @Test
    void a_condition_question_naming_the_environment_as_people_say_it_finds_that_fields_items() throws Exception {
        SearchIndexer.write(content, dir.resolve("field"));
        try (SearchService search = SearchService.over(dir.resolve("field"))) {
            SearchResult r = search.search(SearchRequest.of("环保第一次被查 立即改正了"));
            List<String> areas = r.hits().stream().limit(3).map(SearchResult.Hit::area).toList();
            for (String area : areas) assertTrue(area != null && area.startsWith("生态环境"), areas.toString());
        }
    }

    @Test
    void the_questions_grammar_does_not_change_what_is_found() throws Exception {
        SearchIndexer.write(content, dir.resolve("grammar"));
        try (SearchService search = SearchService.over(dir.resolve("grammar"))) {
            SearchResult plain = search.search(SearchRequest.of("没亮照经营"));
            assertTrue(plain.total() > 0);
            for (String asked : List.of("没有亮照经营", "没有亮照经营(会被罚吗)", "有没有亮照经营")) {
                SearchResult r = search.search(SearchRequest.of(asked));
                assertTrue(r.total() > 0, asked + " found nothing");
                assertEquals(plain.hits().get(0).id(), r.hits().get(0).id(), asked);
            }
        }
    }

    @Test
    void the_old_in_sample_set_stays_above_its_floor() throws Exception {
        SearchIndexer.write(content, dir.resolve("index"));
        try (SearchService search = SearchService.over(dir.resolve("index"))) {
            Relevance.Report report = Relevance.evaluate(search, Relevance.read(Relevance.DEFAULT_SET));
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            Relevance.print(report, new PrintStream(text, true, StandardCharsets.UTF_8));
            String details = text.toString(StandardCharsets.UTF_8);
            assertTrue(report.hit1() >= 0.85, "hit@1 below 0.85\n" + details);
            assertTrue(report.hit3() >= 0.90, "hit@3 below 0.90\n" + details);
            assertTrue(report.zero() <= 2, "zero-result\n" + details);
        }
    }

    /** What a test of one switch of {@link Ranking} checks: the same index searched with it off and on. */
    private interface BeforeAndAfter {
        void check(SearchService old, SearchService search) throws Exception;
    }

    /**
     * Writes the content's index into {@code folder} and hands {@code check} two services over it: one with the
     * ranking switch {@code rule} off (before the rule) and one with the default ranking.
     */
    private static void withAndWithout(String folder, String rule, BeforeAndAfter check) throws Exception {
        SearchIndexer.write(content, dir.resolve(folder));
        Ranking before = Rankings.with(Ranking.DEFAULT, Map.of("name", "before", rule, false));
        try (SearchService search = SearchService.over(dir.resolve(folder));
             SearchService old = SearchService.over(dir.resolve(folder), before)) {
            check.check(old, search);
        }
    }
}
