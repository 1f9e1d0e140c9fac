package cn.rxzf.portal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.rxzf.portal.TestSite;
import cn.rxzf.portal.content.Content;
import cn.rxzf.portal.content.ContentLoader;
import cn.rxzf.portal.content.model.Item;
import cn.rxzf.portal.content.model.Synonym;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synonyms file is one reviewed dictionary about the language (亮照 ↔ 公示营业执照), shared by every list: no entry
 * may name a single item — its formal side is a term, not an item's act in the item's own words, and neither side is
 * an item's id.
 */
class SynonymsDictionaryTest {
    static final int LONGEST_TERM = 11;
    /** A formal word this long that is most of one item's act is that item's wording, not a term. */
    static final int CLAUSE = 8;

    @Test
    void no_entry_names_a_single_item() {
        ContentLoader.Result loaded = new ContentLoader(Path.of("content"), TestSite.TODAY).load();
        assertTrue(loaded.ok(), loaded.problems().sorted().toString());
        Content content = loaded.content();
        List<String> problems = new ArrayList<>();
        for (Synonym s : content.synonyms) {
            for (String f : s.formal()) {
                if (f.length() > LONGEST_TERM) problems.add(f + ": longer than a term (" + f.length() + " characters)");
                for (Item i : content.items.values()) {
                    String act = Twins.key(i.violation());
                    if (f.length() >= CLAUSE && f.length() * 10 >= act.length() * 6 && act.contains(f)) {
                        problems.add(f + ": most of the act of item " + i.id());
                    }
                }
            }
            List<String> words = new ArrayList<>(s.spoken());
            words.addAll(s.formal());
            for (String w : words) {
                if (content.items.containsKey(w) || content.lists.containsKey(w)) problems.add(w + ": an id");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
