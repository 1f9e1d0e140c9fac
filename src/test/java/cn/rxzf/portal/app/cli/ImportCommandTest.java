package cn.rxzf.portal.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.importer.DepartmentFiles;
import cn.rxzf.portal.importer.Importer;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as an editor runs it: the file it writes is judged by check, and it never loses or overwrites work. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkReportsExactlyTheTodoLinesOfAnImportedFile() throws Exception {
        TestSite site = TestSite.minimal(dir.resolve("site"));
        Path out = site.content.resolve("departments/scj/lists/word-merged.md");
        Path docx = DepartmentFiles.wordMergedWithTitle(dir);
        assertEquals(0, ImportCommand.run(List.of(docx.toString(), "--department", "scj", "--out", out.toString())));

        java.util.Set<String> todoKeys = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(out)) {
            if (line.strip().startsWith("# TODO ")) todoKeys.add(line.strip().substring(7).split(":")[0]);
        }
        List<Problem> problems = new ContentLoader(site.content, TestSite.TODAY).load().problems().sorted().stream()
                .filter(p -> p.path().endsWith("word-merged.md")).toList();
        java.util.Set<String> problemKeys = new java.util.TreeSet<>();
        for (Problem p : problems) {
            assertTrue(p.message().contains("缺少"), p::toString);
            problemKeys.add(p.message().replaceFirst(".*?“([^”]+)”.*", "$1"));
        }
        assertEquals(todoKeys, problemKeys, problems::toString);
    }

    @Test
    void anExistingFileIsOverwrittenOnlyWithForce() throws Exception {
        Path out = dir.resolve("list.md");
        Path csv = DepartmentFiles.csvGb18030(dir);
        List<String> args = List.of(csv.toString(), "--department", "swj", "--list-id", "swj-list", "--out", out.toString());
        Files.writeString(out, "editor's work\n");
        assertEquals(2, ImportCommand.run(args));
        assertEquals("editor's work\n", Files.readString(out));
        List<String> forced = new java.util.ArrayList<>(args);
        forced.add("--force");
        assertEquals(0, ImportCommand.run(forced));
        assertTrue(Files.readString(out).contains("id: swj-list-01"));
    }

    /** The same list imported again under a new number would publish every item twice: the editor is told (S2 of a trial). */
    @Test
    void aListImportedAgainUnderANewNumberIsPointedOutButWritten() throws Exception {
        Path lists = Files.createDirectories(dir.resolve("lists"));
        Path csv = DepartmentFiles.csvGb18030(dir);
        assertEquals(0, ImportCommand.run(List.of(csv.toString(), "--department", "swj", "--list-id", "swj-a", "--out",
                lists.resolve("swj-a.md").toString())));
        assertEquals(List.of(), ImportCommand.twins(lists.resolve("swj-a.md"), Files.readString(lists.resolve("swj-a.md"))),
                "a list is not its own twin");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, ImportCommand.run(List.of(csv.toString(), "--department", "swj", "--list-id", "swj-b", "--out",
                    lists.resolve("swj-b.md").toString())));
        } finally {
            System.setErr(old);
        }
        String told = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(told.contains("的“违法行为”与 swj-a.md 相同"), told);
        assertTrue(Files.exists(lists.resolve("swj-b.md")), "told, not refused");
        assertEquals(List.of(), ImportCommand.twins(lists.resolve("other.md"), "  - 违法行为: 从未出现过的违法行为\n"));
    }

    @Test
    void nothingIsWrittenWhenTheFileCannotBeRead() throws Exception {
        Path out = dir.resolve("out.md");
        Path broken = Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(1, ImportCommand.run(List.of(broken.toString(), "--department", "scj", "--list-id", "x", "--out", out.toString())));
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".import-")), "no temporary file left");
        }
    }

    @Test
    void aFileNameThatIsNoIdNeedsListId() throws Exception {
        Path csv = Files.copy(DepartmentFiles.csvGb18030(dir), dir.resolve("不予处罚清单.csv"));
        assertEquals(2, ImportCommand.run(List.of(csv.toString(), "--department", "swj", "--out", dir.resolve("o.md").toString())));
    }

    @Test
    void withoutTableTheFirstListTableIsTakenAndTheOtherNamed() throws Exception {
        Path docx = DepartmentFiles.wordTwoTables(dir);
        Importer.Result r = Importer.run(docx, "two.docx", new Importer.Options("jtysj", "two", null, null));
        assertTrue(r.text().contains("未按规定公示营业执照"));
        assertTrue(r.problems().contains("two.docx:table 2:1:1: 这里还有一个清单表格，未导入；要导入它，请加 --table 2"), r.problems()::toString);
    }
}
