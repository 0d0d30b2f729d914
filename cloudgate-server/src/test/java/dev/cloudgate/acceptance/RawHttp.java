package dev.cloudgate.acceptance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Exact bytes on a fresh loopback connection, for what {@link java.net.http.HttpClient} will not send:
 * malformed request lines and headers, chunked bodies that never end, invalid bytes. The request is
 * written from a second thread so that a server which answers early (413) is read, not deadlocked on.
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** A response; status -1 when the server closed without answering. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public static Response exchange(int port, byte[] request) {
        return exchange(port, request, false);
    }

    /** @param halfClose shut the sending side after the request, for bytes that never finish a request */
    public static Response exchange(int port, byte[] request, boolean halfClose) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    out.flush();
                    if (halfClose) {
                        socket.shutdownOutput();
                    }
                } catch (IOException ignored) {
                    // The server may answer and close before it has read everything (413): that is the point.
                }
            });
            byte[] received = readAll(socket.getInputStream());
            writer.join(15_000);
            return parse(received);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("exchange with 127.0.0.1:" + port + " failed", e);
        }
    }

    /** A request of {@code head} lines (CRLF added, plus Connection: close) and {@code body}. */
    public static byte[] request(String head, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (complete(out.toByteArray())) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // A reset after the answer was sent: keep what arrived.
        }
        return out.toByteArray();
    }

    private static boolean complete(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Map<String, String> headers = headers(text.substring(0, end));
        String length = headers.get("content-length");
        return length != null && data.length >= end + 4 + Integer.parseInt(length.trim());
    }

    private static Response parse(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (data.length == 0 || end < 0 || !text.startsWith("HTTP/1.1 ")) {
            return new Response(-1, Map.of(), text);
        }
        Map<String, String> headers = headers(text.substring(0, end));
        byte[] body = java.util.Arrays.copyOfRange(data, end + 4, data.length);
        String length = headers.get("content-length");
        if (length != null) {
            body = java.util.Arrays.copyOf(body, Math.min(body.length, Integer.parseInt(length.trim())));
        }
        return new Response(Integer.parseInt(text.substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }
}
