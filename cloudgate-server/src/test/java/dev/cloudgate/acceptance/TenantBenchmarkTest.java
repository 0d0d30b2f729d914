package dev.cloudgate.acceptance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import dev.cloudgate.testing.MaySkip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A simple measurement for docs/benchmarks.md, not part of the suite ({@code -Dcloudgate.bench=true}):
 * the create-tenant-to-Finished median (POST a standalone tenant with a quota, poll its task without
 * pause until Finished; task delay 0) and the requests/s of GET tenant entity, XML, on 8 client threads.
 */
@EnabledIfSystemProperty(named = "cloudgate.bench", matches = "true",
        disabledReason = "declared: a measurement for docs/benchmarks.md, run with -Dcloudgate.bench=true")
@MaySkip("declared: a measurement for docs/benchmarks.md, run with -Dcloudgate.bench=true")
class TenantBenchmarkTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void createTenantToFinishedAndGetEntity() throws Exception {
        Api api = server.api().logon().accept(Api.XML);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            String body = "{\"Name\": \"Bench " + i + "\", \"Password\": \"Str0ng-Pa55\", \"BackupServerUid\": \"" + DemoSeed.BS1 + "\","
                    + " \"Resources\": {\"BackupResources\": [{\"RepositoryUid\": \"" + DemoSeed.REPO_01 + "\", \"QuotaMb\": 2048}]}}";
            long start = System.nanoTime();
            Api.Response accepted = api.post("/cloud/tenants", Api.JSON, body);
            String location = accepted.header("Location");
            while (!api.get(location).body().contains("<State>Finished</State>")) {
                Thread.onSpinWait();
            }
            if (i >= 20) {
                micros.add((System.nanoTime() - start) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf("create-tenant-to-Finished: median %.1f ms, p90 %.1f ms over %d rounds%n",
                micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 9 / 10) / 1000.0, micros.size());

        // The same without the password hash: a vCD tenant has none (created and deleted again, one name per organization).
        List<Long> vcd = new ArrayList<>();
        String vcdBody = "{\"Name\": \"TechCompanyOrg\", \"BackupServerUid\": \"" + DemoSeed.BS1 + "\", \"TenantType\": \"vCD\", \"OrganizationRef\":"
                + " \"" + DemoSeed.ORG + "\"}";
        for (int i = 0; i < 120; i++) {
            long start = System.nanoTime();
            Api.Response task = api.awaitTask(api.post("/cloud/tenants", Api.JSON, vcdBody).header("Location"));
            if (i >= 20) {
                vcd.add((System.nanoTime() - start) / 1000);
            }
            String id = task.find("/cloud/tenants/([0-9a-f-]{36})\\?format=Entity");
            api.awaitTask(api.delete("/cloud/tenants/" + id).header("Location"));
        }
        Collections.sort(vcd);
        System.out.printf("create-tenant-to-Finished without a password (vCD): median %.1f ms over %d rounds%n",
                vcd.get(vcd.size() / 2) / 1000.0, vcd.size());

        String path = "/cloud/tenants/" + DemoSeed.TENANT_ABC + "?format=Entity";
        for (String accept : List.of(Api.XML, Api.JSON)) {
            AtomicLong count = new AtomicLong();
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Api client = new Api(server.base()).token(api.token()).accept(accept);
                workers.add(pool.submit(() -> {
                    while (running.get()) {
                        if (client.get(path).status() == 200 && measuring.get()) {
                            count.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(2000);
            measuring.set(true);
            long from = System.nanoTime();
            Thread.sleep(6000);
            measuring.set(false);
            double seconds = (System.nanoTime() - from) / 1e9;
            running.set(false);
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();
            System.out.printf("GET tenant entity %s: %.0f requests/s (8 threads, java.net.http)%n", accept, count.get() / seconds);
        }
    }
}
