package cn.rxzf.portal.site.render;

import cn.rxzf.portal.app.SiteBuilds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole rendered pages compared with files in {@code src/test/resources/golden/}. After an intended change to a
 * template, rewrite them with {@code mvn test -Dtest=GoldenPagesTest -Dgolden.update=true} and review the diff.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.minimal(dir);
        assertTrue(SiteBuilds.of(site.settings()).build().ok());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"home.html, index.html", "list.html, lists/mianfa/index.html", "item.html, items/scj-01/index.html",
            "list.csv, lists/mianfa/mianfa.csv", "list.json, lists/mianfa/mianfa.json"})
    void page_matches_its_golden_file(String golden, String page) throws IOException {
        String actual = Files.readString(site.out.resolve(page));
        Path expectedFile = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expectedFile, actual);
        }
        assertTrue(Files.exists(expectedFile), "no golden file " + expectedFile + ": run with -Dgolden.update=true");
        assertEquals(Files.readString(expectedFile), actual, golden + " differs from its golden file");
    }
}
