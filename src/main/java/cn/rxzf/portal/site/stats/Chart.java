package cn.rxzf.portal.site.stats;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, drawn at build time: no script, black text on white, solid bars with an
 * outline so that it prints in black and white. Each value is also written beside its bar (and kept in
 * {@code data-value}); the page shows the same numbers in a table, which is what screen readers use.
 */
public record Chart(String id, String title, List<Count> rows) {
    private static final int WIDTH = 640, ROW = 28, BAR = 18, FONT = 13, MAX_LABEL = 14;

    public long max() {
        long m = 0;
        for (Count c : rows) m = Math.max(m, c.value());
        return m;
    }

    public long total() {
        long t = 0;
        for (Count c : rows) t += c.value();
        return t;
    }

    /** The SVG markup; all text in it is escaped here. */
    public String svg() {
        int longest = 1;
        for (Count c : rows) longest = Math.max(longest, Math.min(MAX_LABEL, c.label().length()));
        int labelWidth = longest * FONT + 12;
        int valueWidth = String.valueOf(max()).length() * 8 + 12;
        double scale = max() == 0 ? 0 : (double) (WIDTH - labelWidth - valueWidth) / max();
        int height = Math.max(1, rows.size()) * ROW + 8;
        StringBuilder sb = new StringBuilder(256 + rows.size() * 256);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" font-family=\"sans-serif\" font-size=\"").append(FONT).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title))
                .append("（数字见下表）</title>");
        for (int i = 0; i < rows.size(); i++) {
            Count c = rows.get(i);
            int y = 4 + i * ROW;
            int barWidth = (int) Math.round(c.value() * scale);
            sb.append("<g>")
                    .append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" fill=\"#1a1a1a\">").append(escape(shorten(c.label()))).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"")
                    .append(barWidth).append("\" height=\"").append(BAR)
                    .append("\" fill=\"#1f5f99\" stroke=\"#0b2e4f\" stroke-width=\"1\"/>")
                    .append("<text class=\"value\" data-value=\"").append(c.value()).append("\" x=\"")
                    .append(labelWidth + barWidth + 6).append("\" y=\"").append(y + BAR - 4).append("\" fill=\"#1a1a1a\">")
                    .append(c.value()).append("</text>")
                    .append("</g>");
        }
        return sb.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
