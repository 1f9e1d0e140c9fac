package cn.rxzf.portal.site;

import cn.rxzf.portal.content.Content;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The index a full build writes beside its pages, and a watcher's rebuild rewrites in the background. The generator
 * does not know what the index is: the search feature supplies it, and {@code app} puts the two together, so that
 * the generator never imports a feature (see docs/architecture.md).
 */
public interface SiteIndex {
    /** Writes the index of {@code content} into the empty folder {@code dir}, on the calling thread; the build swaps it in. */
    void writeInto(Content content, Path dir) throws IOException;

    /** Writes the index of {@code content} into {@code indexDir}, replacing what was there only once complete. */
    void write(Content content, Path indexDir) throws IOException;

    /** No index (what {@code check} needs). */
    SiteIndex NONE = new SiteIndex() {
        @Override public void writeInto(Content content, Path dir) {}
        @Override public void write(Content content, Path indexDir) {}
    };
}
