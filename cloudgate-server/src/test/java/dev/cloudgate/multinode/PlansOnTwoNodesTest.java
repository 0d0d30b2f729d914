package dev.cloudgate.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.store.TestPostgres;
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

/**
 * A hardware plan deleted on one node while a tenant subscribes to it on another (SPEC-tenants §6.11,
 * §7.3): exactly one of the two wins, the other fails with its own message, and the database never
 * holds a subscription to a plan that is gone.
 */
@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+", disabledReason = TestPostgres.SKIPPED)
class PlansOnTwoNodesTest {
    private static final String BS = "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
    private static final String XYZ = "1b5f2c40-6d9e-4f1c-8a7b-3c4d5e6f7a06";

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
    void aPlanDeletionRacingASubscriptionOnAnotherNodeHasExactlyOneWinner() throws Exception {
        Api onA = node("a").api().logon();
        Api onB = node("b").api().logon();
        int rounds = 6;
        int deleted = 0;
        int subscribed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < rounds; i++) {
                String name = "Race Plan " + i;
                Api.Response made = onA.awaitTask(onA.post("/cloud/hardwarePlans", Api.JSON, plan(name)).header("Location"));
                assertThat(made.body()).contains("<Result Success=\"true\">");
                String id = made.find("/cloud/hardwarePlans/([0-9a-f-]{36})\\?format=Entity");
                String uid = "urn:veeam:CloudHardwarePlan:" + id;

                Future<Api.Response> deletion = pool.submit(() -> onA.delete("/cloud/hardwarePlans/" + id));
                Future<Api.Response> subscription = pool.submit(() -> onB.post("/cloud/tenants/" + XYZ + "/computeResources", Api.JSON,
                        "{\"CloudHardwarePlanUid\": \"" + uid + "\", \"PlatformType\": \"VMware\", \"UseNetworkFailoverResources\": false}"));
                Api.Response deleteDone = onA.accept(Api.XML).awaitTask(deletion.get().header("Location"));
                Api.Response subscribeDone = onB.accept(Api.XML).awaitTask(subscription.get().header("Location"));
                boolean deleteWon = deleteDone.body().contains("<Result Success=\"true\">");
                boolean subscribeWon = subscribeDone.body().contains("<Result Success=\"true\">");
                assertThat(deleteWon).as("exactly one wins in round " + i).isNotEqualTo(subscribeWon);
                if (deleteWon) {
                    deleted++;
                    assertThat(subscribeDone.find("<Message>([^<]*)</Message>")).isEqualTo("Hardware plan " + uid + " was not found.");
                    assertThat(count("select count(*) from hardware_plan where id = '" + id + "'")).isZero();
                } else {
                    subscribed++;
                    assertThat(deleteDone.find("<Message>([^<]*)</Message>"))
                            .isEqualTo("Hardware plan " + name + " cannot be deleted while cloud tenants are subscribed to it (XYZ Corporation).");
                    assertThat(onA.get("/cloud/hardwarePlans/" + id).status()).isEqualTo(200);
                }
                // Never a subscription to a plan that is gone, whoever won.
                assertThat(count("select count(*) from compute_resource c where not exists (select 1 from hardware_plan p where p.id = c.plan_id)"))
                        .isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(deleted + subscribed).isEqualTo(rounds);
        assertThat(count("select count(*) from compute_resource")).isEqualTo(subscribed);
    }

    private static String plan(String name) {
        return """
                {"BackupServerUid": "%s", "Name": "%s", "ProcessorUsageLimitMhz": -1, "MemoryUsageLimitMb": -1,
                 "HardwarePlanDetails": {"ViCloudHardwarePlan": {"HypervisorHostRef": "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438", "ParentType": "HostSystem", "ParentName": "x",
                   "Datastores": {"Datastores": [{"FriendlyName": "D", "DatastoreType": "Datastore",
                     "Reference": "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441", "QuotaGb": 10}]}}}}"""
                .formatted(BS, name);
    }

    /** The demo seed: tenant XYZ Corporation (standalone, no plan), host esx01.tech.local with its datastores. */
    private NodeProcess node(String name) throws Exception {
        NodeProcess node = NodeProcess.start(name, "--jdbc-url", schema.jdbcUrl(), "--db-user", TestPostgres.user(),
                "--db-password", TestPostgres.password(), "--task-delay", "0", "--task-poll", "50ms");
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
