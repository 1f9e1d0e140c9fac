package cn.rxzf.portal.site.stats;

/** One bar of a chart and one row of its table: a label, the page it links to (may be null), and a number. */
public record Count(String label, String url, long value) {}
