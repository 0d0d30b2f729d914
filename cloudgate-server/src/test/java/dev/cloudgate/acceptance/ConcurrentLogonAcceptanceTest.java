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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A burst of logons with the same credentials shares one password check; each still gets its own answer. */
class ConcurrentLogonAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void simultaneousLogonsEachOpenTheirOwnSessionAndShareOnePasswordCheck() throws Exception {
        // A server of its own: no earlier logon of this user may have left its check remembered.
        try (RunningServer fresh = RunningServer.start()) {
            long before = passwordChecks(fresh);
            List<Api.Response> answers = burst(fresh, Api.PORTAL_USER, Api.PASSWORD, 12);

            assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
            assertThat(answers.stream().map(r -> r.header("X-RestSvcSessionId")).distinct()).hasSize(12);
            assertThat(passwordChecks(fresh) - before).as("PBKDF2 checks for 12 identical logons").isEqualTo(1);
        }
    }

    /** {@code cloudgate_password_checks_total} from /metrics. */
    private static long passwordChecks(RunningServer server) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^cloudgate_password_checks_total (\\S+)$").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    @Test
    void simultaneousLogonsWithAWrongPasswordAreAllRefused() throws Exception {
        List<Api.Response> answers = burst(server.running(), Api.RESTORE_OPERATOR, "wrong", 8);

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
    }

    private static List<Api.Response> burst(RunningServer server, String user, String password, int count) throws Exception {
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
