package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.ContentLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance set ({@code src/test/resources/relevance/queries.tsv}) over the sample content must stay above the
 * bar of issue 3. The full report: {@code java -jar target/portal.jar search --report}.
 */
class SearchRelevanceTest {
    @TempDir
    static Path dir;
    static List<Relevance.Case> cases;

    @BeforeAll
    static void index() throws Exception {
        ContentLoader.Result loaded = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        assertTrue(loaded.ok(), loaded.problems().sorted().toString());
        SearchIndexer.write(loaded.content(), dir.resolve("index"));
        cases = Relevance.read(Relevance.DEFAULT_SET);
    }

    @Test
    void the_set_has_sixty_queries_two_thirds_of_them_colloquial() {
        assertTrue(cases.size() >= 60, "only " + cases.size() + " queries");
        long colloquial = cases.stream().filter(c -> c.kind().equals("colloquial")).count();
        assertTrue(colloquial * 3 >= cases.size() * 2, colloquial + " of " + cases.size() + " colloquial");
    }

    @Test
    void queries_find_their_item_above_the_bar() {
        try (SearchService search = SearchService.over(dir.resolve("index"))) {
            Relevance.Report report = Relevance.evaluate(search, cases);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            Relevance.print(report, new PrintStream(text, true, StandardCharsets.UTF_8));
            String details = text.toString(StandardCharsets.UTF_8);
            if (Boolean.getBoolean("relevance.print")) System.out.println(details);
            assertEquals(0, report.zero(), details);
            assertTrue(report.hit3() >= 0.95, "hit@3 below 0.95\n" + details);
            assertTrue(report.hit1() >= 0.85, "hit@1 below 0.85\n" + details);
        }
    }
}
