package cn.rxzf.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests no HTTP client library will send (bad escapes, garbage versions, bytes that are not UTF-8), written to a
 * socket as given. The server closes the connection after answering (each request says {@code Connection: close} or
 * is refused), so the response is read to the end.
 */
public final class RawHttp {
    /** Status, headers (names lower-cased, last value wins) and body as UTF-8. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** What {@link #sendWithBody} saw: the response (null if none), body bytes written, whether it ended in a reset. */
    public record Sent(Response response, long bodyWritten, boolean reset) {}

    private RawHttp() {}

    public static Response send(int port, String request) throws IOException {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends the bytes as they are (ISO-8859-1 strings above carry raw bytes 0x80–0xFF). */
    public static Response send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /**
     * A request head followed by {@code bodyBytes} bytes of body, written to the end (or until the server stops
     * taking them) before anything is read, as the simplest client does; then the response. When the server refuses
     * the body and closes without reading it, such a client may get a reset instead of the answer.
     */
    public static Sent sendWithBody(int port, String head, long bodyBytes) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            long sent = 0;
            try {
                while (sent < bodyBytes) {
                    int n = (int) Math.min(chunk.length, bodyBytes - sent);
                    out.write(chunk, 0, n);
                    sent += n;
                }
                out.flush();
            } catch (java.net.SocketException stopped) {
                // the server stopped reading: what it answered is read below
            }
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            boolean reset = false;
            try {
                socket.getInputStream().transferTo(in);
            } catch (java.net.SocketException e) {
                reset = true;
            }
            return new Sent(in.size() == 0 ? null : parse(in.toByteArray()), sent, reset);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
        } catch (java.net.SocketException e) {
            // a reset after the response was sent: keep what arrived
        }
        return out.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) throw new AssertionError("no complete response: " + text);
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Response(status, headers, text.substring(end + 4));
    }
}
