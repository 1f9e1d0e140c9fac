package cn.rxzf.portal.web;

/**
 * An error a handler means to show the user: an HTTP status and a message safe to display (never an echo of the
 * request). Rendered in one place, {@link ErrorPages}: JSON problem details for {@code /api}, an HTML page otherwise.
 */
public class HttpError extends RuntimeException {
    public final int status;
    /** Seconds for a {@code Retry-After} header (429, 503), or 0 for none. */
    public final long retryAfterSeconds;
    /** Where the person goes on from here (a link of this site and its words), or null: no error is a dead end. */
    public final Link next;

    /** A link of this site: an absolute path and what it says. */
    public record Link(String href, String label) {
        public Link {
            if (!href.startsWith("/") || href.startsWith("//")) throw new IllegalArgumentException("not a path of this site: " + href);
        }
    }

    public HttpError(int status, String message) {
        this(status, message, null, 0);
    }

    public HttpError(int status, String message, Link next) {
        this(status, message, next, 0);
    }

    private HttpError(int status, String message, Link next, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.next = next;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with {@code Retry-After: seconds} (at least 1). */
    public static HttpError tooManyRequests(String message, long seconds) {
        return new HttpError(429, message, null, Math.max(1, seconds));
    }

    /** As {@link #tooManyRequests(String, long)}, with the way on. */
    public static HttpError tooManyRequests(String message, long seconds, Link next) {
        return new HttpError(429, message, next, Math.max(1, seconds));
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound() {
        return new HttpError(404, "页面不存在");
    }

    public static HttpError forbidden() {
        return new HttpError(403, "没有权限访问");
    }
}
