package dev.cloudgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener is up before the store has opened (CloudgateServer): a request that comes in meanwhile waits
 * for the routes rather than getting a 404, and gets a 503 Error if the start fails instead.
 */
class RootHandlerGateTest {
    private final RootHandler root = new RootHandler();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private Server jetty;
    private int port;

    @BeforeEach
    void listen() throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Wrapper(root) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                boolean handled = super.handle(request, response, callback);
                arrived.countDown();
                return handled;
            }
        });
        jetty.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    @Test
    void aRequestBeforeTheRoutesExistIsAnsweredOnceTheyDo() throws Exception {
        CompletableFuture<HttpResponse<String>> answer = get("/health");
        assertThat(arrived.await(10, TimeUnit.SECONDS)).as("the request reached the root handler").isTrue();
        assertThat(answer).as("held until the routes exist").isNotDone();

        root.open(null, Map.of("/health", new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.write(true, ByteBuffer.wrap("up".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        }));

        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("up");
    }

    @Test
    void aRequestThatWaitedForAFailedStartGetsAServiceUnavailableError() throws Exception {
        CompletableFuture<HttpResponse<String>> answer = get("/api/");
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

        root.fail(new IllegalStateException("the store did not open"));

        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("<Error").contains("failed to start");
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
