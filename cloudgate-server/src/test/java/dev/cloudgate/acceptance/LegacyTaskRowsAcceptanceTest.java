package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Task rows written before commands were typed still run: {@code legacy-store/cloudgate.mv.db} was
 * made by the build of commit db4f191 (see make-store.sh beside it) and holds one queued task of every
 * gateway and pool operation in that version's payload format (string maps, comma-joined members).
 * Only their schedule is moved to "now"; the payloads are read as stored.
 */
class LegacyTaskRowsAcceptanceTest {
    private static final String GW1 = "ed9f20d3-3715-48bd-89e5-1e99569b232b";
    private static final String GW2 = "63d971f2-b429-4181-970a-bab89c76da81";
    private static final String GW3 = "783327e3-688a-466f-890e-ff6f23080676";
    private static final String P1 = "bd2b84d3-e163-4c04-8cc6-07f089a9b798";
    private static final String P3 = "8721f6d7-278a-4ee9-8a33-59168c46b8c5";

    @Test
    void queuedTasksOfThePreviousVersionRunToTheSameResult() throws Exception {
        Path data = Files.createTempDirectory("cloudgate-legacy");
        try (InputStream store = getClass().getResourceAsStream("/legacy-store/cloudgate.mv.db")) {
            Files.copy(store, data.resolve("cloudgate.mv.db"));
        }
        sql(data, "update task set run_after = 0");
        try (RunningServer server = RunningServer.start(Map.of("data", data.toString()))) {
            Api api = server.api().logon().accept(Api.JSON);
            // The delete of GW3 was queued last, and tasks run one at a time in arrival order.
            awaitGone(api, "/cloud/gateways/" + GW3);

            JsonNode gw3 = gatewayNamed(api, "gw03.tech.local");
            assertThat(gw3.get("NetworkMode").asText()).isEqualTo("NAT");
            assertThat(gw3.get("ExternalIP").asText()).isEqualTo("203.0.113.7");
            assertThat(gw3.get("ExternalPort").asInt()).isEqualTo(6280);
            assertThat(gw3.get("InternalPort").asInt()).isEqualTo(6281);
            assertThat(gw3.get("Description").asText()).isEqualTo("Queued NAT");
            JsonNode byIp = gatewayNamed(api, "172.16.13.119");
            assertThat(byIp.get("NetworkMode").asText()).isEqualTo("Direct");
            assertThat(byIp.get("ExternalIP").asText()).isEqualTo("172.16.13.119");

            JsonNode gw1 = Fixtures.json(api.get("/cloud/gateways/" + GW1 + "?format=Entity"));
            assertThat(gw1.get("Enabled").asBoolean()).isFalse();
            assertThat(gw1.get("NetworkMode").asText()).isEqualTo("NAT");
            assertThat(gw1.get("ExternalIP").asText()).isEqualTo("198.51.100.1");
            assertThat(gw1.get("ExternalPort").asInt()).isEqualTo(7000);
            assertThat(gw1.get("InternalPort").asInt()).isEqualTo(7001);
            assertThat(gw1.get("Description").asText()).isEmpty();

            JsonNode renamed = Fixtures.json(api.get("/cloud/gatewayPools/" + P1 + "?format=Entity"));
            assertThat(renamed.get("Name").asText()).isEqualTo("Renamed Pool");
            assertThat(renamed.get("Description").asText()).isEmpty();
            assertThat(texts(renamed.at("/CloudGateways/CloudGatewayUids"))).containsExactly("urn:veeam:CloudGateway:" + GW1);
            assertThat(renamed.at("/CloudTenants/CloudTenantUids").size()).isZero();

            JsonNode created = poolNamed(api, "New Pool");
            assertThat(created.get("Description").asText()).isEqualTo("Queued pool");
            assertThat(texts(created.at("/CloudGateways/CloudGatewayUids"))).containsExactly("urn:veeam:CloudGateway:" + GW2);
            assertThat(texts(created.at("/CloudTenants/CloudTenantUids"))).containsExactly(
                    "urn:veeam:CloudTenant:5cf540af-512a-5ba8-9f12-77fba51207e0", "urn:veeam:CloudTenant:1b5f2c40-6d9e-4f1c-8a7b-3c4d5e6f7a06");

            assertThat(api.get("/cloud/gatewayPools/" + P3).status()).isEqualTo(404);
        }
        assertThat(sqlRows(data, "select operation || ' ' || state || ' ' || success || ' ' || message from task order by id"))
                .hasSize(12)
                .allSatisfy(row -> assertThat(row).endsWith(" Finished TRUE Ok"));
    }

    private static JsonNode gatewayNamed(Api api, String name) {
        for (JsonNode g : Fixtures.json(api.get("/cloud/gateways?format=Entity")).get("CloudGateways")) {
            if (g.get("Name").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no gateway " + name);
    }

    private static JsonNode poolNamed(Api api, String name) {
        for (JsonNode p : Fixtures.json(api.get("/cloud/gatewayPools?format=Entity")).get("CloudGatewayPools")) {
            if (p.get("Name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no pool " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static void awaitGone(Api api, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (api.get(path).status() != 404) {
            assertThat(System.nanoTime()).as(path + " still there").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void sql(Path data, String update) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("cloudgate"), "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate(update);
        }
    }

    private static List<String> sqlRows(Path data, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("cloudgate"), "sa", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
