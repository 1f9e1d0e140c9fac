package cn.rxzf.portal.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Makes a 413 arrive. A body refused as too large ({@link BodyLimits}) is not read; closing the connection on those
 * unread bytes makes the operating system answer them with a reset, and a client still sending (or one that reads
 * only after sending) may then get "connection reset" instead of the answer. So after a 413 the answer is sent first,
 * then the body is read and thrown away — at most {@link #DRAIN_BYTES} and {@link #DRAIN_TIME}, so a refused client
 * cannot hold a thread for long — and only then is the connection closed, cleanly when the body has ended.
 */
public final class RefusedBodies implements Filter {
    /** Enough for any body up to well past the largest route limit ({@link Uploads#MAX_REQUEST}). */
    public static final long DRAIN_BYTES = 16L * 1024 * 1024;
    public static final Duration DRAIN_TIME = Duration.ofSeconds(5);
    /** The longest a drain waits for the next bytes of a slow client. */
    private static final long IDLE_MILLIS = 1_000;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, res);
        if (res instanceof HttpServletResponse response && response.getStatus() == 413
                && req instanceof HttpServletRequest request && request.getContentLengthLong() > 0) {
            response.flushBuffer();
            drain(request);
        }
    }

    private static void drain(HttpServletRequest request) {
        try {
            ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection().getEndPoint()
                    .setIdleTimeout(IDLE_MILLIS);
        } catch (RuntimeException notJetty) {
            // without Jetty's endpoint the drain is bounded by the deadline and the server's idle timeout
        }
        long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
        long left = Math.min(request.getContentLengthLong(), DRAIN_BYTES);
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = request.getInputStream();
            while (left > 0 && System.nanoTime() < deadline) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) break;
                left -= n;
            }
        } catch (IOException | RuntimeException gone) {
            // the client went away or was too slow: nothing more to do for it
        }
    }
}
