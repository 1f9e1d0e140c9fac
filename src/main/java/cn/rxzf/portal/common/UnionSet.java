package cn.rxzf.portal.common;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only set that is the union of other sets, without copying them: many small owners can share a few large
 * parts (at 100,000 items, copying into every item page's own set the lists that share its articles took more
 * than the 2 GB heap). The parts must not change while the union is in use.
 */
public final class UnionSet extends AbstractSet<String> {
    private final List<Set<String>> parts;

    private UnionSet(List<Set<String>> parts) {
        this.parts = parts;
    }

    /** The union of the non-empty parts; one part is returned as it is. */
    public static Set<String> of(List<Set<String>> parts) {
        List<Set<String>> kept = new ArrayList<>(parts.size());
        for (Set<String> p : parts) if (!p.isEmpty() && !containsSame(kept, p)) kept.add(p);
        if (kept.isEmpty()) return Set.of();
        if (kept.size() == 1) return kept.get(0);
        return new UnionSet(List.copyOf(kept));
    }

    private static boolean containsSame(List<Set<String>> sets, Set<String> set) {
        for (Set<String> s : sets) if (s == set) return true;
        return false;
    }

    @Override
    public boolean contains(Object o) {
        for (Set<String> p : parts) if (p.contains(o)) return true;
        return false;
    }

    /** Each element once: an element of an earlier part is skipped in the later ones. */
    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int part = 0;
            private Iterator<String> current = parts.get(0).iterator();
            private String next = advance();

            private String advance() {
                while (true) {
                    while (current.hasNext()) {
                        String s = current.next();
                        if (!inEarlierPart(s)) return s;
                    }
                    if (++part == parts.size()) return null;
                    current = parts.get(part).iterator();
                }
            }

            private boolean inEarlierPart(String s) {
                for (int i = 0; i < part; i++) if (parts.get(i).contains(s)) return true;
                return false;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                if (next == null) throw new NoSuchElementException();
                String s = next;
                next = advance();
                return s;
            }
        };
    }

    @Override
    public int size() {
        int n = 0;
        for (Iterator<String> it = iterator(); it.hasNext(); it.next()) n++;
        return n;
    }
}
