package cn.rxzf.portal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General Chinese synonyms: the groups of 《同义词词林》 (extended edition, HIT-SCIR) whose words mean the same
 * (lines {@code Id10D01= 溢 漫 漾 漫溢 泛滥 溢出}). Only the {@code =} groups are kept ({@code #} groups are related
 * words, not synonyms). Read once from the class path, on first use.
 */
final class Thesaurus {
    static final String RESOURCE = "/search/cilin-synonyms.txt";

    private final Map<String, List<String[]>> groups;

    private Thesaurus(Map<String, List<String[]>> groups) {
        this.groups = groups;
    }

    private static final class Holder {
        static final Thesaurus INSTANCE = load();
    }

    static Thesaurus get() {
        return Holder.INSTANCE;
    }

    private static Thesaurus load() {
        Map<String, List<String[]>> out = new HashMap<>(1 << 17);
        try (InputStream in = Thesaurus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (eq != 7) continue;
                String[] words = line.substring(eq + 1).trim().split(" +");
                if (words.length < 2) continue;
                for (String w : words) out.computeIfAbsent(w, k -> new ArrayList<>(1)).add(words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Thesaurus(out);
    }

    /**
     * The other words of the groups {@code word} belongs to that have at most {@code maxGroup} words (a large group
     * is loose: 儿童 … 小 … 少年儿童), of two characters or more; empty when none.
     */
    Set<String> alike(String word, int maxGroup) {
        List<String[]> of = groups.get(word);
        if (of == null) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String[] g : of) {
            if (g.length > maxGroup) continue;
            for (String w : g) if (w.length() >= 2 && !w.equals(word)) out.add(w);
        }
        return out;
    }
}
