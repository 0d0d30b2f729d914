package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tasks that stay Running for a while (setting {@code task-delay}): cancelling one (SPEC §5.10),
 * objects that change only when their task finishes (§8 B11), an object gone before its task runs
 * (B12), and a task that outlives its session (B15).
 */
class TaskLifecycleAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("task-delay", "1s"));

    @Test
    void deletingARunningTaskCancelsItsOperation() throws InterruptedException {
        Api api = server.api().logon().accept(Api.XML);
        Api.Response accepted = api.post("/cloud/gateways", Api.XML, """
                <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0">
                  <ServerHostName>gw02.tech.local</ServerHostName>
                  <NetworkType>Direct</NetworkType>
                  <BackupServerUid>%s</BackupServerUid>
                </CreateCloudGatewaySpec>""".formatted(Api.BS1));
        String task = accepted.header("Location");
        assertThat(api.get(task).body()).contains("<State>Running</State>");

        Api.Response cancelled = api.delete(task);
        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(cancelled.body()).isEmpty();
        assertThat(api.get(task).status()).isEqualTo(404);
        assertThat(api.delete(task).status()).isEqualTo(404);

        Thread.sleep(1500);
        assertThat(api.get("/cloud/gateways").body()).doesNotContain("gw02.tech.local");
        assertThat(api.get("/query?type=CloudGateway&filter=Name==gw02.tech.local").body()).contains("<Refs />");
        // The host is still free: the operation never ran.
        Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
    }

    @Test
    void objectsAppearOnlyWhenTheTaskFinishes() {
        Api api = server.api().logon().accept(Api.XML);
        Api.Response accepted = api.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\": \"gw03.tech.local\", \"BackupServerUid\": \"" + Api.BS1 + "\"}");
        assertThat(accepted.body()).contains("<State>Running</State>").doesNotContain("<Result");
        assertThat(api.get("/cloud/gateways").body()).doesNotContain("gw03.tech.local");
        assertThat(api.get("/query?type=Task&filter=State==Running").body()).contains("<TaskId>task-1</TaskId>");
        String id = Fixtures.relatedId(Fixtures.finished(api, accepted), "/cloud/gateways/");
        assertThat(api.get("/cloud/gateways").body()).contains(id);
        assertThat(api.get("/query?type=Task&filter=State==Running").body()).contains("<Tasks />");
    }

    @Test
    void aPoolDeletedBeforeItsEditRunsFailsTheEdit() {
        Api api = server.api().logon().accept(Api.XML);
        String gateway = Fixtures.gateway(api, "172.16.13.119", Api.BS1);
        String pool = Fixtures.pool(api, "Doomed", List.of(gateway), List.of(), Api.BS1);
        Api.Response delete = api.delete("/cloud/gatewayPools/" + pool);
        Api.Response edit = api.put("/cloud/gatewayPools/" + pool, Api.JSON, "{\"Description\": \"too late\"}");
        assertThat(edit.status()).isEqualTo(202);
        Fixtures.succeeds(api, delete);
        assertThat(Fixtures.failure(api, edit)).isEqualTo("Cloud gateway pool " + pool + " was not found.");
    }

    @Test
    void aTaskRunsToTheEndAfterItsSessionEnds() throws InterruptedException {
        Api api = server.api().logon().accept(Api.XML);
        String accepted = api.post("/cloud/gateways", Api.XML, """
                <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0">
                  <ServerHostName>srv02.tech.local</ServerHostName>
                  <NetworkType>Direct</NetworkType>
                  <BackupServerUid>%s</BackupServerUid>
                </CreateCloudGatewaySpec>""".formatted(Api.BS2)).header("Location");
        assertThat(accepted).isNotNull();
        assertThat(api.delete("/logonSessions/" + SessionAcceptanceTest.idOf(api)).status()).isEqualTo(204);
        Api later = server.api().logon().accept(Api.XML);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!later.get("/cloud/gateways").body().contains("srv02.tech.local") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(later.get("/cloud/gateways").body()).contains("srv02.tech.local");
        assertThat(later.get("/tasks").body()).doesNotContain("<Task ");
    }
}
