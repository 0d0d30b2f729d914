package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers are reused only until the next write, and only for the same role: a repeated GET always sees every change. */
class ResponseCacheAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    private static final String QUERY = "/query?type=CloudGateway&filter=Description==%22cached%22&pageSize=10";

    @Test
    void aRepeatedQuerySeesCreatesEditsAndDeletes() {
        Api api = server.admin();
        assertThat(api.get(QUERY).body()).contains("PagesCount=\"1\"").doesNotContain("<Ref ");
        assertThat(api.get(QUERY).body()).doesNotContain("<Ref ");

        Api.Response created = api.awaitTask(api.post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":\"gw01.tech.local\","
                + "\"Description\":\"cached\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}").header("Location"));
        String id = created.find("/cloud/gateways/([0-9a-f-]{36})");
        assertThat(api.get(QUERY).body()).containsOnlyOnce("<Ref ").contains(id);

        api.awaitTask(api.put("/cloud/gateways/" + id, Api.JSON, "{\"Description\":\"changed\"}").header("Location"));
        assertThat(api.get(QUERY).body()).doesNotContain("<Ref ");

        api.awaitTask(api.put("/cloud/gateways/" + id, Api.JSON, "{\"Description\":\"cached\"}").header("Location"));
        assertThat(api.get(QUERY).body()).contains(id);
        api.awaitTask(api.delete("/cloud/gateways/" + id).header("Location"));
        assertThat(api.get(QUERY).body()).doesNotContain("<Ref ");
    }

    @Test
    void aResetThroughTheControlApiIsAWriteToo() {
        Api api = server.admin();
        api.awaitTask(api.post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":\"gw02.tech.local\",\"Description\":\"cached\","
                + "\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}").header("Location"));
        assertThat(api.get(QUERY).body()).contains("gw02.tech.local");
        assertThat(server.control().reset().status()).isEqualTo(200);
        assertThat(server.admin().get(QUERY).body()).doesNotContain("<Ref ");
    }

    @Test
    void anAnswerCachedForOneRoleNeverReachesAnother() {
        Api admin = server.admin();
        assertThat(admin.get("/query?type=BackupServer").status()).isEqualTo(200);
        assertThat(admin.get("/query?type=BackupServer").status()).isEqualTo(200);
        Api restore = server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD);
        assertThat(restore.get("/query?type=BackupServer").status()).isEqualTo(403);
        assertThat(restore.get("/backupServers").status()).isEqualTo(403);
        assertThat(server.api().logon(Api.PORTAL_USER, Api.PASSWORD).get("/query?type=BackupServer").status()).isEqualTo(200);
    }

    @Test
    void aGatewayEntitySeesItsPoolOnceThePoolExists() {
        Api api = server.admin();
        String id = api.awaitTask(api.post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":\"gw03.tech.local\","
                + "\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}").header("Location")).find("/cloud/gateways/([0-9a-f-]{36})");
        assertThat(api.get("/cloud/gateways/" + id + "?format=Entity").body()).doesNotContain("CloudGatewayPoolReference");
        api.awaitTask(api.post("/cloud/gatewayPools", Api.JSON, "{\"Name\":\"P\",\"CloudGateways\":{\"CloudGatewayUids\":[\"" + id
                + "\"]},\"BackupServerUid\":\"" + Api.BS1 + "\"}").header("Location"));
        assertThat(api.get("/cloud/gateways/" + id + "?format=Entity").body()).contains("CloudGatewayPoolReference");
    }

    /** One check per write path of the pool commands: create, update (members and name), delete. */
    @Test
    void aRepeatedPoolAnswerSeesEveryPoolCommand() {
        Api api = server.admin();
        String gw = api.awaitTask(api.post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":\"srv01.tech.local\","
                + "\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS2 + "\"}").header("Location")).find("/cloud/gateways/([0-9a-f-]{36})");
        String pools = "/cloud/gatewayPools?format=Entity";
        String entity = "/cloud/gateways/" + gw + "?format=Entity";
        assertThat(api.get(pools).body()).doesNotContain("Cached Pool");
        assertThat(api.get(entity).body()).doesNotContain("CloudGatewayPoolReference");

        String pool = api.awaitTask(api.post("/cloud/gatewayPools", Api.JSON, "{\"Name\":\"Cached Pool\",\"CloudGateways\":{\"CloudGatewayUids\":[\""
                + gw + "\"]},\"BackupServerUid\":\"" + Api.BS2 + "\"}").header("Location")).find("/cloud/gatewayPools/([0-9a-f-]{36})");
        assertThat(api.get(pools).body()).contains("Cached Pool");
        assertThat(api.get(entity).body()).contains("Cached Pool");

        api.awaitTask(api.put("/cloud/gatewayPools/" + pool, Api.JSON, "{\"Name\":\"Renamed Cached Pool\"}").header("Location"));
        assertThat(api.get(pools).body()).contains("Renamed Cached Pool");
        assertThat(api.get(entity).body()).contains("Renamed Cached Pool");

        api.awaitTask(api.delete("/cloud/gatewayPools/" + pool).header("Location"));
        assertThat(api.get(pools).body()).doesNotContain("Cached Pool");
        assertThat(api.get(entity).body()).doesNotContain("CloudGatewayPoolReference");
    }

    /** The race CI once caught: the answer cached just before an edit committed must not outlive it. */
    @Test
    void aClientThatSawItsTaskFinishNeverGetsTheAnswerFromBefore() {
        Api api = server.admin();
        String id = api.awaitTask(api.post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":\"172.16.13.119\","
                + "\"Description\":\"v0\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}").header("Location"))
                .find("/cloud/gateways/([0-9a-f-]{36})");
        String entity = "/cloud/gateways/" + id + "?format=Entity";
        for (int i = 1; i <= 40; i++) {
            assertThat(api.get(entity).body()).contains("<Description>v" + (i - 1) + "</Description>");
            api.awaitTask(api.put("/cloud/gateways/" + id, Api.JSON, "{\"Description\":\"v" + i + "\"}").header("Location"));
            assertThat(api.get(entity).body()).as("after edit %d", i).contains("<Description>v" + i + "</Description>");
        }
    }
}
