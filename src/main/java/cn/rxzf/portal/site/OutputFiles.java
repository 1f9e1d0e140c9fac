package cn.rxzf.portal.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one output file: open, as few {@code write} calls as the size allows, close. {@code Files.write} writes
 * through a stream in 8 KB pieces (a 30 KB page took four calls). The pieces here are at most {@link #PIECE} bytes:
 * the JDK copies each into a direct buffer its thread keeps for the next write, so one piece the size of a 70 MB
 * data file would stay allocated per thread.
 */
final class OutputFiles {
    static final int PIECE = 256 * 1024;

    private OutputFiles() {}

    /** Writes the first {@code length} bytes of {@code bytes} to {@code file}, opened for writing with {@code options}. */
    static void write(Path file, byte[] bytes, int length, OpenOption... options) throws IOException {
        Set<OpenOption> open = new HashSet<>(List.of(options));
        open.add(StandardOpenOption.WRITE);
        try (FileChannel out = FileChannel.open(file, open)) {
            for (int at = 0; at < length; ) {
                at += out.write(ByteBuffer.wrap(bytes, at, Math.min(PIECE, length - at)));
            }
        }
    }
}
