package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Gateways made and removed through tasks, one at a time even when requests arrive together
 * (SPEC §4, §8 B3, B11). The same tests run on each store; uniqueness is the database's job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GatewayTasksAcceptance {
    static final int PARALLEL = 50;

    /** The server of the class, on the store the subclass is about, started with {@link #settings}. */
    abstract ServerExtension server();

    /** A seed with a free host for each of the parallel creates and two more. */
    static Map<String, String> settings() {
        return Map.of("seed", TestSeeds.withHosts(PARALLEL + 2).toString());
    }

    @Test
    void gatewayAppearsWhenItsTaskFinishesAndGoesWithTheDeleteTask() {
        Api api = server().api().logon();
        String host = TestSeeds.host(PARALLEL + 1);

        Api.Response accepted = api.post("/cloud/gateways", Api.JSON, TestSeeds.createGateway(host));
        assertThat(accepted.status()).isEqualTo(202);
        Api.Response done = api.awaitTask(accepted.header("Location"));
        assertThat(done.body()).contains("<Result Success=\"true\">", "<Message>Ok</Message>");
        String gateway = done.find("Rel=\"Related\" Type=\"CloudGateway\" Href=\"([^\"?]+)");
        assertThat(gatewaysNamed(api, host)).isEqualTo(1);

        Api.Response deleting = api.delete(gateway);
        assertThat(deleting.status()).isEqualTo(202);
        assertThat(api.awaitTask(deleting.header("Location")).body()).contains("<Result Success=\"true\">");
        assertThat(api.get(gateway).status()).isEqualTo(404);
        assertThat(gatewaysNamed(api, host)).isZero();
    }

    @Test
    void ofFiftyParallelCreatesOnOneHostExactlyOneSucceeds() throws Exception {
        Api api = server().api().logon();
        String host = TestSeeds.host(0);

        List<String> results = finishedTasks(api, inParallel(PARALLEL, i -> api.post("/cloud/gateways", Api.JSON,
                TestSeeds.createGateway(host))));

        assertThat(results).filteredOn(r -> r.equals("true Ok")).hasSize(1);
        assertThat(results).filteredOn(r -> r.equals("false Cloud gateway already exists on server " + host + "."))
                .hasSize(PARALLEL - 1);
        assertThat(gatewaysNamed(api, host)).isEqualTo(1);
    }

    @Test
    void fiftyParallelCreatesOnFiftyHostsMakeFiftyGateways() throws Exception {
        Api api = server().api().logon();

        List<String> results = finishedTasks(api, inParallel(PARALLEL, i -> api.post("/cloud/gateways", Api.JSON,
                TestSeeds.createGateway(TestSeeds.host(i + 1)))));

        assertThat(results).containsOnly("true Ok").hasSize(PARALLEL);
        for (int i = 1; i <= PARALLEL; i++) {
            assertThat(gatewaysNamed(api, TestSeeds.host(i))).as(TestSeeds.host(i)).isEqualTo(1);
        }
    }

    /** Waits for each accepted task and returns "success message" per task. */
    static List<String> finishedTasks(Api api, List<Api.Response> accepted) {
        List<String> results = new ArrayList<>();
        Pattern result = Pattern.compile("<Result Success=\"(\\w+)\">\\s*<Message>([^<]*)</Message>");
        for (Api.Response r : accepted) {
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            Matcher m = result.matcher(api.awaitTask(r.header("Location")).body());
            assertThat(m.find()).isTrue();
            results.add(m.group(1) + " " + m.group(2));
        }
        return results;
    }

    static long gatewaysNamed(Api api, String host) {
        Api.Response list = api.get("/cloud/gateways?format=Entity");
        assertThat(list.status()).isEqualTo(200);
        return Pattern.compile("<CloudGateway [^>]*Name=\"" + Pattern.quote(host) + "\"").matcher(list.body()).results().count();
    }

    @FunctionalInterface
    interface Request {
        Api.Response send(int index);
    }

    /** Sends {@code n} requests at once, from {@code n} threads released together. */
    static List<Api.Response> inParallel(int n, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return request.send(index);
                }));
            }
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
