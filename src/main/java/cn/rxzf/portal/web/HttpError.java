package cn.rxzf.portal.web;

/**
 * An error a handler means to show the user: an HTTP status and a message safe to display (never an echo of the
 * request). Rendered in one place, {@link ErrorPages}: JSON problem details for {@code /api}, an HTML page otherwise.
 */
public class HttpError extends RuntimeException {
    public final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
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
