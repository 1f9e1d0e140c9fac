package cn.rxzf.portal.web;


import cn.rxzf.portal.web.StaticSite;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error page Jetty writes for requests it refuses before Javalin sees them (an unparseable request line or
 * version, bad UTF-8 or escapes in the path, a URI or headers too large, an authority that is not the Host). Jetty's
 * own page echoes the URI and has none of our headers; this one is a fixed Chinese page with the security headers
 * and {@code no-store}, and nothing from the request.
 *
 * <p>A garbage or unknown HTTP version gets 400, not Jetty's 505: it is a malformed request, and no malformed request
 * may get a 5xx (issue 4).
 */
public final class JettyErrorPage extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e) status = e.getCode();
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) status = HttpStatus.BAD_REQUEST_400;
        response.setStatus(status);
        StaticSite.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put("Cache-Control", "no-store");
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put("Content-Type", "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(page(status)), callback);
        return true;
    }

    static byte[] page(int status) {
        String message = ErrorPages.genericMessage(status);
        return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + message + "</title></head>\n"
                + "<body><h1>" + message + "</h1><p>状态码 " + status + "</p><p><a href=\"/\">返回首页</a></p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
