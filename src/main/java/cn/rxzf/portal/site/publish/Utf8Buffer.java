package cn.rxzf.portal.site.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text appended row by row and kept as UTF-8 bytes. A site-wide CSV of a 100,000-item site held as one string
 * lived three times over (its builder, the string, the bytes): hundreds of megabytes of the 2 GB build's heap.
 * Callers append whole rows to {@link #text()}, so a surrogate pair is never cut in two.
 */
final class Utf8Buffer {
    private static final int DRAIN_CHARS = 1 << 16;
    private final StringBuilder text = new StringBuilder(DRAIN_CHARS + 4096);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** Where the next row goes (what came before is moved to the bytes first once it is long enough). */
    StringBuilder text() {
        if (text.length() >= DRAIN_CHARS) drain();
        return text;
    }

    byte[] bytes() {
        drain();
        return bytes.toByteArray();
    }

    private void drain() {
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }
}
