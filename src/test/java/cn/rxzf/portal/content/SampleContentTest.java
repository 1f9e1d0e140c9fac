package cn.rxzf.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.model.Case;
import cn.rxzf.portal.content.model.EnforcementList;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample content in {@code content/} is valid and as complete as a real portal's first release. */
class SampleContentTest {
    static Content content;

    @BeforeAll
    static void load() {
        ContentLoader.Result r = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        assertEquals(List.of(), r.problems().sorted());
        content = r.content();
    }

    @Test
    void the_class_data_training_fixture_is_valid_at_the_date_the_package_build_uses() {
        // pom.xml's class-data-archive execution builds this fixture with --date 2026-11-22 (TestSite.TODAY)
        ContentLoader.Result r = new ContentLoader(Path.of("src/test/resources/cds-content"), TestSite.TODAY).load();
        assertEquals(List.of(), r.problems().sorted());
        assertFalse(r.content().lists.isEmpty() || r.content().cases.isEmpty() || r.content().drafts.isEmpty());
    }

    @Test
    void has_the_promised_amount_of_content() {
        assertTrue(content.departments.size() >= 6, "departments");
        assertTrue(content.lists.size() >= 8, "lists");
        assertTrue(content.itemCount() >= 60, "items");
        assertTrue(content.cases.size() >= 8, "cases");
        assertTrue(content.methods.size() >= 19, "one page per method the seeds name");
        assertFalse(content.openDrafts(TestSite.TODAY).isEmpty(), "a draft open for comment");
        assertTrue(content.pages.containsKey("guide"), "the editors' guide");
    }

    @Test
    void every_real_list_and_case_keeps_its_source() {
        for (EnforcementList l : content.lists.values()) {
            assertTrue(l.sourceUrl() != null || l.sourceNote() != null, l.id());
        }
        for (Case c : content.cases.values()) {
            assertTrue("示例".equals(c.fidelity()) || c.sourceUrl() != null, c.id());
        }
    }
}
