package cn.rxzf.portal.site.render;

import java.util.Locale;

/**
 * A file's size as people read it: bytes under 1 KB ("512 字节", never "0 KB"), then KB and MB with one decimal
 * below ten and whole numbers above (1 KB = 1024 bytes).
 */
public final class FileSizes {
    private FileSizes() {}

    public static String format(long bytes) {
        if (bytes < 1024) return bytes + " 字节";
        if (bytes < 1024 * 1024) return scaled(bytes / 1024.0, "KB");
        return scaled(bytes / (1024.0 * 1024), "MB");
    }

    private static String scaled(double value, String unit) {
        return (value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,d", Math.round(value)))
                + " " + unit;
    }
}
