package cn.rxzf.portal.site.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {
    /** Characters of every UTF-8 length, both surrogate halves on their own, and the edges between lengths. */
    private static final char[] ALPHABET = {'a', '<', '\n', 0x7F, 0x80, 'é', 0x7FF, 0x800, '中', '—', 0xFFFD, 0xFFFF,
            0xD83D, 0xDE00, 0xD800, 0xDBFF, 0xDC00, 0xDFFF};

    @Test
    void encodesLikeStringGetBytesWhateverTheWritesAreCutInto() {
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 100 ? 8 : 2_000);
            for (int i = 0; i < length; i++) text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            String s = text.toString();

            Utf8Buffer out = new Utf8Buffer(1 + random.nextInt(64));
            int at = 0;
            while (at < s.length()) {
                int n = Math.min(s.length() - at, 1 + random.nextInt(40));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s, at, n);
                    case 1 -> out.write(s.substring(at, at + n).toCharArray(), 0, n);
                    default -> {
                        n = 1;
                        out.write(s.charAt(at));
                    }
                }
                at += n;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), () -> s.chars()
                    .mapToObj(c -> Integer.toHexString(c)).toList().toString());
        }
    }

    @Test
    void longStringsLargerThanTheCopyBufferAndThePageBuffer() throws Exception {
        String s = "行政处罚法第三十三条 <b>&amp;</b> 😀".repeat(5_000);
        Utf8Buffer out = new Utf8Buffer(16);
        out.write(s);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
