package cn.rxzf.portal.importer;

import java.text.Normalizer;

/** Clean-up of a cell's text as the readers hand it on. */
final class Text {
    private Text() {}

    /** Line breaks as {@code \n}, no-break spaces as spaces, each line and the whole stripped; never null. */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\u000B', '\n');
        if (s.length() > Limits.CELL_CHARS) s = s.substring(0, Limits.CELL_CHARS);
        StringBuilder sb = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(t);
        }
        return sb.toString();
    }

    /** Full-width letters and digits folded to ASCII (１２ → 12), for numbers and header matching. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
