package cn.rxzf.portal.creditrepair;

/** Attachment types recognised by their first bytes, whatever the file is called: PDF, JPEG and PNG only. */
public final class FileTypes {
    private FileTypes() {}

    /** The content type the bytes really are, or null when they are none of the allowed kinds. */
    public static String sniff(byte[] data) {
        if (startsWith(data, new byte[] {'%', 'P', 'D', 'F', '-'})) return "application/pdf";
        if (startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return "image/jpeg";
        if (startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return "image/png";
        return null;
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

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }
}
