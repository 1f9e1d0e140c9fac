package cn.rxzf.portal.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeownersTest {
    @Test
    void each_department_folder_is_owned_by_its_team_and_the_rest_by_the_maintainers(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.minimal(dir);
        site.write("departments/jt/department.md", "---\n部门: jt\n---\n");
        List<String> lines = Codeowners.of(site.content).lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\* +@rxzf/portal-maintainers"), lines.get(0));
        assertTrue(lines.get(1).matches(".*/departments/jt/ +@rxzf/dept-jt"), lines.get(1));
        assertTrue(lines.get(2).matches(".*/departments/scj/ +@rxzf/dept-scj"), lines.get(2));
        assertTrue(lines.get(3).matches("/\\.github/ +@rxzf/portal-maintainers"), "the last rule wins: workflows stay the maintainers'");
    }

    @Test
    void the_committed_codeowners_matches_the_department_folders() throws IOException {
        assertEquals(Codeowners.of(Path.of("content")), Files.readString(Path.of(".github/CODEOWNERS")),
                "regenerate it: java -jar target/portal.jar codeowners > .github/CODEOWNERS");
    }
}
