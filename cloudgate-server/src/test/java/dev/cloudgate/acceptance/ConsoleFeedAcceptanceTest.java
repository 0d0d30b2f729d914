package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.store.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's change feed over plain HTTP, as the page's EventSource reads it: bounded, and fed
 * from the store, so that a change made on another node sharing PostgreSQL shows too.
 */
class ConsoleFeedAcceptanceTest {
    /** The server of the tests about one server; the feed across nodes starts two of its own on a shared PostgreSQL. */
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Logs on through the console and returns its cookie. */
    static String logOn(int port, String user) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user.replace("\\", "\\\\") + "\",\"password\":\"Password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Path=/console").contains("SameSite=Strict");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    static String csrf(int port, String cookie) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/session"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        return Fixtures.json(r.body()).get("csrf").asText();
    }

    /** An open event stream: its "versions" events, as they arrive. */
    static final class Stream implements AutoCloseable {
        final int status;
        final BlockingQueue<String> events = new ArrayBlockingQueue<>(1000);
        final CountDownLatch ended = new CountDownLatch(1);
        private final InputStream body;

        Stream(int port, String cookie) throws Exception {
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/events"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofInputStream());
            status = r.statusCode();
            body = r.body();
            if (status == 200) {
                Thread.ofVirtual().start(() -> {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            if (line.startsWith("data: ")) {
                                events.add(line.substring(6));
                            }
                        }
                    } catch (Exception e) {
                        // closed by this side
                    } finally {
                        ended.countDown();
                    }
                });
            } else {
                body.close();
            }
        }

        String next(Duration within) throws InterruptedException {
            String event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within " + within).isNotNull();
            return event;
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }

    @Test
    void aChangeOnAnotherNodeSharingPostgresShowsWithinTwoSeconds() throws Exception {
        Assumptions.assumeTrue(TestPostgres.available(), TestPostgres.SKIPPED);
        try (TestPostgres.Schema schema = TestPostgres.freshSchema()) {
            Map<String, String> shared = Map.of("jdbc-url", schema.jdbcUrl(), "db-user", TestPostgres.user(),
                    "db-password", TestPostgres.password());
            try (RunningServer watched = RunningServer.start(shared); RunningServer other = RunningServer.start(shared);
                    Stream stream = new Stream(watched.port(), logOn(watched.port(), Api.PORTAL_USER))) {
                assertThat(stream.status).isEqualTo(200);
                String first = stream.next(Duration.ofSeconds(5));
                Fixtures.gateway(other.api().logon(), "gw02.tech.local", Api.BS1);
                long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                String before = Fixtures.json(first).get("inventory").asText();
                String inventory;
                do {
                    inventory = Fixtures.json(stream.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))).get("inventory").asText();
                } while (inventory.equals(before));
            }
        }
    }

    @Test
    void streamsAreBoundedEndWithTheirSessionAndARestoreOperatorGetsNone() throws Exception {
        String cookie = logOn(server.port(), Api.PORTAL_USER);
        assertThat(new Stream(server.port(), logOn(server.port(), Api.RESTORE_OPERATOR)).status).isEqualTo(403);
        List<Stream> open = new ArrayList<>();
        try {
            try (var opener = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                List<java.util.concurrent.Future<Stream>> opening = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    opening.add(opener.submit(() -> new Stream(server.port(), cookie)));
                }
                for (var future : opening) {
                    open.add(future.get());
                }
            }
            assertThat(open).allSatisfy(stream -> assertThat(stream.status).isEqualTo(200));
            assertThat(new Stream(server.port(), cookie).status).as("the 65th stream").isEqualTo(503);
            assertThat(new Stream(server.port(), logOn(server.port(), Api.ADMIN)).status).as("another session's").isEqualTo(503);

            // Logging out ends that session's streams at once: each sees its end, and the slots are free again.
            HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/console/session"))
                    .header("Cookie", cookie).header("X-Cloudgate-Csrf", csrf(server.port(), cookie)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(logout.statusCode()).isEqualTo(204);
            for (Stream stream : open) {
                stream.ended.await(5, TimeUnit.SECONDS);
                assertThat(stream.ended.getCount()).as("a stream of the logged-out session ended").isZero();
            }
            Stream again = new Stream(server.port(), logOn(server.port(), Api.ADMIN));
            open.add(again);
            assertThat(again.status).isEqualTo(200);
        } finally {
            for (Stream stream : open) {
                stream.close();
            }
        }
    }
}
