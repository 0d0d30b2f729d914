package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Query pages are reused only until the next write: a repeated query always sees every change. */
class QueryCacheAcceptanceTest {
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
        assertThat(server.server().control().reset().status()).isEqualTo(200);
        assertThat(server.admin().get(QUERY).body()).doesNotContain("<Ref ");
    }
}
