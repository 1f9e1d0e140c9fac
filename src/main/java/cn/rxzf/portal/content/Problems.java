package cn.rxzf.portal.content;

import java.util.ArrayList;
import java.util.List;

/** Collects problems from every stage so that all of them are reported at once. Thread-safe. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(String path, int line, String message) {
        list.add(new Problem(path, Math.max(line, 1), message));
    }

    public synchronized void addAll(Problems other) {
        list.addAll(other.sorted());
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    /** The distinct problems in file and line order, so output is stable from run to run. */
    public synchronized List<Problem> sorted() {
        return new java.util.TreeSet<>(list).stream().toList();
    }
}
