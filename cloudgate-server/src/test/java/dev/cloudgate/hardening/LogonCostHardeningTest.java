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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, findings 5 and 6: an unknown user name costs what a wrong password costs, and a burst of
 * logons neither takes the latency of other requests nor is left to time out.
 */
class LogonCostHardeningTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @Test
    void anUnknownUserCostsWhatAWrongPasswordCosts() throws Exception {
        // The demo seed's hashes are cheaper than the default: the unknown-user check must follow them.
        try (RunningServer server = RunningServer.start(Map.of("logon-lockout-failures", "0"))) {
            logon(server, Api.ADMIN, "warm-up");
            logon(server, "TECH\\nobody", "warm-up");
            long[] unknown = new long[15];
            long[] wrong = new long[15];
            for (int i = 0; i < unknown.length; i++) {
                unknown[i] = timed(server, "TECH\\nobody" + i, "guess" + i);
                wrong[i] = timed(server, Api.ADMIN, "guess" + i);
            }
            long unknownMedian = median(unknown);
            long wrongMedian = median(wrong);
            assertThat((double) Math.max(unknownMedian, wrongMedian) / Math.max(1, Math.min(unknownMedian, wrongMedian)))
                    .as("median unknown user %d µs vs wrong password %d µs", unknownMedian / 1000, wrongMedian / 1000)
                    .isLessThan(2.0);
        }
    }

    @Test
    void aBurstOfLogonsLeavesOtherRequestsTheirLatency() throws Exception {
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
            AtomicBoolean burst = new AtomicBoolean(true);
            List<Long> latencies = new ArrayList<>();
            Thread reader = Thread.ofPlatform().start(() -> {
                while (burst.get()) {
                    long started = System.nanoTime();
                    assertThat(api.get("/cloud/gateways").status()).isEqualTo(200);
                    synchronized (latencies) {
                        latencies.add((System.nanoTime() - started) / 1_000_000);
                    }
                }
            });
            List<Integer> statuses = new ArrayList<>();
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(200)) {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int n = i;
                    answers.add(pool.submit(() -> logon(server, "LAB\\unknown" + n, "guess").statusCode()));
                }
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
            }
            long burstMillis = (System.nanoTime() - started) / 1_000_000;
            burst.set(false);
            reader.join();
            assertThat(statuses).as("refused as bad credentials or, beyond the bound, as busy").containsOnly(401, 503)
                    .contains(401);
            assertThat(burstMillis).as("every logon answered, none left to time out").isLessThan(20_000);
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            assertThat(sorted).isNotEmpty();
            String summary = "GETs during the burst: %d, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, burst %d ms, %d refused busy".formatted(
                    sorted.length, sorted[sorted.length / 2], sorted[sorted.length * 95 / 100], sorted[sorted.length * 99 / 100],
                    sorted[sorted.length - 1],
                    burstMillis, statuses.stream().filter(s -> s == 503).count());
            System.out.println(summary);
            assertThat(sorted[sorted.length * 95 / 100]).as(summary).isLessThan(500);
            // p99, not the maximum: on a shared 2-core machine one GET can meet the moment 200 connections arrive
            // at once; unbounded hashing (issue 16) gave a p95 of 1.7 s and a 28.8 s maximum.
            assertThat(sorted[sorted.length * 99 / 100]).as(summary).isLessThan(2000);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long timed(RunningServer server, String user, String password) throws Exception {
        long started = System.nanoTime();
        assertThat(logon(server, user, password).statusCode()).isEqualTo(401);
        return System.nanoTime() - started;
    }

    private static HttpResponse<String> logon(RunningServer server, String user, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/sessionMngr/?v=latest"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
