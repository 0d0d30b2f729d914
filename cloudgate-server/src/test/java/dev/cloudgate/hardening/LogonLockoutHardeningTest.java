package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.LogCapture;
import dev.cloudgate.acceptance.RunningServer;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, findings 1 and 4: wrong passwords sent at once never unlock an account, and a guesser locks
 * out only itself (the name for its source address), whether the name exists or not.
 */
class LogonLockoutHardeningTest {
    private RunningServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void concurrentWrongPasswordsNeverClearTheLock() throws Exception {
        server = RunningServer.start(Map.of("logon-lockout-failures", "5", "logon-lockout", "60s"));
        HttpClient client = client("127.0.0.1");
        for (int round = 0; round < 4; round++) {
            List<Integer> statuses = burst(client, Api.ADMIN, 9, round * 9, -1);
            assertThat(statuses).containsOnly(401);
        }
        assertThat(logon(client, Api.ADMIN, Api.PASSWORD)).as("locked: the right password is refused").isEqualTo(401);
    }

    @Test
    void aBurstWithTheRightPasswordInsideLeavesTheAccountLocked() throws Exception {
        server = RunningServer.start(Map.of("logon-lockout-failures", "5", "logon-lockout", "60s"));
        HttpClient client = client("127.0.0.1");
        List<Integer> statuses = burst(client, Api.ADMIN, 150, 0, 149);
        assertThat(statuses.subList(0, 149)).containsOnly(401);
        assertThat(logon(client, Api.ADMIN, Api.PASSWORD)).as("locked after the burst").isEqualTo(401);
    }

    @Test
    void aGuesserLocksOutOnlyItselfAndUnknownNamesLockAlike() throws Exception {
        server = RunningServer.start(Map.of("logon-lockout-failures", "3", "logon-lockout", "60s"));
        HttpClient guesser = client("127.0.0.2");
        HttpClient owner = client("127.0.0.1");
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 15; i++) {
                assertThat(logon(guesser, Api.ADMIN, "guess" + i)).isEqualTo(401);
                assertThat(logon(guesser, "TECH\\nobody", "guess" + i)).isEqualTo(401);
            }
            assertThat(logon(guesser, Api.ADMIN, Api.PASSWORD)).as("the guesser's source is locked").isEqualTo(401);
            assertThat(logon(owner, Api.ADMIN, Api.PASSWORD)).as("the owner elsewhere is not").isEqualTo(201);
            assertThat(log.audit()).anyMatch(l -> l.contains("op=LockAccount") && l.contains("Administrator"));
            assertThat(log.audit()).as("an unknown name locks like a known one")
                    .anyMatch(l -> l.contains("op=LockAccount") && l.contains("nobody"));
        }
    }

    /** {@code count} logons at once with distinct wrong passwords, the one at {@code rightAt} with the right one. */
    private List<Integer> burst(HttpClient client, String user, int count, int offset, int rightAt) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String password = i == rightAt ? Api.PASSWORD : "wrong-" + (offset + i);
                answers.add(pool.submit(() -> logon(client, user, password)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        }
    }

    private int logon(HttpClient client, String user, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/sessionMngr/?v=latest"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpClient client(String localAddress) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress)).connectTimeout(Duration.ofSeconds(5)).build();
    }
}
