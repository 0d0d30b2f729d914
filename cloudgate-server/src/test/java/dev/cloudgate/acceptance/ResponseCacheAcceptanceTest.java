package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * A task's answer is kept per logon session while nothing at all is written: the repeated poll of a
     * Running task still sees it finish at once, and another session never sees it.
     */
    @Test
    void aPolledTaskIsSeenFinishedAtOnceAndOnlyByItsOwnSession() {
        Control control = server.control();
        control.fault("{\"host\": \"srv02.tech.local\", \"delayMs\": 60000}");
        Api api = server.admin();
        String task = api.post("/cloud/gateways", Api.JSON, "{\"ServerHostName\":\"srv02.tech.local\",\"NetworkType\":\"Direct\","
                + "\"BackupServerUid\":\"" + Api.BS2 + "\"}").header("Location");
        String taskId = task.substring(task.lastIndexOf('/') + 1);
        assertThat(api.get(task).body()).contains("<State>Running</State>");
        assertThat(api.get(task).body()).contains("<State>Running</State>");
        assertThat(api.get("/tasks").body()).contains(taskId);

        Api other = server.api().logon();
        assertThat(other.get(task).status()).isEqualTo(404);
        assertThat(other.get("/tasks").body()).doesNotContain(taskId);

        // Removing the fault ends the slow deployment: the task is applied now, and the next poll shows it.
        assertThat(control.delete("/faults").status()).isEqualTo(204);
        assertThat(api.awaitTask(task).body()).contains("Success=\"true\"");
        assertThat(api.get("/tasks").body()).contains("<State>Finished</State>");
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

    /**
     * A cached answer goes out from the network thread, without a worker (ApiHandler#answerAtHand): it is
     * journaled and counted like any other, and a fault added after it was cached still applies.
     */
    @Test
    void anAnswerFromTheCacheIsJournaledCountedAndFaultedLikeAnyOther() {
        Api api = server.admin();
        Control control = server.control();
        String path = "/cloud/gateways?format=Entity";
        String answer = api.get(path).body();
        long counted = gatewayListsCounted();
        assertThat(control.delete("/requests").status()).isEqualTo(204);

        assertThat(api.get(path).body()).isEqualTo(answer);
        assertThat(api.get(path).body()).isEqualTo(answer);

        JsonNode journal = Control.json(control.get("/requests")).get("requests");
        assertThat(journal).hasSize(2);
        assertThat(journal.get(1).get("path").asText()).isEqualTo("/api/cloud/gateways");
        assertThat(journal.get(1).get("route").asText()).isEqualTo("/api/cloud/gateways");
        assertThat(journal.get(1).get("status").asInt()).isEqualTo(200);
        assertThat(journal.get(1).get("user").asText()).isEqualTo(Api.ADMIN);
        assertThat(gatewayListsCounted()).isEqualTo(counted + 2);

        String fault = control.fault("{\"path\": \"/api/cloud/gateways\", \"method\": \"GET\", \"status\": 503, \"times\": 1}");
        assertThat(api.get(path).status()).isEqualTo(503);
        assertThat(api.get(path).body()).isEqualTo(answer);
        assertThat(control.delete("/faults/" + fault).status()).isEqualTo(204);
    }

    private static long gatewayListsCounted() {
        String metrics = new Api("http://127.0.0.1:" + server.port()).get("/metrics").body();
        Matcher count = Pattern.compile("cloudgate_http_request_duration_seconds_count\\{method=\"GET\",route=\"/api/cloud/gateways\","
                + "status=\"200\"} (\\d+)").matcher(metrics);
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }
}
