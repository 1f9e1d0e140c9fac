package cn.rxzf.portal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.model.EnforcementList;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.ListKeys;
import cn.rxzf.portal.site.publish.DataFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every list in content/, downloaded as the site publishes it (XLSX and CSV) and imported, gives back its items. */
class ImportRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void everyListsXlsxAndCsvImportToTheSameItems() throws Exception {
        ContentLoader.Result loaded = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        Content content = loaded.content();
        assertNotNull(content, () -> loaded.problems().toString());
        assertFalse(content.lists.isEmpty());
        long files;
        try (var paths = Files.walk(Path.of("content", "departments"))) {
            files = paths.filter(p -> p.getParent().getFileName().toString().equals("lists") && p.toString().endsWith(".md")).count();
        }
        assertEquals(files, content.lists.size(), "every list file under content/departments/*/lists/ is tested");
        int items = 0;
        for (EnforcementList list : content.lists.values()) {
            String base = content.site.baseUrl();
            Path xlsx = Files.write(tmp.resolve(list.id() + ".xlsx"), DataFiles.xlsx(list, base));
            Path csv = Files.write(tmp.resolve(list.id() + ".csv"), DataFiles.csv(list, base));
            for (Path file : List.of(xlsx, csv)) {
                Importer.Result r = Importer.run(file, file.getFileName().toString(),
                        new Importer.Options(list.department(), list.id(), null, null));
                assertEquals(List.of(), r.problems(), file + " import problems");
                List<Map<String, Object>> imported = ImportFixtures.items(r.text());
                assertEquals(list.items().size(), imported.size(), file + " item count");
                for (int i = 0; i < imported.size(); i++) {
                    Map<String, Object> want = expected(list.items().get(i));
                    Map<String, Object> got = imported.get(i);
                    assertEquals(want.keySet(), got.keySet(), file + " item " + (i + 1) + " keys");
                    for (String key : want.keySet()) {
                        assertEquals(want.get(key), got.get(key), file + " item " + (i + 1) + " " + key);
                    }
                }
            }
            items += list.items().size();
        }
        System.out.println("round trip: " + content.lists.size() + " lists, " + items + " items, XLSX and CSV each");
    }

    /** An item as its list file would hold it, every field written out. */
    static Map<String, Object> expected(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ListKeys.ID, i.id());
        m.put(ListKeys.SEQ, i.seq());
        m.put(ListKeys.VIOLATION, i.violation());
        m.put(ListKeys.VIOLATED, i.violatedProvisions());
        m.put(ListKeys.PENALTY_BASIS, i.penaltyBasis());
        m.put(ListKeys.CONDITIONS, i.conditions());
        m.put(ListKeys.OUTCOME, i.outcome());
        if (i.outcomeNote() != null) m.put(ListKeys.OUTCOME_NOTE, i.outcomeNote());
        m.put(ListKeys.AUTHORITY, i.authority());
        m.put(ListKeys.MEASURES, i.measures());
        m.put(ListKeys.AREA, i.area());
        if (!i.keywords().isEmpty()) m.put(ListKeys.KEYWORDS, i.keywords());
        if (i.note() != null) m.put(ListKeys.NOTE, i.note());
        if (!i.extra().isEmpty()) m.put(ListKeys.EXTRA, new LinkedHashMap<>(i.extra()));
        return m;
    }
}
