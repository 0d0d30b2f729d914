package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/seed.md, "Rules": a seed that breaks one is refused whole, with a message that names the record and the
 * field (never a database error with its SQL), at start-up and through the control API alike.
 */
class SeedRulesAcceptanceTest {
    static final String BS = "8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
    static final String HEAD = """
            backupServers:
              - id: %s
                name: vbr01.rules.local
                managedServers:
                  - { id: 0b0b0b0b-0000-4000-8000-000000000001, name: gw01.rules.local }
                  - { id: 0b0b0b0b-0000-4000-8000-000000000002, name: gw02.rules.local }
                tenants:
                  - { id: 5cf540af-512a-5ba8-9f12-77fba51207e0, name: ABC }
            users:
              - { name: 'LAB\\admin', role: Portal Administrator, passwordHash: 'pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' }
            """.formatted(BS);
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Control control;
    static String before;

    @BeforeAll
    static void start() {
        control = server.control();
        before = control.get("/state").body();
    }

    @Test
    void anIdUsedByTwoRecordsOfDifferentKindsIsRefused() {
        String seed = HEAD.replace("0b0b0b0b-0000-4000-8000-000000000002", BS);
        refused(seed, "backupServers[0] (vbr01.rules.local).managedServers[1] (gw02.rules.local), id: " + BS
                + " is already the id of backupServers[0] (vbr01.rules.local)");
    }

    @Test
    void anIdUsedTwiceInOneKindIsRefused() {
        refused(HEAD + """
                gateways:
                  - { id: 11111111-1111-4111-8111-111111111111, backupServer: vbr01.rules.local, host: gw01.rules.local }
                  - { id: 11111111-1111-4111-8111-111111111111, backupServer: vbr01.rules.local, host: gw02.rules.local }
                """, "gateways[1] (gw02.rules.local), id: 11111111-1111-4111-8111-111111111111 is already the id of gateways[0]");
    }

    @Test
    void twoGatewaysOnOneHostAreRefused() {
        refused(HEAD + """
                gateways:
                  - { backupServer: vbr01.rules.local, host: gw01.rules.local }
                  - { backupServer: %s, host: GW01.rules.local }
                """.formatted(BS), "gateways[1] (GW01.rules.local), host: 'GW01.rules.local' already has a gateway, gateways[0]");
    }

    @Test
    void aGatewayInTwoPoolsAndTwoPoolsOfOneNameAreRefused() {
        String gateways = """
                gateways:
                  - { backupServer: vbr01.rules.local, host: gw01.rules.local }
                  - { backupServer: vbr01.rules.local, host: gw02.rules.local }
                """;
        refused(HEAD + gateways + """
                pools:
                  - { backupServer: vbr01.rules.local, name: One, gateways: [ gw01.rules.local ] }
                  - { backupServer: vbr01.rules.local, name: Two, gateways: [ gw02.rules.local, gw01.rules.local ] }
                """, "pools[1] (Two), gateways: 'gw01.rules.local' (gateways[0] (gw01.rules.local)) is already a member of pools[0] (One)");
        refused(HEAD + gateways + """
                pools:
                  - { backupServer: vbr01.rules.local, name: One, gateways: [ gw01.rules.local ] }
                  - { backupServer: vbr01.rules.local, name: one, gateways: [ gw02.rules.local ] }
                """, "pools[1] (one), name: 'one' is the name of another pool of vbr01.rules.local");
    }

    @Test
    void twoSpellingsOfOneUserNameAreRefused() {
        refused(HEAD + "  - { name: 'lab\\ADMIN', role: Portal User, password: x }\n",
                "users[1] (lab\\ADMIN), name: 'lab\\ADMIN' is the name of another user");
    }

    @Test
    void aSeedThatBreaksARuleStopsTheStartNamingTheRecord(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, HEAD.replace("0b0b0b0b-0000-4000-8000-000000000002", BS));
        assertThatThrownBy(() -> RunningServer.start(Map.of("seed", seed.toString())).close())
                .rootCause().hasMessageContaining("managedServers[1] (gw02.rules.local), id: " + BS)
                .hasMessageNotContaining("SQL");
    }

    @Test
    void aSeedThatKeepsTheRulesLoads() {
        Api.Response loaded = control.put("/state", "application/yaml", HEAD + """
                gateways:
                  - { backupServer: vbr01.rules.local, host: gw01.rules.local }
                pools:
                  - { backupServer: vbr01.rules.local, name: One, gateways: [ gw01.rules.local ], tenants: [ ABC ] }
                """);
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        assertThat(control.put("/state", "application/yaml", before).status()).isEqualTo(200);
    }

    private static void refused(String seed, String message) {
        Api.Response r = control.put("/state", "application/yaml", seed);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(Control.json(r).get("message").asText()).contains(message).doesNotContainIgnoringCase("sql").doesNotContain("CONSTRAINT");
        assertThat(control.get("/state").body()).as("nothing of a refused seed is kept").isEqualTo(before);
    }
}
