package cn.rxzf.portal.app;

import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.search.SearchIndexer;
import cn.rxzf.portal.site.SiteBuilder;
import cn.rxzf.portal.site.SiteIndex;

/** The generator as the commands run it: the site with the search index beside it. */
public final class SiteBuilds {
    private SiteBuilds() {}

    /** A builder that writes the pages and the search index. */
    public static SiteBuilder of(Settings settings) {
        return new SiteBuilder(settings, SearchIndexer.SITE_INDEX);
    }

    /** A builder for {@code check}: validates content and templates, writes nothing. */
    public static SiteBuilder checkOnly(Settings settings) {
        return new SiteBuilder(settings, SiteIndex.NONE);
    }
}
