package cn.rxzf.portal.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Attachment types recognised by parsing the file, whatever it is called: PDF, JPEG and PNG only. A PDF must have its
 * header, its trailer ({@code startxref} offset and {@code %%EOF} at the end) and a cross-reference section or stream
 * where the trailer says; a JPEG or PNG must be read by ImageIO's reader of that format to its dimensions (bounded),
 * and end with the format's end marker. A ZIP, an SVG or HTML named {@code .pdf} or {@code .jpg}, or a file with only
 * the right first bytes, is refused. Only headers and the tail are read: no image is decoded into memory.
 */
public final class FileTypes {
    /** Larger images are refused (a decompression bomb's dimensions are read before any pixel). */
    static final int MAX_SIDE = 20_000;
    static final long MAX_PIXELS = 100_000_000L;
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,10})\\s+%%EOF\\s*$");
    private static final Pattern OBJECT = Pattern.compile("^\\d{1,10}\\s+\\d{1,5}\\s+obj\\b");

    private FileTypes() {}

    /** The content type the bytes really are, or null when they are none of the allowed kinds (or broken). */
    public static String sniff(byte[] data) {
        if (startsWith(data, new byte[] {'%', 'P', 'D', 'F', '-'})) return isPdf(data) ? "application/pdf" : null;
        if (startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return isImage(data, "jpeg") && endsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD9}) ? "image/jpeg" : null;
        }
        if (startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return isImage(data, "png") && endsWith(data, new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82})
                    ? "image/png" : null;
        }
        return null;
    }

    /** Header {@code %PDF-1.x} or {@code %PDF-2.x}; trailer {@code startxref N %%EOF}; at N, {@code xref} or an object. */
    static boolean isPdf(byte[] data) {
        if (data.length < 32 || !(data[5] == '1' || data[5] == '2') || data[6] != '.') return false;
        int tailStart = Math.max(0, data.length - 1024);
        String tail = new String(data, tailStart, data.length - tailStart, StandardCharsets.ISO_8859_1);
        Matcher m = STARTXREF.matcher(tail);
        if (!m.find()) return false;
        long offset = Long.parseLong(m.group(1));
        if (offset <= 8 || offset >= data.length - 10) return false;
        String at = new String(data, (int) offset, (int) Math.min(40, data.length - offset), StandardCharsets.ISO_8859_1);
        return at.startsWith("xref") || OBJECT.matcher(at).find();
    }

    /** ImageIO's reader for {@code format} reads the header; the dimensions are within bounds. */
    static boolean isImage(byte[] data, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            if (in == null) return false;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return false;
            ImageReader reader = readers.next();
            try {
                if (!reader.getFormatName().equalsIgnoreCase(format)) return false;
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE && (long) width * height <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A display name safe to store and show: no path, no control characters, at most 100 characters. */
    public static String safeName(String submitted, String contentType) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}<>:\"|?*]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) name = "附件";
        if (name.length() > 90) name = name.substring(0, 90);
        String ext = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? name : name + ext;
    }

    private static boolean endsWith(byte[] data, byte[] suffix) {
        int end = data.length;
        while (end > 0 && (data[end - 1] == '\n' || data[end - 1] == '\r' || data[end - 1] == 0 || data[end - 1] == ' ')
                && end > data.length - 64) {
            end--;
        }
        if (end < suffix.length) return false;
        for (int i = 0; i < suffix.length; i++) if (data[end - suffix.length + i] != suffix[i]) return false;
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }
}
