package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 9: with 6,000 managed servers, a backlog of 2,000 gateway creates drains at 200
 * tasks/s or more. A task fault holds the first task while the backlog is submitted behind it.
 */
class LargeInventoryTaskHardeningTest {
    private static final int SERVERS = 6000;
    private static final int TASKS = 2000;

    @Test
    void aBacklogDrainsAtTwoHundredTasksPerSecond() throws Exception {
        StringBuilder yaml = new StringBuilder("backupServers:\n  - id: " + Api.BS1 + "\n    name: vbr01.lab.local\n    managedServers:\n");
        for (int i = 0; i < SERVERS; i++) {
            yaml.append("      - { id: ").append(UUID.randomUUID()).append(", name: gw").append(i).append(".lab.local, type: Windows, ip: 10.1.")
                    .append(i / 250).append('.').append(i % 250).append(" }\n");
        }
        yaml.append("users:\n  - { name: 'LAB\\admin', role: Portal Administrator, password: 'Admin' }\n");
        Path seed = Files.createTempFile("cloudgate-large", ".yaml");
        Files.writeString(seed, yaml);
        try (RunningServer server = RunningServer.start(Map.of("seed", seed.toString()))) {
            Api api = server.api().logon("LAB\\admin", "Admin");
            // The first task waits while the rest queue up behind it (tasks run one at a time, in order).
            assertThat(server.control().postJson("/faults", "{\"host\": \"gw0.lab.local\", \"delayMs\": 10000}").status()).isEqualTo(201);
            List<String> tasks = submit(api);
            Api.Response first = api.awaitTask(tasks.get(0));
            assertThat(first.body()).contains("Success=\"true\"");
            long started = System.nanoTime();
            // Tasks run in the order they were accepted: the one with the highest number finishes last.
            String newest = tasks.stream().max(java.util.Comparator.comparingLong(LargeInventoryTaskHardeningTest::number)).orElseThrow();
            Api.Response last = api.awaitTask(newest);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(last.body()).contains("Success=\"true\"");
            double rate = (TASKS - 1) / seconds;
            System.out.printf("backlog of %d tasks beside %d managed servers drained at %.0f tasks/s%n", TASKS - 1, SERVERS, rate);
            assertThat(rate).as("tasks/s").isGreaterThanOrEqualTo(200);
        }
    }

    private static long number(String href) {
        return Long.parseLong(href.replaceAll(".*?(\\d+)$", "$1"));
    }

    private static List<String> submit(Api api) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> hrefs = new ArrayList<>();
            for (int i = 0; i < TASKS; i++) {
                int n = i;
                hrefs.add(pool.submit(() -> {
                    Api.Response r = api.post("/cloud/gateways", Api.XML, """
                            <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0"><ServerHostName>gw%d.lab.local</ServerHostName>\
                            <NetworkType>Direct</NetworkType><BackupServerUid>%s</BackupServerUid></CreateCloudGatewaySpec>""".formatted(n, Api.BS1));
                    assertThat(r.status()).as(r.body()).isEqualTo(202);
                    return r.header("Location");
                }));
                if (i == 0) {
                    hrefs.get(0).get();
                }
            }
            List<String> result = new ArrayList<>();
            for (Future<String> href : hrefs) {
                result.add(href.get());
            }
            return result;
        }
    }
}
