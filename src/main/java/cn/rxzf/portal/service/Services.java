package cn.rxzf.portal.service;

import cn.rxzf.portal.config.Settings;

/**
 * What the web app's handlers need, built once by {@code serve} (or a test) and passed in: the settings and the
 * live, validated content with a renderer for server-side pages that share the static site's layout.
 */
public record Services(Settings settings, LiveSite site) {}
