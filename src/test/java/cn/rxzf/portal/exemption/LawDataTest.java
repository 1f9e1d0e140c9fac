package cn.rxzf.portal.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.model.Law;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The law as reviewed data ({@code content/law/}): every article the check cites links to a provision that exists
 * there, and quotes it word for word; broken law files are refused with path and line.
 */
class LawDataTest {
    static Content content;

    @BeforeAll
    static void load() {
        var r = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        assertTrue(r.ok(), r.problems().sorted().toString());
        content = r.content();
    }

    /** Every article the check can cite: the rules' and the provisions it cites outside them. */
    static List<Article> cited() {
        Rulebook book = Rulebook.of(content.laws.values());
        List<Article> out = new ArrayList<>();
        for (Rulebook.Entry e : book.entries()) out.add(e.article());
        out.add(book.article("xingzheng-chufa", "a37", "全条"));
        out.add(book.article("xingzheng-chufa", "a33", "第三款"));
        out.add(book.article("xingzheng-qiangzhi", "a2", "第二款"));
        return out;
    }

    @Test
    void every_cited_article_quotes_its_provision_word_for_word() throws Exception {
        List<Article> articles = cited();
        assertTrue(articles.size() >= 20, articles.size() + " articles");
        for (Article a : articles) {
            assertTrue(a.url().startsWith("/law/"), a.cite());
            String[] parts = a.url().substring(5).split("/#");
            Law law = content.laws.get(parts[0]);
            assertNotNull(law, "no content/law/" + parts[0] + ".yaml for " + a.cite());
            Law.Provision p = law.provision(parts[1]);
            assertNotNull(p, "no provision " + parts[1] + " in " + law.id() + " for " + a.cite());
            assertTrue(a.cite().contains(p.number()), a.cite() + " cites " + p.number());
            if (a.summary()) continue;
            // composite quotes (an item of art. 32 with its lead-in) are checked clause by clause
            for (String clause : a.text().split("[，。；：]")) {
                if (clause.isBlank()) continue;
                assertTrue(p.text().contains(clause), a.cite() + ": “" + clause + "” is not in the text of " + p.number());
            }
        }
    }

    /** A citation of a whole article (no 款, 句 or 项) quotes all of it: half of 第三十条 read as if it were the article. */
    @Test
    void a_whole_article_cited_is_quoted_in_full() throws Exception {
        for (Article a : cited()) {
            if (a.summary()) continue;
            String[] parts = a.url().substring(5).split("/#");
            Law.Provision p = content.laws.get(parts[0]).provision(parts[1]);
            if (!a.cite().endsWith(p.number())) continue;
            assertEquals(p.text(), a.text(), a.cite() + " cites the whole article, so quotes all of it");
        }
        Article a30 = Rulebook.of(content.laws.values()).article("xingzheng-chufa", "a30", "全条");
        assertTrue(a30.text().contains("已满十四周岁不满十八周岁")
                && a30.text().contains("不满十四周岁的未成年人有违法行为的，不予行政处罚"), "第三十条 in full");
    }

    @Test
    void the_special_laws_name_what_they_displace() {
        assertEquals(List.of("xingzheng-chufa#a36"), content.laws.get("shuishou-zhengshou-guanli").provision("a86").displaces());
        assertEquals(List.of("xingzheng-chufa#a33"), content.laws.get("shipin-anquan").provision("a136").displaces());
        assertEquals(java.time.LocalDate.of(2021, 7, 15), content.laws.get("xingzheng-chufa").effective());
        assertEquals(java.time.LocalDate.of(2021, 7, 15), content.laws.get("xingzheng-chufa-2017").until());
    }

    @Test
    void a_broken_law_file_is_refused_with_path_and_line(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.write("law/test-law.yaml", """
                名称: 测试法
                施行日期: 2020-01-01
                条文:
                  - id: a1
                    条: 第一条
                    款: [测试条文。]
                    排除适用: [no-such-law#a9]
                  - id: a1
                    条: 第二条
                    款: [重复的 id。]
                """);
        var r = new ContentLoader(site.content, TestSite.TODAY).load();
        assertFalse(r.ok());
        String problems = r.problems().sorted().toString();
        assertTrue(problems.contains("test-law.yaml:4") && problems.contains("no-such-law#a9"), problems);
        assertTrue(problems.contains("test-law.yaml:8") && problems.contains("重复"), problems);
        Files.delete(site.content.resolve("law/test-law.yaml"));
    }

    @Test
    void broken_rules_are_refused_with_path_and_line(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir).withLaw();
        site.write("law/test-rules.yaml", """
                名称: 测试法
                施行日期: 2020-01-01
                条文:
                  - id: a1
                    条: 第一条
                    款: [违法行为轻微的，不予处罚。从轻的，可以从轻。]
                    规则:
                      - 出处: 第一款第一句
                        条件: [轻微, 态度良好]
                        结果: 应当不予
                      - 出处: 第一款第二句
                        结果: 酌情处理
                      - 出处: 第二款
                        结果: 不再处罚
                      - 出处: 第一款第一句
                        危害后果: [很大]
                        周岁: 十四岁以下
                        结果: 可以不予
                        期限: 二年
                """);
        site.write("law/test-rules-old.yaml", """
                名称: 测试法（旧）
                施行日期: 2018-01-01
                失效日期: 2020-06-01
                修订后: test-rules
                条文:
                  - id: a1
                    条: 第一条
                    款: [旧的条文。]
                    排除适用: [test-rules#a9]
                """);
        site.write("law/test-rules-bad.yaml", """
                名称: 测试法（日期错误）
                施行日期: 2018-13-01
                修订后: no-such-law
                条文:
                  - id: a1
                    条: 第一条
                    款: [条文。]
                """);
        var r = new ContentLoader(site.content, TestSite.TODAY).load();
        assertFalse(r.ok());
        String problems = r.problems().sorted().toString();
        assertTrue(problems.contains("test-rules.yaml:9") && problems.contains("未知的条件“态度良好”"), problems);
        assertTrue(problems.contains("test-rules.yaml:12") && problems.contains("酌情处理"), problems);
        assertTrue(problems.contains("test-rules.yaml:13") && problems.contains("“出处”“第二款”"), problems);
        assertTrue(problems.contains("test-rules.yaml:14") && problems.contains("须写“期限”"), problems);
        assertTrue(problems.contains("test-rules.yaml:16") && problems.contains("很大"), problems);
        assertTrue(problems.contains("test-rules.yaml:17") && problems.contains("“周岁”应写作"), problems);
        assertTrue(problems.contains("test-rules.yaml:19") && problems.contains("只有结果为“不再处罚”"), problems);
        assertTrue(problems.contains("test-rules.yaml:2") && problems.contains("test-rules-old.yaml 的施行期间重叠"), problems);
        assertTrue(problems.contains("test-rules-old.yaml:6") && problems.contains("test-rules#a9"), problems);
        assertTrue(problems.contains("test-rules-bad.yaml:2") && problems.contains("不是有效日期"), problems);
        assertTrue(problems.contains("test-rules-bad.yaml:2") && problems.contains("“修订后”“no-such-law”"), problems);
    }

    @Test
    void every_fact_of_the_vocabulary_is_a_question_of_the_check() {
        Situation s = new Situation(List.of(), Situation.Party.ORGANISATION, null, null, true, true,
                Situation.Harm.NONE, false, false, java.util.Set.of(), null, null, null, null, null, null, null, null,
                null, null);
        RuleFacts facts = new RuleFacts(s, false);
        for (String f : Law.FACTS) assertFalse(facts.say(f).isBlank(), f);
    }
}
