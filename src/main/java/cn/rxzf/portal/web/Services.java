package cn.rxzf.portal.web;

import cn.rxzf.portal.config.Settings;
import cn.rxzf.portal.db.Database;
import cn.rxzf.portal.db.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * What the web app's handlers need, built once by {@code serve} (or a test) and passed in: settings, the live
 * content, the clock, the database and the shared security pieces. {@code jdbi} is null when the app runs without a
 * database (static pages and search only).
 *
 * <p>The clock is the real one whatever {@code --date} says. {@code --date} fixes only the build date, the day the
 * static pages are built as of. The service answers real people now: form tokens must age, rate-limit windows must
 * end, sessions expire and receipts carry the time a comment really arrived. Whether a draft is open for comment is
 * also judged by the real date: the service accepts (or refuses) a real comment today, and a citizen reading
 * "征求意见截止 12-15" expects that to mean the calendar, not the day the pages were built. The same holds for the
 * exemption check and credit-repair deadlines. Tests pass a clock they move by hand.
 */
public record Services(Settings settings, LiveSite site, Clock clock, Jdbi jdbi, Keys keys, FormTokens tokens,
                       RateLimiter limits, ClientAddress clients, ErrorPages errors, HealthCheck health) {

    /** Forms may be posted 2 s to 4 h after they were served. */
    public static final Duration FORM_MIN_AGE = Duration.ofSeconds(2);
    public static final Duration FORM_MAX_AGE = Duration.ofHours(4);

    /** As {@code serve} runs: the real clock. */
    public static Services of(Settings settings, LiveSite site, Database db, Keys keys) {
        return of(settings, site, db, keys, realClock());
    }

    public static Services of(Settings settings, LiveSite site, Database db, Keys keys, Clock clock) {
        return new Services(settings, site, clock, db.jdbi, keys, new FormTokens(keys, clock, FORM_MIN_AGE, FORM_MAX_AGE),
                new RateLimiter(db.jdbi, clock), new ClientAddress(settings.trustedProxies()), new ErrorPages(site),
                db.health());
    }

    /** Without a database: the site, search and error pages only, on the real clock. */
    public Services(Settings settings, LiveSite site) {
        this(settings, site, realClock());
    }

    /** Without a database, on the given clock. */
    public Services(Settings settings, LiveSite site, Clock clock) {
        this(settings, site, clock, null, Keys.random(), new FormTokens(Keys.random(), clock, FORM_MIN_AGE, FORM_MAX_AGE),
                null, new ClientAddress(settings.trustedProxies()), new ErrorPages(site), null);
    }

    public static Clock realClock() {
        return Clock.system(Settings.ZONE);
    }

    public boolean hasDatabase() {
        return jdbi != null;
    }

    /** Today in the portal's zone, by the service's clock. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The keyed pseudonym of the request's client address (never the address itself): what limits and logs use. */
    public String clientHash(io.javalin.http.Context ctx) {
        return keys.clientHash(clients.of(ctx));
    }
}
