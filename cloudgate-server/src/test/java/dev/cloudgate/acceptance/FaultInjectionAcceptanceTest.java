package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Control control;
    Api api;

    @BeforeAll
    static void start() {
        control = server.control();
    }

    @BeforeEach
    void reset() {
        control.reset();
        api = server.api().logon();
    }

    static String create(String host) {
        return "{\"BackupServerUid\":\"urn:veeam:BackupServer:" + Api.BS1 + "\",\"ServerHostName\":\"" + host
                + "\",\"NetworkType\":\"Direct\"}";
    }

    @Test
    void aFailingDeploymentEndsTheTaskFinishedWithTheInjectedMessage() {
        String id = control.fault("{\"host\": \"gw01.tech.local\", \"fail\": \"Failed to install the Cloud Gateway role.\"}");

        Api.Response task = api.awaitTask(api.post("/cloud/gateways", Api.JSON, create("gw01.tech.local")).header("Location"));

        assertThat(task.body()).contains("<State>Finished</State>", "<Result Success=\"false\">",
                "<Message>Failed to install the Cloud Gateway role.</Message>");
        assertThat(api.get("/cloud/gateways").body()).doesNotContain("gw01.tech.local");
        // The fault knows the managed server by its IP address too, and other hosts are unaffected.
        assertThat(api.awaitTask(api.post("/cloud/gateways", Api.JSON, create("172.16.13.101")).header("Location")).body())
                .contains("Success=\"false\"");
        assertThat(api.awaitTask(api.post("/cloud/gateways", Api.JSON, create("gw02.tech.local")).header("Location")).body())
                .contains("Success=\"true\"");
        JsonNode listed = Control.json(control.get("/faults")).get("faults").get(0);
        assertThat(listed.get("id").asText()).isEqualTo(id);
        assertThat(listed.get("hits").asInt()).isEqualTo(2);
        assertThat(listed.has("remaining")).isFalse();
    }

    @Test
    void aDeploymentFaultCanBeLimitedToOneOperationAndToSomeTimes() {
        Api.Response created = api.awaitTask(api.post("/cloud/gateways", Api.JSON, create("gw03.tech.local")).header("Location"));
        String gateway = created.find("/api(/cloud/gateways/[0-9a-f-]{36})");
        control.fault("{\"host\": \"GW03.tech.local\", \"operation\": \"delete\", \"fail\": \"The role is in use.\", \"times\": 1}");

        String edit = "{\"Description\": \"edited\"}";
        assertThat(api.awaitTask(api.put(gateway, Api.JSON, edit).header("Location")).body()).contains("Success=\"true\"");
        assertThat(api.awaitTask(api.delete(gateway).header("Location")).body())
                .contains("Success=\"false\"", "<Message>The role is in use.</Message>");
        assertThat(api.awaitTask(api.delete(gateway).header("Location")).body()).contains("Success=\"true\"");
    }

    @Test
    void aSlowDeploymentKeepsTheTaskRunningForThatTime() throws Exception {
        control.fault("{\"host\": \"gw02.tech.local\", \"delayMs\": 1500}");
        long started = System.nanoTime();
        String task = api.post("/cloud/gateways", Api.JSON, create("gw02.tech.local")).header("Location");

        Thread.sleep(1000);
        assertThat(api.get(task).body()).contains("<State>Running</State>");
        Api.Response finished = api.awaitTask(task);

        assertThat(finished.body()).contains("Success=\"true\"");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1500);
    }

    @Test
    void resetEndsAPendingSlowDeploymentSoTheNextTestIsNotHeldUp() {
        control.fault("{\"host\": \"gw02.tech.local\", \"delayMs\": 60000}");
        api.post("/cloud/gateways", Api.JSON, create("gw02.tech.local"));
        long started = System.nanoTime();

        control.reset();
        Api fresh = server.api().logon();
        Api.Response next = fresh.awaitTask(fresh.post("/cloud/gateways", Api.JSON, create("gw03.tech.local")).header("Location"));

        assertThat(next.body()).contains("Success=\"true\"");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
        assertThat(fresh.get("/cloud/gateways").body()).doesNotContain("gw02.tech.local");
    }

    @Test
    void aPathFaultAnswersItsStatusForTheNextNRequestsThenNormally() {
        String id = control.fault("{\"path\": \"/api/backupServers.*\", \"method\": \"GET\", \"status\": 503, \"times\": 2}");

        Api.Response first = api.get("/backupServers");
        Api.Response second = api.accept(Api.JSON).get("/backupServers");
        Api.Response third = api.accept(null).get("/backupServers");

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.body()).contains("<Error ", "StatusCode=\"503\"");
        assertThat(second.status()).isEqualTo(503);
        assertThat(second.body()).contains("\"StatusCode\":503");
        assertThat(third.status()).isEqualTo(200);
        assertThat(api.post("/backupServers", Api.JSON, "{}").status()).isNotEqualTo(503);
        JsonNode listed = Control.json(control.get("/faults")).get("faults").get(0);
        assertThat(listed.get("remaining").asInt()).isZero();
        assertThat(listed.get("hits").asInt()).isEqualTo(2);
        JsonNode journal = Control.json(control.get("/requests?path=/api/backupServers")).get("requests");
        assertThat(journal.get(0).get("status").asInt()).isEqualTo(503);
        assertThat(journal.get(0).get("fault").asText()).isEqualTo(id + ": status 503");
        assertThat(journal.get(1).get("fault").asText()).isEqualTo(id + ": status 503");
        assertThat(journal.get(2).has("fault")).isFalse();
        // As docs/control-api.md shows the journal: a fault answers before routing, so its entry has no route.
        assertThat(journal.get(0).has("route")).as("route of a fault-answered entry").isFalse();
        assertThat(journal.get(2).get("route").asText()).isEqualTo("/api/backupServers");
    }

    @Test
    void aPathFaultCanCarryItsOwnMessageAndHitEvenUnauthenticatedRequests() {
        control.fault("{\"path\": \"/api/sessionMngr/.*\", \"status\": 500, \"message\": \"Database is down.\", \"times\": 1}");

        Api.Response r = server.api().send("POST", "/sessionMngr/?v=latest", null, null, java.util.Map.of());

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).contains("Message=\"Database is down.\"");
        assertThat(server.api().logon().token()).isNotBlank();
    }

    @Test
    void latencyAddsTimeToMatchingRequestsOnly() {
        control.fault("{\"path\": \"/api/cloud/gateways\", \"delayMs\": 400}");

        long started = System.nanoTime();
        Api.Response slow = api.get("/cloud/gateways");
        long slowMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        api.get("/backupServers");
        long fastMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(slow.status()).isEqualTo(200);
        assertThat(slowMillis).isGreaterThanOrEqualTo(400);
        assertThat(fastMillis).isLessThan(400);
        JsonNode entry = Control.json(control.get("/requests?path=/api/cloud/gateways")).get("requests").get(0);
        assertThat(entry.get("durationMs").asLong()).isGreaterThanOrEqualTo(400);
        assertThat(entry.get("fault").asText()).endsWith(": delay 400 ms");
    }

    @Test
    void faultsCanBeRemovedOneByOneOrAllAndResetClearsThem() {
        String first = control.fault("{\"path\": \"/api/\", \"status\": 503}");
        control.fault("{\"host\": \"gw01.tech.local\", \"fail\": \"no\"}");
        assertThat(api.get("/").status()).isEqualTo(503);

        assertThat(control.delete("/faults/" + first).status()).isEqualTo(204);
        assertThat(api.get("/").status()).isEqualTo(200);
        assertThat(control.delete("/faults/" + first).status()).isEqualTo(404);
        assertThat(Control.json(control.get("/faults")).get("faults")).hasSize(1);
        assertThat(control.delete("/faults").status()).isEqualTo(204);
        assertThat(Control.json(control.get("/faults")).get("faults")).isEmpty();

        control.fault("{\"path\": \"/api/\", \"status\": 503}");
        control.reset();
        assertThat(Control.json(control.get("/faults")).get("faults")).isEmpty();
        assertThat(api.get("/").status()).isEqualTo(200);
    }

    @Test
    void faultsThatMakeNoSenseAreRefusedWith400() {
        String[] bad = {
            "{}",
            "{\"host\": \"gw01.tech.local\", \"path\": \"/api/\", \"status\": 503}",
            "{\"host\": \"gw01.tech.local\"}",
            "{\"host\": \"gw01.tech.local\", \"fail\": \"x\", \"status\": 503}",
            "{\"host\": \"gw01.tech.local\", \"fail\": \"x\", \"operation\": \"explode\"}",
            "{\"path\": \"/api/\"}",
            "{\"path\": \"/api/\", \"status\": 200}",
            "{\"path\": \"/api/(\", \"status\": 503}",
            "{\"path\": \"/api/\", \"status\": 503, \"times\": 0}",
            "{\"path\": \"/api/\", \"delayMs\": -1}",
            "{\"path\": \"/api/\", \"status\": 503, \"colour\": \"red\"}",
            "{\"path\": \"/api/\", \"status\": \"soon\"}",
            "[]",
        };
        for (String body : bad) {
            Api.Response r = control.postJson("/faults", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Control.json(r).get("message").asText()).as(body).isNotBlank();
        }
        assertThat(Control.json(control.get("/faults")).get("faults")).isEmpty();
    }
}
