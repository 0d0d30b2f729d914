package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, finding 2: clients that send their bodies slowly hold no thread. With 300 such connections
 * open (half of them logged on), a logged-on client's GET still answers in under 2 s; those not logged on
 * are answered 401 before they send their body; a body that never arrives gets 408.
 */
class SlowBodyHardeningTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void slowBodiesDoNotStarveOtherClients() throws Exception {
        Api api = server.api().logon();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                slow.add(slowPost(i % 2 == 0 ? null : api.token()));
            }
            // Each slow client goes on sending one byte every 2 s, as a slow-body attacker does.
            Thread dripper = Thread.ofVirtual().start(() -> drip(slow));
            for (int i = 0; i < 5; i++) {
                Thread.sleep(1000);
                long started = System.nanoTime();
                Api.Response r = api.get("/cloud/gateways");
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(r.status()).isEqualTo(200);
                assertThat(millis).as("GET beside 300 slow bodies, ms").isLessThan(2000);
            }
            dripper.interrupt();
            // Not logged on: refused before the body is read, so the 1 byte sent of 100000 does not matter.
            assertThat(statusLine(slow.get(0))).startsWith("HTTP/1.1 401");
            // Logged on but never finishing: refused once the minimum rate is missed, without a thread held meanwhile.
            assertThat(statusLine(slow.get(1))).startsWith("HTTP/1.1 408");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static void drip(List<Socket> sockets) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (Socket socket : sockets) {
                    try {
                        socket.getOutputStream().write(' ');
                    } catch (IOException closed) {
                        // Answered and closed by the server: nothing more to send there.
                    }
                }
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Socket slowPost(String token) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(60_000);
        String head = "POST /api/cloud/gateways HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n"
                + (token == null ? "" : "X-RestSvcSessionId: " + token + "\r\n") + "Content-Length: 100000\r\n\r\n<";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }
}
