package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC §7 A54: every status line carries the standard reason phrase, read as raw bytes off the socket. */
class ReasonPhraseAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    private static final Map<Integer, String> STANDARD = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"));

    @Test
    void injectedStatusesCarryTheirStandardPhrase() throws IOException {
        Control control = server.control();
        for (Map.Entry<Integer, String> status : STANDARD.entrySet()) {
            control.fault("{\"path\": \"/api/backupServers\", \"status\": " + status.getKey() + ", \"times\": 1}");
            assertThat(statusLine("GET /api/backupServers HTTP/1.1"))
                    .isEqualTo("HTTP/1.1 " + status.getKey() + " " + status.getValue());
        }
    }

    @Test
    void answersOfTheApiItselfCarryTheirStandardPhrase() throws IOException {
        assertThat(statusLine("GET /api/ HTTP/1.1")).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusLine("GET /api/backupServers HTTP/1.1")).isEqualTo("HTTP/1.1 401 Unauthorized");
        assertThat(statusLine("GET /nothing/here HTTP/1.1")).isEqualTo("HTTP/1.1 404 Not Found");
        String basic = java.util.Base64.getEncoder().encodeToString((Api.ADMIN + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(statusLine("POST /api/sessionMngr/?v=latest HTTP/1.1\r\nAuthorization: Basic " + basic + "\r\nContent-Length: 0"))
                .isEqualTo("HTTP/1.1 201 Created");
    }

    /** The first line of the answer to {@code head} (a request line, maybe with headers), exactly as sent. */
    private static String statusLine(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            return in.readLine();
        }
    }
}
