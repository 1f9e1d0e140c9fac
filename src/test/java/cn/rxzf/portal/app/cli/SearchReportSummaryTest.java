package cn.rxzf.portal.app.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search --report --summary}: a fresh held-out set is measured without its queries being shown — the aggregate
 * tables only, no miss and no query text; without {@code --summary} the report still lists every miss.
 */
class SearchReportSummaryTest {
    static final String MISSED = "潜水艇螺旋桨坏了";
    static final String FOUND_NONSENSE = "营业执照公示";

    @TempDir
    Path dir;

    @Test
    void summary_prints_the_tables_without_any_query_text() throws Exception {
        String out = report(true);
        assertTrue(out.contains("held-out"), out);
        assertTrue(out.contains("by kind"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("all ")), out);
        assertTrue(out.contains("in-sample"), out);
        assertFalse(out.contains(MISSED), out);
        assertFalse(out.contains(FOUND_NONSENSE), out);
        assertFalse(out.contains("expected ["), out);
    }

    @Test
    void without_summary_the_report_still_lists_the_misses() throws Exception {
        String out = report(false);
        assertTrue(out.contains(MISSED), out);
        assertTrue(out.contains(FOUND_NONSENSE), out);
    }

    private String report(boolean summary) throws Exception {
        TestSite site = TestSite.minimal(dir.resolve("site"));
        Path owners = dir.resolve("owners.tsv");
        Files.writeString(owners, String.join("\n",
                "# a tiny owners' set",
                "@list\tK1\tmianfa",
                "K1\tcolloquial\t未按规定公示营业执照\tscj-01",
                "K1\tmisspelt\t" + MISSED + "\tscj-01",
                "-\tnonsense\t" + FOUND_NONSENSE + "\t-",
                ""));
        Path inSample = dir.resolve("queries.tsv");
        Files.writeString(inSample, "colloquial\t未按规定公示营业执照\tscj-01\n");
        List<String> args = new ArrayList<>(List.of("--report"));
        if (summary) args.add("--summary");
        args.addAll(List.of("--owners", owners.toString(), "--set", inSample.toString()));
        assertTrue(SearchCommand.settingsArgs(args).isEmpty(), SearchCommand.settingsArgs(args).toString());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream was = System.out;
        System.setOut(new PrintStream(text, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SearchCommand.run(site.settings(), args);
        } finally {
            System.setOut(was);
        }
        String out = text.toString(StandardCharsets.UTF_8);
        assertTrue(exit == 0 || exit == 1, "exit " + exit + "\n" + out);
        return out;
    }
}
