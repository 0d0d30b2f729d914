package dev.cloudgate.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.TestSeeds;
import dev.cloudgate.store.RequiresPostgres;
import dev.cloudgate.store.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several nodes, one truth: two server processes on one PostgreSQL schema behave as one server,
 * and a node killed in the middle of a task leaves nothing half made (docs/postgresql.md).
 */
@RequiresPostgres
class TwoNodesOnPostgresTest {
    private static final Path SEED = TestSeeds.withHosts(25);

    private TestPostgres.Schema schema;
    private final List<NodeProcess> nodes = new ArrayList<>();

    @BeforeEach
    void freshSchema() {
        schema = TestPostgres.freshSchema();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
        schema.close();
    }

    @Test
    void logonLogoutAndTasksAreSharedByTheNodes() throws Exception {
        NodeProcess a = node("a", "0s", "30s");
        NodeProcess b = node("b", "0s", "30s");
        Api onA = a.api().logon();
        Api onB = b.api().token(onA.token());

        assertThat(onB.get("/logonSessions").status()).isEqualTo(200);
        Api.Response accepted = onA.post("/cloud/gateways", Api.JSON, TestSeeds.createGateway(TestSeeds.host(0)));
        assertThat(accepted.status()).isEqualTo(202);
        Api.Response onOtherNode = onB.awaitTask("/tasks/task-1");
        assertThat(onOtherNode.body()).contains("<Result Success=\"true\">");
        assertThat(gatewaysNamed(onB, TestSeeds.host(0))).isEqualTo(1);

        String sessionId = new String(Base64.getDecoder().decode(onA.token()), StandardCharsets.US_ASCII);
        assertThat(onA.delete("/logonSessions/" + sessionId).status()).isEqualTo(204);
        assertThat(onB.get("/logonSessions").status()).isEqualTo(401);
        assertThat(onB.get("/tasks/task-1").status()).isEqualTo(401);
    }

    @Test
    void everyTaskRunsExactlyOnceOnWhicheverNodeTakesIt() throws Exception {
        NodeProcess a = node("a", "0s", "30s");
        NodeProcess b = node("b", "0s", "30s");
        Api onA = a.api().logon();
        Api onB = b.api().logon();
        int hosts = 20;

        // Each host is asked for on both nodes at once: one of the two creates must fail as a duplicate.
        List<String> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * hosts);
        try {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 1; i <= hosts; i++) {
                String body = TestSeeds.createGateway(TestSeeds.host(i));
                sent.add(pool.submit(() -> onA.post("/cloud/gateways", Api.JSON, body)));
                sent.add(pool.submit(() -> onB.post("/cloud/gateways", Api.JSON, body)));
            }
            for (int i = 0; i < sent.size(); i++) {
                Api.Response accepted = sent.get(i).get();
                assertThat(accepted.status()).isEqualTo(202);
                Api owner = i % 2 == 0 ? onA : onB;
                results.add(owner.awaitTask(accepted.header("Location")).find("<Result Success=\"(\\w+)\""));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn("true"::equals).hasSize(hosts);
        assertThat(results).filteredOn("false"::equals).hasSize(hosts);
        for (int i = 1; i <= hosts; i++) {
            assertThat(gatewaysNamed(onA, TestSeeds.host(i))).isEqualTo(1);
        }
        assertThat(count("select count(*) from task")).isEqualTo(2 * hosts);
        assertThat(count("select count(*) from task where state = 'Finished' and attempts = 1 and finished_by is not null"))
                .isEqualTo(2 * hosts);
    }

    @Test
    void taskOfAKilledNodeIsFinishedByTheOtherOnceItsLeaseRunsOut() throws Exception {
        NodeProcess a = node("a", "3s", "2s");
        NodeProcess b = node("b", "3s", "2s");
        Api onA = a.api().logon();
        String host = TestSeeds.host(0);

        Api.Response accepted = onA.post("/cloud/gateways", Api.JSON, TestSeeds.createGateway(host));
        assertThat(accepted.status()).isEqualTo(202);
        String holder = awaitHolder();
        NodeProcess victim = holder.startsWith("node-" + a.pid() + "-") ? a : b;
        NodeProcess survivor = victim == a ? b : a;
        assertThat(holder).startsWith("node-" + victim.pid() + "-");

        Thread.sleep(500);
        victim.kill();

        Api onSurvivor = survivor.api().token(onA.token());
        assertThat(onSurvivor.get("/tasks/task-1").body()).contains("<State>Running</State>");
        assertThat(gatewaysNamed(onSurvivor, host)).isZero();
        Api.Response done = onSurvivor.awaitTask("/tasks/task-1");
        assertThat(done.body()).contains("<Result Success=\"true\">", "<Message>Ok</Message>");
        assertThat(gatewaysNamed(onSurvivor, host)).isEqualTo(1);
        assertThat(text("select finished_by from task where task_no = 1")).startsWith("node-" + survivor.pid() + "-");
        assertThat(count("select attempts from task where task_no = 1")).isEqualTo(2);
        assertThat(count("select count(*) from gateway")).isEqualTo(1);
    }

    /** A node; a short lease only where a takeover is wanted, so that a slow machine never causes one elsewhere. */
    private NodeProcess node(String name, String work, String lease) throws Exception {
        NodeProcess node = NodeProcess.start(name, "--jdbc-url", schema.jdbcUrl(), "--db-user", TestPostgres.user(),
                "--db-password", TestPostgres.password(), "--seed", SEED.toString(), "--task-delay", "0", "--task-poll", "50ms",
                "--task-work", work, "--task-lease", lease);
        nodes.add(node);
        return node;
    }

    /** The lease owner of the first task, once a node has claimed it. */
    private String awaitHolder() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            String owner = text("select lease_owner from task where task_no = 1");
            if (owner != null) {
                return owner;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no node claimed the task");
    }

    private static long gatewaysNamed(Api api, String host) {
        Api.Response list = api.get("/cloud/gateways?format=Entity");
        assertThat(list.status()).isEqualTo(200);
        return Pattern.compile("<CloudGateway [^>]*Name=\"" + Pattern.quote(host) + "\"").matcher(list.body()).results().count();
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(schema.jdbcUrl(), TestPostgres.user(), TestPostgres.password());
                PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
