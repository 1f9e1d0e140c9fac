package cn.rxzf.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Attachments are recognised by parsing, not by their first bytes: real files pass, disguised ones do not. */
public class FileTypesTest {
    /** A real image of {@code format} ("png", "jpg"), written by ImageIO. */
    public static byte[] image(String format, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real one-page PDF: header, one object per part, the cross-reference table and the trailer at the right offset. */
    public static byte[] pdf() {
        return pdf("");
    }

    /**
     * A real PDF of about {@code bytes} bytes that does not compress: its page carries a stream of random bytes (as a
     * scan would), so the database stores every byte.
     */
    public static byte[] pdf(int bytes) {
        byte[] noise = new byte[bytes];
        new java.util.Random(bytes).nextBytes(noise);
        return pdf(new String(noise, StandardCharsets.ISO_8859_1));
    }

    private static byte[] pdf(String stream) {
        String[] objs = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objs.length];
        for (int i = 0; i < objs.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) sb.append(String.format("%010d 00000 n \n", o));
        sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void real_pdf_jpeg_and_png_files_are_recognised() {
        assertEquals("application/pdf", FileTypes.sniff(pdf()));
        assertEquals("application/pdf", FileTypes.sniff(pdf(300_000)), "a large scan");
        assertEquals("image/jpeg", FileTypes.sniff(image("jpg", 40, 30)));
        assertEquals("image/png", FileTypes.sniff(image("png", 40, 30)));
    }

    @Test
    void a_zip_an_svg_or_html_is_refused_whatever_it_is_called() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertNull(FileTypes.sniff(zip.toByteArray()));
        assertNull(FileTypes.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        assertNull(FileTypes.sniff("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_right_first_bytes_alone_are_not_enough() throws IOException {
        byte[] zipBody = new byte[200];
        Arrays.fill(zipBody, (byte) 'P');
        assertNull(FileTypes.sniff(concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), zipBody)), "PDF header, no trailer");
        byte[] wrongOffset = new String(pdf(), StandardCharsets.US_ASCII).replaceFirst("startxref\n\\d+", "startxref\n12")
                .getBytes(StandardCharsets.US_ASCII);
        assertNull(FileTypes.sniff(wrongOffset), "startxref pointing at no cross-reference");
        assertNull(FileTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
                "PNG signature only");
        assertNull(FileTypes.sniff(concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, zipBody)), "JPEG marker only");
        byte[] png = image("png", 40, 30);
        assertNull(FileTypes.sniff(Arrays.copyOf(png, png.length - 12)), "PNG cut before its IEND");
        byte[] jpeg = image("jpg", 40, 30);
        assertNull(FileTypes.sniff(Arrays.copyOf(jpeg, jpeg.length / 2)), "JPEG cut in the middle");
    }

    @Test
    void an_image_claiming_huge_dimensions_is_refused_before_any_pixel_is_decoded() {
        byte[] png = image("png", 4, 4);
        // IHDR's width and height (bytes 16-23), with its CRC (bytes 29-32) recomputed
        ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        assertNull(FileTypes.sniff(png));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
