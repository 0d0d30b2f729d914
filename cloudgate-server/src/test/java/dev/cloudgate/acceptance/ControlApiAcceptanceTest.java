package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ControlApiAcceptanceTest {
    static final String CREATE_ON_GW01 = "{\"BackupServerUid\":\"urn:veeam:BackupServer:" + Api.BS1
            + "\",\"ServerHostName\":\"gw01.tech.local\",\"NetworkType\":\"Direct\"}";
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("journal-size", "20"));
    static Control control;
    static String demoState;

    @BeforeAll
    static void start() {
        control = server.control();
        demoState = control.get("/state").body();
    }

    @BeforeEach
    void backToTheDemoSeed() {
        assertThat(control.put("/state", "application/yaml", demoState).status()).isEqualTo(200);
    }

    @Test
    void withoutTheAdminTokenTheControlApiAnswers401AndWithAWrongOne403() {
        Api.Response none = control.withToken(null).get("/faults");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(Control.json(none).get("status").asInt()).isEqualTo(401);
        Api.Response basic = control.withToken(null).send("POST", "/reset", null, null);
        assertThat(basic.status()).isEqualTo(401);
        assertThat(control.withToken("not-the-token").send("POST", "/reset", null, null).status()).isEqualTo(403);
        assertThat(control.withToken(server.adminToken() + "x").get("/state").status()).isEqualTo(403);
        assertThat(server.adminToken()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void unknownControlPathsAre404AndWrongMethods405WithAllow() {
        assertThat(control.get("/nothing-here").status()).isEqualTo(404);
        Api.Response wrong = control.get("/reset");
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.header("Allow")).isEqualTo("POST");
    }

    @Test
    void resetPutsTheSeedBackAndDropsSessionsTasksAndGateways() {
        Api api = server.api().logon();
        Api.Response created = api.post("/cloud/gateways", Api.JSON, CREATE_ON_GW01);
        assertThat(api.awaitTask(created.header("Location")).body()).contains("Success=\"true\"");
        assertThat(control.postJson("/backup-servers", "{\"name\":\"extra.tech.local\"}").status()).isEqualTo(201);

        Api.Response reset = control.reset();

        assertThat(Control.json(reset).get("tookMs").asDouble()).isPositive();
        assertThat(api.get("/cloud/gateways").status()).isEqualTo(401);
        assertThat(api.get(created.header("Location")).status()).isEqualTo(401);
        Api fresh = server.api().logon();
        assertThat(fresh.get("/cloud/gateways").body()).doesNotContain("gw01.tech.local");
        assertThat(fresh.get("/backupServers").body()).contains("vbr01.tech.local").doesNotContain("extra.tech.local");
        assertThat(control.get("/state").body()).isEqualTo(demoState);
    }

    @Test
    void resetToTheDemoSeedTakesWellUnder100Milliseconds() {
        for (int i = 0; i < 5; i++) {
            control.reset();
        }
        List<Double> server = new ArrayList<>();
        List<Double> roundTrip = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            Api.Response r = control.reset();
            roundTrip.add((System.nanoTime() - started) / 1e6);
            server.add(Control.json(r).get("tookMs").asDouble());
        }
        Collections.sort(server);
        Collections.sort(roundTrip);
        System.out.printf("reset (demo seed): server median %.2f ms, max %.2f ms; HTTP round trip median %.2f ms, max %.2f ms%n",
                server.get(10), server.get(19), roundTrip.get(10), roundTrip.get(19));
        assertThat(roundTrip.get(10)).isLessThan(100.0);
        assertThat(roundTrip.get(19)).isLessThan(1000.0);
    }

    @Test
    void aLogonAfterResetIsNotSlowedByPasswordHashing() {
        server.api().logon();
        control.reset();
        long checks = passwordChecks();
        server.api().logon();
        // Counted, not timed: a PBKDF2 run (210,000 rounds) is what would slow it, and /metrics counts each one.
        assertThat(passwordChecks() - checks).as("PBKDF2 checks for a logon right after reset").isZero();
    }

    private static long passwordChecks() {
        String metrics = new Api("http://127.0.0.1:" + server.port()).get("/metrics").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^cloudgate_password_checks_total (\\S+)$").matcher(metrics);
        assertThat(m.find()).as(metrics).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }

    @Test
    void exportedStateLoadsBackToTheSameState() {
        Api api = server.api().logon();
        Api.Response created = api.post("/cloud/gateways", Api.JSON, CREATE_ON_GW01);
        String gatewayHref = api.awaitTask(created.header("Location")).find("/api(/cloud/gateways/[0-9a-f-]{36})");
        Api.Response exported = control.get("/state");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Type")).isEqualTo("application/yaml; charset=utf-8");
        assertThat(exported.body()).contains("gateways:", "host: gw01.tech.local", "passwordHash:").doesNotContain("password: ");

        control.reset();
        assertThat(control.put("/state", "application/yaml", demoState).status()).isEqualTo(200);
        assertThat(server.api().logon().get(gatewayHref).status()).isEqualTo(404);
        Api.Response loaded = control.put("/state", "application/yaml", exported.body());

        assertThat(loaded.status()).isEqualTo(200);
        assertThat(control.get("/state").body()).isEqualTo(exported.body());
        assertThat(server.api().logon().get(gatewayHref).body()).contains("Name=\"gw01.tech.local\"");
    }

    @Test
    void stateIsAlsoExportedAsJsonOnRequest() {
        Api.Response r = control.send("GET", "/state", null, null);
        JsonNode json = Control.json(new Api(control.base()).send("GET", "/state", null, null,
                Map.of("Authorization", "Bearer " + server.adminToken(), "Accept", "application/json")));
        assertThat(r.body()).startsWith("backupServers:");
        assertThat(json.get("backupServers").get(0).get("name").asText()).isEqualTo("vbr01.tech.local");
        assertThat(json.get("users")).hasSize(3);
    }

    @Test
    void aLoadedSeedReplacesTheStateAndBecomesWhatResetReturnsTo() {
        String seed = """
                backupServers:
                  - id: 11111111-2222-4333-8444-555555555555
                    name: lab-vbr
                    managedServers:
                      - { name: lab-gw, type: Windows, ip: 10.0.0.5 }
                users:
                  - { name: 'LAB\\tester', password: secret, role: Portal Administrator }
                gateways:
                  - { backupServer: lab-vbr, host: lab-gw }
                """;
        assertThat(control.put("/state", "application/yaml", seed).status()).isEqualTo(200);
        control.reset();

        Api lab = server.api().logon("LAB\\tester", "secret");
        assertThat(lab.get("/backupServers").body()).contains("Name=\"lab-vbr\"").doesNotContain("vbr01.tech.local");
        assertThat(lab.get("/cloud/gateways?format=Entity").body()).contains("<ExternalIP>10.0.0.5</ExternalIP>");
        assertThat(control.get("/state").body()).doesNotContain("secret").contains("passwordHash: pbkdf2-sha256$");
    }

    @Test
    void aSeedMayHoldPoolsWhichTheApiShowsAndTheExportKeeps() {
        String seed = """
                backupServers:
                  - name: lab-vbr
                    managedServers:
                      - { name: lab-gw1, type: Windows }
                      - { name: lab-gw2, type: Windows }
                    tenants:
                      - { id: 5cf540af-512a-5ba8-9f12-77fba51207e0, name: Lab Tenant }
                users:
                  - { name: 'LAB\\tester', password: secret, role: Portal Administrator }
                gateways:
                  - { backupServer: lab-vbr, host: lab-gw1 }
                  - { backupServer: lab-vbr, host: lab-gw2 }
                pools:
                  - { id: 64bf55fb-b53f-4214-950a-fcc3a241622b, backupServer: lab-vbr, name: Lab Pool, description: seeded,
                      gateways: [ lab-gw1, LAB-GW2 ], tenants: [ Lab Tenant ] }
                """;
        assertThat(control.put("/state", "application/yaml", seed).status()).isEqualTo(200);
        Api lab = server.api().logon("LAB\\tester", "secret");
        String pool = lab.get("/cloud/gatewayPools/64bf55fb-b53f-4214-950a-fcc3a241622b?format=Entity").body();
        assertThat(pool).contains("Name=\"Lab Pool\"", "<Description>seeded</Description>",
                "<CloudTenantUid>urn:veeam:CloudTenant:5cf540af-512a-5ba8-9f12-77fba51207e0</CloudTenantUid>");
        assertThat(pool.split("<CloudGatewayUid>").length - 1).isEqualTo(2);
        String exported = control.get("/state").body();
        assertThat(exported).contains("pools:", "name: Lab Pool");
        control.put("/state", "application/yaml", demoState);
        assertThat(control.put("/state", "application/yaml", exported).status()).isEqualTo(200);
        assertThat(control.get("/state").body()).isEqualTo(exported);
        control.put("/state", "application/yaml", demoState);
    }

    @Test
    void aSeedThatCannotBeLoadedIsRefusedWith400AndChangesNothing() {
        server.api().logon();
        for (String bad : List.of("backupServers: [", "backupServers:\n  - { name: a }\npools:\n  - { backupServer: a, name: p, gateways: [] }\n",
                "backupServers:\n  - { name: a, managedServers: [ { name: m } ] }\ngateways:\n  - { backupServer: a, host: m }\n"
                        + "pools:\n  - { backupServer: a, name: p, gateways: [ m ], tenants: [ nobody ] }\n", "nonsense: 1\n",
                "backupServers:\n  - { name: a, managedServers: [ { name: m, type: Toaster } ] }\n",
                "backupServers:\n  - { name: a }\ngateways:\n  - { backupServer: a, host: nowhere }\n",
                "users:\n  - { name: x, password: y, role: Janitor }\n",
                "backupServers:\n  - { name: a }\n  - { name: A }\n",
                "backupServers:\n  - { name: a, managedServers: [ { name: m }, { name: M } ] }\n")) {
            Api.Response r = control.put("/state", "application/yaml", bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(Control.json(r).get("message").asText()).as(bad).isNotBlank();
        }
        assertThat(control.get("/state").body()).isEqualTo(demoState);
        assertThat(server.api().logon().get("/backupServers").status()).isEqualTo(200);
    }

    @Test
    void backupServersAndManagedServersCanBeAddedAndRemoved() {
        Api.Response added = control.postJson("/backup-servers", """
                {"id": "0a0b0c0d-0000-4000-8000-000000000001", "name": "vbr09.tech.local", "description": "Added by a test",
                 "managedServers": [{"name": "gw09.tech.local", "type": "Windows", "ip": "172.16.19.1"}],
                 "tenants": [{"name": "Tenant Nine"}]}
                """);
        assertThat(added.status()).isEqualTo(201);
        assertThat(Control.json(added).get("managedServers").get(0).get("name").asText()).isEqualTo("gw09.tech.local");
        Api api = server.api().logon();
        assertThat(api.get("/backupServers/0a0b0c0d-0000-4000-8000-000000000001").body()).contains("Name=\"vbr09.tech.local\"");
        assertThat(control.postJson("/backup-servers", "{\"name\": \"VBR09.tech.local\"}").status()).isEqualTo(409);

        Api.Response managed = control.postJson("/backup-servers/vbr09.tech.local/managed-servers",
                "{\"name\": \"gw10.tech.local\", \"type\": \"Windows\", \"ip\": \"172.16.19.2\"}");
        assertThat(managed.status()).isEqualTo(201);
        assertThat(Control.json(managed).get("id").asText()).hasSize(36);
        Api.Response task = api.post("/cloud/gateways", Api.JSON,
                "{\"BackupServerIdOrName\":\"vbr09.tech.local\",\"ServerHostName\":\"gw10.tech.local\",\"NetworkType\":\"Direct\"}");
        assertThat(api.awaitTask(task.header("Location")).body()).contains("Success=\"true\"");

        assertThat(control.delete("/backup-servers/vbr09.tech.local/managed-servers/gw10.tech.local").status()).isEqualTo(204);
        assertThat(api.get("/cloud/gateways").body()).doesNotContain("gw10.tech.local");
        assertThat(control.delete("/backup-servers/vbr09.tech.local/managed-servers/gw10.tech.local").status()).isEqualTo(404);
        assertThat(control.delete("/backup-servers/0a0b0c0d-0000-4000-8000-000000000001").status()).isEqualTo(204);
        assertThat(api.get("/backupServers/0a0b0c0d-0000-4000-8000-000000000001").status()).isEqualTo(404);
        assertThat(control.delete("/backup-servers/vbr09.tech.local").status()).isEqualTo(404);
    }

    @Test
    void removingABackupServerTakesItsGatewaysWithIt() {
        Api api = server.api().logon();
        Api.Response created = api.post("/cloud/gateways", Api.JSON, CREATE_ON_GW01);
        assertThat(api.awaitTask(created.header("Location")).body()).contains("Success=\"true\"");

        assertThat(control.delete("/backup-servers/" + Api.BS1).status()).isEqualTo(204);

        assertThat(api.get("/cloud/gateways").body()).doesNotContain("gw01.tech.local");
        assertThat(Control.json(control.get("/backup-servers")).get("backupServers")).hasSize(1);
    }

    @Test
    void badInventoryRequestsAre400() {
        assertThat(control.postJson("/backup-servers", "{\"description\": \"no name\"}").status()).isEqualTo(400);
        assertThat(control.postJson("/backup-servers", "{\"name\": \"x\", \"colour\": \"red\"}").status()).isEqualTo(400);
        assertThat(control.postJson("/backup-servers", "not json").status()).isEqualTo(400);
        assertThat(control.postJson("/backup-servers", "").status()).isEqualTo(400);
        assertThat(control.postJson("/backup-servers/vbr01.tech.local/managed-servers", "{\"name\": \"m\", \"type\": \"Toaster\"}")
                .status()).isEqualTo(400);
        assertThat(control.postJson("/backup-servers", "{\"name\": \"b\", \"managedServers\": [{\"name\": \"m\"}, {\"name\": \"m\"}]}")
                .status()).isEqualTo(400);
        assertThat(control.postJson("/backup-servers", "{\"name\": \"b\", \"id\": \"" + Api.BS2 + "\"}").status()).isEqualTo(409);
        assertThat(control.postJson("/backup-servers/nowhere/managed-servers", "{\"name\": \"m\"}").status()).isEqualTo(404);
        assertThat(control.postJson("/backup-servers/vbr01.tech.local/managed-servers", "{\"name\": \"GW01.tech.local\"}").status())
                .isEqualTo(409);
        assertThat(Control.json(control.get("/backup-servers")).get("backupServers")).hasSize(2);
    }

    @Test
    void theJournalKeepsTheLastRequestsWithStatusDurationAndUser() {
        assertThat(control.delete("/requests").status()).isEqualTo(204);
        Api api = server.api().logon();
        api.get("/backupServers");
        api.get("/cloud/gateways/" + Api.BS1);

        JsonNode journal = Control.json(control.get("/requests"));
        assertThat(journal.get("capacity").asInt()).isEqualTo(20);
        JsonNode requests = journal.get("requests");
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).get("method").asText()).isEqualTo("POST");
        assertThat(requests.get(0).get("path").asText()).isEqualTo("/api/sessionMngr/");
        assertThat(requests.get(0).get("status").asInt()).isEqualTo(201);
        JsonNode list = requests.get(1);
        assertThat(list.get("path").asText()).isEqualTo("/api/backupServers");
        assertThat(list.get("route").asText()).isEqualTo("/api/backupServers");
        assertThat(list.get("status").asInt()).isEqualTo(200);
        assertThat(list.get("user").asText()).isEqualTo(Api.ADMIN);
        assertThat(list.get("durationMs").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(list.get("time").asText()).endsWith("Z");
        assertThat(list.has("fault")).isFalse();
        assertThat(requests.get(2).get("status").asInt()).isEqualTo(404);
        assertThat(requests.get(2).get("route").asText()).isEqualTo("/api/cloud/gateways/{id}");

        assertThat(Control.json(control.get("/requests?method=get&path=/api/backup.*")).get("requests")).hasSize(1);
        assertThat(control.get("/requests?path=(").status()).isEqualTo(400);
        assertThat(control.delete("/requests").status()).isEqualTo(204);
        assertThat(Control.json(control.get("/requests")).get("requests")).isEmpty();
    }

    @Test
    void theJournalKeepsOnlyAsManyRequestsAsConfigured() {
        Api api = server.api();
        for (int i = 0; i < 25; i++) {
            api.get("/journal-" + i);
        }
        // No waiting: a request is journaled before its answer is sent, so the last one's entry is there.
        JsonNode requests = Control.json(control.get("/requests")).get("requests");
        // Each request has a path of its own, so only the last 20, oldest first, match.
        List<String> paths = new ArrayList<>();
        requests.forEach(r -> paths.add(r.get("path").asText()));
        assertThat(paths).containsExactlyElementsOf(java.util.stream.IntStream.range(5, 25).mapToObj(i -> "/api/journal-" + i).toList());
    }

    @Test
    void resetClearsTheJournal() {
        server.api().get("/");
        control.reset();
        assertThat(Control.json(control.get("/requests")).get("requests")).isEmpty();
    }
}
