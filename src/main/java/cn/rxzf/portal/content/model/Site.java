package cn.rxzf.portal.content.model;

/** Site-wide facts from {@code site.yaml}. */
public record Site(String title, String owner, String baseUrl, String intro, String contact, String icp) {}
