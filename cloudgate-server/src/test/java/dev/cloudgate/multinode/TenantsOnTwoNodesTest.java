package dev.cloudgate.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.TestSeeds;
import dev.cloudgate.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Tenants on two server processes sharing one PostgreSQL schema (SPEC-tenants T-B1, T-B11). */
@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+", disabledReason = TestPostgres.SKIPPED)
class TenantsOnTwoNodesTest {
    private static final Path SEED = TestSeeds.withHosts(2);

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
    void aTenantMadeOnOneNodeIsSeenOnTheOtherAtOnceAndGoesFromBoth() throws Exception {
        Api onA = node("a").api().logon();
        Api onB = node("b").api().logon();

        Api.Response task = onA.awaitTask(onA.post("/cloud/tenants", Api.JSON, create("Shared Co")).header("Location"));
        assertThat(task.body()).contains("<Result Success=\"true\">");
        String id = task.find("/cloud/tenants/([0-9a-f-]{36})\\?format=Entity");
        assertThat(onB.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body()).contains("Name=\"Shared Co\"", "<Password />");

        Api.Response edit = onB.put("/cloud/tenants/" + id, Api.JSON, "{\"Description\": \"edited on b\"}");
        assertThat(onB.awaitTask(edit.header("Location")).body()).contains("<Result Success=\"true\">");
        assertThat(onA.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body()).contains("<Description>edited on b</Description>");

        assertThat(onA.awaitTask(onA.delete("/cloud/tenants/" + id).header("Location")).body()).contains("<Result Success=\"true\">");
        assertThat(onB.get("/cloud/tenants/" + id).status()).isEqualTo(404);
    }

    @Test
    void racingCreatesOfOneTenantNameOnTwoNodesGiveExactlyOneTenant() throws Exception {
        Api onA = node("a").api().logon();
        Api onB = node("b").api().logon();
        // Each create hashes its password (PBKDF2, slow on purpose) before it answers: few rounds keep a
        // loaded machine within the client's timeout while still racing every name on both nodes.
        int rounds = 5;
        List<String> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * rounds);
        try {
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                // One name asked for on both nodes at once, in two spellings: names are unique in any case.
                String name = "Race Co " + i;
                sent.add(pool.submit(() -> onA.post("/cloud/tenants", Api.JSON, create(name))));
                sent.add(pool.submit(() -> onB.post("/cloud/tenants", Api.JSON, create(name.toUpperCase()))));
            }
            for (int i = 0; i < sent.size(); i++) {
                Api.Response accepted = sent.get(i).get();
                assertThat(accepted.status()).isEqualTo(202);
                Api owner = i % 2 == 0 ? onA : onB;
                Api.Response done = owner.awaitTask(accepted.header("Location"));
                results.add(done.find("<Result Success=\"(\\w+)\""));
                if (done.body().contains("Success=\"false\"")) {
                    assertThat(done.body()).containsPattern("Cloud tenant (?i:race co \\d+) already exists on backup server vbr01.tech.local.");
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn("true"::equals).hasSize(rounds);
        assertThat(count("select count(*) from tenant")).isEqualTo(rounds);
        assertThat(count("select count(distinct name_key) from tenant")).isEqualTo(rounds);
    }

    private static String create(String name) {
        return "{\"Name\": \"" + name + "\", \"Password\": \"Str0ng-Pa55\", \"BackupServerUid\": \"" + TestSeeds.BACKUP_SERVER + "\"}";
    }

    private NodeProcess node(String name) throws Exception {
        NodeProcess node = NodeProcess.start(name, "--jdbc-url", schema.jdbcUrl(), "--db-user", TestPostgres.user(),
                "--db-password", TestPostgres.password(), "--seed", SEED.toString(), "--task-delay", "0", "--task-poll", "50ms");
        nodes.add(node);
        return node;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(schema.jdbcUrl(), TestPostgres.user(), TestPostgres.password());
                PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
