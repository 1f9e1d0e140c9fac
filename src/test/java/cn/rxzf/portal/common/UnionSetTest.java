package cn.rxzf.portal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnionSetTest {
    @Test
    void isTheUnionWithEachElementOnce() {
        Set<String> a = Set.of("lists/a.md", "departments/x.md");
        Set<String> b = Set.of("lists/a.md", "lists/b.md");
        Set<String> c = Set.of("cases/c.md");
        Set<String> union = UnionSet.of(List.of(a, b, Set.of(), c));
        List<String> seen = new ArrayList<>(union);
        assertEquals(4, seen.size(), seen.toString());
        assertEquals(Set.of("lists/a.md", "departments/x.md", "lists/b.md", "cases/c.md"), Set.copyOf(seen));
        assertEquals(4, union.size());
        assertTrue(union.contains("cases/c.md"));
        assertFalse(union.contains("lists/z.md"));
        assertEquals(union, Set.of("lists/a.md", "departments/x.md", "lists/b.md", "cases/c.md"));
    }

    @Test
    void sharesItsPartsInsteadOfCopyingThem() {
        Set<String> shared = new java.util.HashSet<>(Set.of("lists/a.md"));
        Set<String> union = UnionSet.of(List.of(Set.of("x"), shared));
        shared.add("lists/b.md"); // a view: the part is not copied (callers must not change parts; this shows why)
        assertTrue(union.contains("lists/b.md"));
        assertSame(shared, UnionSet.of(List.of(Set.of(), shared, shared)));
        assertEquals(Set.of(), UnionSet.of(List.of(Set.of(), Set.of())));
    }
}
