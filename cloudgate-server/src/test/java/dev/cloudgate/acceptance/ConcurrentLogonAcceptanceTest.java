package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A burst of logons with the same credentials shares one password check; each still gets its own answer. */
class ConcurrentLogonAcceptanceTest {
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void simultaneousLogonsEachOpenTheirOwnSession() throws Exception {
        List<Api.Response> answers = burst(Api.PORTAL_USER, Api.PASSWORD, 12);

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(answers.stream().map(r -> r.header("X-RestSvcSessionId")).distinct()).hasSize(12);
    }

    @Test
    void simultaneousLogonsWithAWrongPasswordAreAllRefused() throws Exception {
        List<Api.Response> answers = burst(Api.RESTORE_OPERATOR, "wrong", 8);

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
    }

    private static List<Api.Response> burst(String user, String password, int count) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Callable<Api.Response> logon = () -> server.api().send("POST", "/sessionMngr/?v=latest", null, null, Map.of("Authorization", basic));
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<Api.Response>> futures = IntStream.range(0, count).mapToObj(i -> pool.submit(logon)).toList();
            return futures.stream().map(ConcurrentLogonAcceptanceTest::get).toList();
        }
    }

    private static Api.Response get(Future<Api.Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
