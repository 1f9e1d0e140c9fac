package cn.rxzf.portal.web;

/**
 * An error a handler means to show the user: an HTTP status and a message safe to display (never an echo of the
 * request). Rendered in one place, {@link ErrorPages}: JSON problem details for {@code /api}, an HTML page otherwise.
 */
public class HttpError extends RuntimeException {
    public final int status;
    /** Seconds for a {@code Retry-After} header (429, 503), or 0 for none. */
    public final long retryAfterSeconds;

    public HttpError(int status, String message) {
        this(status, message, 0);
    }

    private HttpError(int status, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with {@code Retry-After: seconds} (at least 1). */
    public static HttpError tooManyRequests(String message, long seconds) {
        return new HttpError(429, message, Math.max(1, seconds));
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
