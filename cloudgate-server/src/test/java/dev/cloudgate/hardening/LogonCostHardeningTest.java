package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, findings 5 and 6: an unknown user name costs what a wrong password costs, and a burst of
 * logons is bounded: at most one check per core but one runs at once, the rest wait briefly or are refused
 * at once with 503, and other requests go on being answered. Asserted on what the server counts on
 * /metrics, not on wall-clock times (latencies under a burst are in docs/benchmarks.md).
 */
class LogonCostHardeningTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private static final String BUSY = "Too many passwords are being checked at once; retry in a moment.";

    @Test
    void anUnknownUserCostsExactlyOneCheckOfAWrongPasswordsCost() throws Exception {
        // The demo seed's hashes are cheaper than the default: the unknown-user check must follow them.
        try (RunningServer server = RunningServer.start(Map.of("logon-lockout-failures", "0"))) {
            for (int i = 0; i < 3; i++) {
                long[] before = figures(server);
                assertThat(logon(server, "TECH\\nobody" + i, "guess" + i).statusCode()).isEqualTo(401);
                long[] afterUnknown = figures(server);
                assertThat(logon(server, Api.ADMIN, "guess" + i).statusCode()).isEqualTo(401);
                long[] afterWrong = figures(server);
                assertThat(afterUnknown[0] - before[0]).as("checks for an unknown user").isEqualTo(1);
                assertThat(afterWrong[0] - afterUnknown[0]).as("checks for a wrong password").isEqualTo(1);
                long wrongCost = afterWrong[1] - afterUnknown[1];
                assertThat(wrongCost).as("iterations for a wrong password").isPositive();
                assertThat(afterUnknown[1] - before[1]).as("iterations for an unknown user").isEqualTo(wrongCost);
            }
        }
    }

    @Test
    void aBurstOfLogonsIsBoundedAndOtherRequestsAreAnswered() throws Exception {
        Path seed = Files.createTempFile("cloudgate-seed", ".yaml");
        // Plain passwords are hashed at the full default cost when the seed is loaded.
        Files.writeString(seed, """
                backupServers:
                  - id: 8ea5406b-a6e9-42d9-bca5-44b6a5d94af1
                    name: vbr01.lab.local
                users:
                  - { name: 'LAB\\admin', role: Portal Administrator, password: 'Admin' }
                """);
        try (RunningServer server = RunningServer.start(Map.of("seed", seed.toString()))) {
            Api api = server.api().logon("LAB\\admin", "Admin");
            long checksBefore = figures(server)[0];
            AtomicBoolean burst = new AtomicBoolean(true);
            List<Long> latencies = new ArrayList<>();
            List<Integer> readStatuses = new ArrayList<>();
            Thread reader = Thread.ofPlatform().start(() -> {
                while (burst.get()) {
                    long started = System.nanoTime();
                    int status = api.get("/cloud/gateways").status();
                    synchronized (latencies) {
                        readStatuses.add(status);
                        latencies.add((System.nanoTime() - started) / 1_000_000);
                    }
                }
            });
            List<HttpResponse<String>> answers = new ArrayList<>();
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(200)) {
                List<Future<HttpResponse<String>>> pending = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int n = i;
                    pending.add(pool.submit(() -> logon(server, "LAB\\unknown" + n, "guess")));
                }
                for (Future<HttpResponse<String>> answer : pending) {
                    // Generous: the point is that every logon is answered, none left to its client's timeout.
                    answers.add(answer.get(120, TimeUnit.SECONDS));
                }
            }
            long burstMillis = (System.nanoTime() - started) / 1_000_000;
            burst.set(false);
            reader.join();

            long refused = answers.stream().filter(a -> a.statusCode() == 401).count();
            List<HttpResponse<String>> busy = answers.stream().filter(a -> a.statusCode() == 503).toList();
            assertThat(refused + busy.size()).as("refused as bad credentials or, beyond the bound, as busy").isEqualTo(200);
            assertThat(busy).allSatisfy(a -> {
                assertThat(a.body()).contains(BUSY);
                assertThat(a.headers().firstValue("Retry-After")).isPresent();
            });
            long[] after = figures(server);
            assertThat(after[0] - checksBefore).as("one check per 401, none for a logon refused busy").isEqualTo(refused);
            int bound = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            assertThat(after[3]).as("checks allowed at once").isEqualTo(bound);
            assertThat(after[2]).as("most checks that ran at once").isBetween(1L, (long) bound);
            assertThat(readStatuses).as("GETs during the burst").isNotEmpty().containsOnly(200);

            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("GETs during the burst: %d, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; burst %d ms, %d refused busy%n",
                    sorted.length, sorted[sorted.length / 2], sorted[sorted.length * 95 / 100], sorted[sorted.length * 99 / 100],
                    sorted[sorted.length - 1], burstMillis, busy.size());
        }
    }

    /**
     * Tenant creates hash their password when the request arrives; edits and subtenants do the same through the
     * same {@code Passwords.hash}, which holds the gate. The peak is counted where PBKDF2 runs, whoever asked.
     */
    @Test
    void passwordsHashedForNewTenantsAreBoundLikeLogons() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            Api api = server.api().logon();
            String backupServer = "urn:veeam:BackupServer:" + Api.BS1;
            List<Api.Response> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(24)) {
                List<Future<Api.Response>> pending = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    // Each body names a new password, so every request costs a full-cost PBKDF2 run.
                    String body = "{\"Name\": \"burst-" + i + "\", \"Password\": \"Pa55-" + i + "\", \"BackupServerUid\": \""
                            + backupServer + "\"}";
                    pending.add(pool.submit(() -> api.post("/cloud/tenants", Api.JSON, body)));
                }
                for (Future<Api.Response> answer : pending) {
                    answers.add(answer.get(120, TimeUnit.SECONDS));
                }
            }
            assertThat(answers).allSatisfy(a -> {
                if (a.status() == 503) {
                    assertThat(a.body()).contains(BUSY);
                } else {
                    assertThat(a.status()).as(a.body()).isEqualTo(202);
                }
            });
            assertThat(answers).as("accepted creates").anyMatch(a -> a.status() == 202);
            long[] after = figures(server);
            assertThat(after[2]).as("most PBKDF2 runs at once, tenant passwords included").isBetween(1L, after[3]);
        }
    }

    /** Password checks, PBKDF2 iterations, the peak of checks at once, and the bound, from /metrics. */
    private static long[] figures(RunningServer server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build();
        String text = CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return new long[] {metric(text, "cloudgate_password_checks_total"), metric(text, "cloudgate_password_hash_iterations_total"),
                metric(text, "cloudgate_password_checks_running_peak"), metric(text, "cloudgate_password_checks_running_max")};
    }

    private static long metric(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(text);
        assertThat(m.find()).as(name + " in\n" + text).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    private static HttpResponse<String> logon(RunningServer server, String user, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/sessionMngr/?v=latest"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
