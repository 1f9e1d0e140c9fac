package cn.rxzf.portal.site.render;

import java.util.Set;

/**
 * One file of the site: where it goes, which content files it is made from (so {@code serve --watch} knows what
 * to redo; {@link #ALWAYS} for pages that summarise everything) and how to produce its bytes.
 */
public record Output(String path, Set<String> deps, Producer producer) {
    public static final String ALWAYS = "*";

    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws Exception;

        /**
         * Produces the bytes and hands them to {@code sink} once they are complete (never after a failure). Pages
         * override it to render into a buffer their thread reuses, so that a page is not copied into an array of
         * its own first.
         */
        default void produceInto(Sink sink) throws Exception {
            byte[] bytes = produce();
            sink.accept(bytes, bytes.length);
        }
    }

    /** Takes the first {@code length} bytes of {@code bytes}; they are valid only during the call. */
    @FunctionalInterface
    public interface Sink {
        void accept(byte[] bytes, int length) throws java.io.IOException;
    }

    public boolean dependsOnAny(Set<String> changed) {
        return dependsOnAny(deps, changed);
    }

    /** Looked up by the changed files (a save changes few; an item's dependencies may be many shared ones). */
    public static boolean dependsOnAny(Set<String> deps, Set<String> changed) {
        if (deps.contains(ALWAYS)) return true;
        for (String c : changed) if (deps.contains(c)) return true;
        return false;
    }
}
