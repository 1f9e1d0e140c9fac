package cn.rxzf.portal.service;

import cn.rxzf.portal.config.Settings;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * What the web app's handlers need, built once by {@code serve} (or a test) and passed in: settings, the live
 * content, the clock, the database and the shared security pieces. {@code jdbi} is null when the app runs without a
 * database (static pages and search only).
 */
public record Services(Settings settings, LiveSite site, Clock clock, Jdbi jdbi, Keys keys, FormTokens tokens,
                       RateLimiter limits, ClientAddress clients, ErrorPages errors) {

    /** Forms may be posted 2 s to 4 h after they were served. */
    public static final Duration FORM_MIN_AGE = Duration.ofSeconds(2);
    public static final Duration FORM_MAX_AGE = Duration.ofHours(4);

    public static Services of(Settings settings, LiveSite site, Jdbi jdbi, Keys keys, Clock clock) {
        return new Services(settings, site, clock, jdbi, keys, new FormTokens(keys, clock, FORM_MIN_AGE, FORM_MAX_AGE),
                jdbi == null ? null : new RateLimiter(jdbi, clock), new ClientAddress(settings.trustedProxies()),
                new ErrorPages(site));
    }

    /** Without a database: the site, search and error pages only. */
    public Services(Settings settings, LiveSite site) {
        this(settings, site, settings.clock(), null, Keys.random(),
                new FormTokens(Keys.random(), settings.clock(), FORM_MIN_AGE, FORM_MAX_AGE), null,
                new ClientAddress(settings.trustedProxies()), new ErrorPages(site));
    }

    public boolean hasDatabase() {
        return jdbi != null;
    }
}
