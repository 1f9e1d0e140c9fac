package cn.rxzf.portal.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;

/**
 * The one Origin check of the service, run before every POST of every route, public and reviewer (with the form
 * tokens, the CSRF defence). A browser names the page a request comes from in {@code Origin} (and
 * {@code Sec-Fetch-Site}); a request another site's page makes is refused with 403 before any handler runs. A request
 * that names neither is not from a browser page and is left to the form tokens.
 */
public final class SameOrigin {
    private final ClientAddress clients;

    public SameOrigin(ClientAddress clients) {
        this.clients = clients;
    }

    public void check(Context ctx) {
        HandlerType method = ctx.method();
        if (method.equals(HandlerType.GET) || method.equals(HandlerType.HEAD) || method.equals(HandlerType.OPTIONS)) return;
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (!sameHost(origin, clients.host(ctx))) throw new HttpError(403, "请求来源不符，请从本站页面提交");
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new HttpError(403, "请求来源不符，请从本站页面提交");
        }
    }

    /** {@code origin} is {@code http(s)://host[:port]} with the host (and port) the request was sent to. */
    static boolean sameHost(String origin, String host) {
        if (host == null || origin.length() > 300) return false;
        try {
            URI u = new URI(origin);
            String scheme = String.valueOf(u.getScheme()).toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) return false;
            if (u.getRawPath() != null && !u.getRawPath().isEmpty() || u.getRawQuery() != null) return false;
            return u.getRawAuthority() != null && u.getRawAuthority().equalsIgnoreCase(host);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
