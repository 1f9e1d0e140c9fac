package cn.rxzf.portal.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;

/**
 * A new party code ({@link PartyCodes}) handed to the browser that issued it and to no one else: sealed in a cookie
 * for an hour, read back by the notice page that prints it. The code is stored nowhere in clear.
 */
public final class CodeHandover {
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final SignedTickets tickets;
    private final String cookie;
    private final String purpose;

    /** Codes handed over in {@code cookie}, sealed for {@code purpose} ("commitment-notice"). */
    public CodeHandover(Keys keys, Clock clock, String cookie, String purpose) {
        this.tickets = new SignedTickets(keys, clock);
        this.cookie = cookie;
        this.purpose = purpose;
    }

    /** Sets the cookie that carries {@code code} of the case {@code reference} to the notice page. */
    public void give(Context ctx, String reference, String code) {
        ctx.header("Set-Cookie", cookie + "=" + tickets.seal(purpose, reference + "/" + code, LIFETIME)
                + "; Path=/; Max-Age=" + LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict");
    }

    /** The code this browser was handed for {@code reference}, or null (another browser, another case, expired). */
    public String take(Context ctx, String reference) {
        String sealed = tickets.unseal(purpose, ctx.cookie(cookie));
        return sealed != null && sealed.startsWith(reference + "/") ? sealed.substring(reference.length() + 1) : null;
    }
}
