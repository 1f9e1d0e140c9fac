package cn.rxzf.portal.web;

import cn.rxzf.portal.site.stats.Chart;
import java.util.List;
import java.util.Locale;

/**
 * A table of live figures for {@code /statistics/online/} (HTML and JSON), from a feature's own data: a caption, the
 * column headings, the rows as displayed text. One rule for every share shown: the number it is out of stands beside
 * it, and no share is computed from fewer than {@link #MIN_ANSWERS}. {@code chart} (or null) draws one column of it as the
 * statistics page's charts are drawn, the table under it holding the same numbers.
 */
public record StatisticsTable(String id, String title, String note, List<String> headers, List<List<String>> rows,
                              Chart chart) {
    public static final int MIN_ANSWERS = 5;

    /** {@code part} of {@code n} as a whole percentage with its n, or a note that it is not published. */
    public static String share(long part, long n) {
        if (n < MIN_ANSWERS) return "不足 " + MIN_ANSWERS + " 份，不公布";
        return String.format(Locale.ROOT, "%d%%（n=%d）", Math.round(100.0 * part / n), n);
    }

    /**
     * A count out of {@code n} answers (complaints, reports) under the same rule: from fewer than {@link #MIN_ANSWERS}
     * it is not published, since it would tell of one or two answers (one visit in a quarter and "1 complaint").
     */
    public static String count(long part, long n) {
        if (n < MIN_ANSWERS) return "不足 " + MIN_ANSWERS + " 份，不公布";
        return Long.toString(part);
    }

    /** A mean with one decimal and its n, under the same rule. */
    public static String mean(double sum, long n) {
        if (n < MIN_ANSWERS) return "不足 " + MIN_ANSWERS + " 份，不公布";
        return String.format(Locale.ROOT, "%.1f（n=%d）", sum / n, n);
    }
}
