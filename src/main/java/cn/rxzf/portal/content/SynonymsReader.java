package cn.rxzf.portal.content;

import cn.rxzf.portal.content.model.Synonym;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code search/synonyms.yaml}: {@code 同义词: [{说法: [...], 规范用语: [...]}, ...]}. */
final class SynonymsReader {
    static final int MAX_TERM = 20;

    private SynonymsReader() {}

    static List<Synonym> read(ReadContext r) {
        Fields f = r.fields;
        List<Synonym> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Fields e : f.objects("同义词", true)) {
            List<String> spoken = e.texts("说法", true);
            List<String> formal = e.texts("规范用语", true);
            e.finish();
            for (String term : concat(spoken, formal)) {
                if (term.length() > MAX_TERM) e.problem(e.line(), "词语“" + term + "”过长（上限 " + MAX_TERM + " 字）");
            }
            for (String term : spoken) {
                Integer first = seen.putIfAbsent(term, e.line());
                if (first != null) e.problem(e.line(), "说法“" + term + "”重复：已在第 " + first + " 行出现");
                if (formal.contains(term)) e.problem(e.line(), "说法“" + term + "”与规范用语相同");
            }
            if (!spoken.isEmpty() && !formal.isEmpty()) out.add(new Synonym(spoken, formal, e.line()));
        }
        f.finish();
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
