package cn.rxzf.portal.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.rxzf.portal.content.model.EnforcementList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every list type and status of the content format has a readable, distinct URL segment (facet pages cite them). */
class SlugsTest {
    @Test
    void every_list_type_and_status_has_a_readable_slug_of_its_own() {
        List<String> values = new ArrayList<>(EnforcementList.TYPES);
        values.addAll(EnforcementList.STATUSES);
        List<String> slugs = values.stream().map(Slugs::of).toList();
        for (int i = 0; i < values.size(); i++) {
            assertFalse(slugs.get(i).startsWith("a-"), values.get(i) + " has only a hashed slug");
        }
        assertEquals(slugs.size(), new HashSet<>(slugs).size(), slugs.toString());
    }
}
