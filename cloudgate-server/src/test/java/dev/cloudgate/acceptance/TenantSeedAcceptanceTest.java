package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tenant slice's seed and state (SPEC-tenants §3): the demo seed holds the inventory of §3.6,
 * export and load round-trip it with passwords as hashes only, bad seeds change nothing, and the
 * control API adds and removes repositories and WAN accelerators.
 */
class TenantSeedAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Control control;
    static String demoState;

    @BeforeAll
    static void readTheDemoState() {
        control = server.control();
        demoState = control.get("/state").body();
    }

    @BeforeEach
    void backToTheDemoSeed() {
        assertThat(control.put("/state", "application/yaml", demoState).status()).isEqualTo(200);
    }

    @Test
    void theDemoSeedHoldsTheWholeCloudConnectInventory() {
        assertThat(demoState).contains("name: Cloud Repository 01", "kind: Cloud", "name: wan01.tech.local", "name: esx01.tech.local",
                "platform: HyperV", "name: VMware Silver", "name: Hyper-V Silver", "switchName: vSwitch0", "198.51.100.10",
                "name: TechCompanyOrg", "netbiosName: TECH", "name: ABC Company", "quotaMb: 307200", "name: ABC Company User 01",
                "name: XYZ Corporation", "name: Site B Repository", "name: Second Site Tenant");
        assertThat(demoState).doesNotContain("password:").contains("passwordHash: pbkdf2-sha256$");
    }

    @Test
    void exportAndLoadRoundTripEveryTenantSliceRecord() {
        assertThat(control.put("/state", "application/yaml", demoState).status()).isEqualTo(200);
        assertThat(control.get("/state").body()).isEqualTo(demoState);
        control.reset();
        assertThat(control.get("/state").body()).isEqualTo(demoState);
    }

    @Test
    void tenantAndSubtenantPasswordsAreStoredAndExportedAsHashesOnly() {
        String seed = LAB + """
                    tenants:
                      - name: Lab Tenant
                        password: Tenant-Secret-1
                        backupResources: [ { repository: Lab Repo, quotaMb: 2048 } ]
                        subtenants: [ { name: Lab User, password: Subtenant-Secret-2, backupResource: Lab Repo, quotaMb: 1024 } ]
                """;
        assertThat(control.put("/state", "application/yaml", seed).status()).isEqualTo(200);
        String exported = control.get("/state").body();

        assertThat(exported).doesNotContain("Tenant-Secret-1", "Subtenant-Secret-2", "password:");
        assertThat(exported.split("passwordHash: pbkdf2-sha256\\$", -1)).hasSize(3);
        assertThat(control.put("/state", "application/yaml", exported).status()).isEqualTo(200);
        assertThat(control.get("/state").body()).isEqualTo(exported);
    }

    @Test
    void aSeedThatBreaksATenantRuleIsRefusedAndChangesNothing() {
        for (String tenant : List.of(
                "      - { name: T, backupResources: [ { repository: Lab Repo, quotaMb: 1023 } ] }\n",
                "      - { name: T, backupResources: [ { repository: Other Repo, quotaMb: 2048 } ] }\n",
                "      - { name: T, backupResources: [ { repository: Lab Cloud, quotaMb: 2048 } ] }\n",
                "      - { name: T, backupResources: [ { repository: Lab Repo, quotaMb: 2048 }, { repository: lab repo, quotaMb: 4096 } ] }\n",
                "      - { name: T }\n      - { name: ' t ' }\n",
                "      - { name: T, leaseExpiration: next tuesday }\n",
                "      - { name: T, type: vCD, organization: 'urn:vCloud:Organization:none' }\n",
                "      - { name: 'LAB\\\\nobody', type: ActiveDirectory, domain: lab.local }\n",
                "      - { name: T, throttling: { unit: mbps } }\n",
                "      - { name: T, publicIpCount: 3 }\n",
                "      - { name: T, maxConcurrentTasks: 0 }\n")) {
            String seed = LAB + "    tenants:\n" + tenant + """
                  - name: other-vbr
                    repositories: [ { name: Other Repo, capacity: 100, freeSpace: 10 } ]
                """;
            assertThat(control.put("/state", "application/yaml", seed).status()).as(tenant).isEqualTo(400);
        }
        assertThat(control.get("/state").body()).isEqualTo(demoState);
    }

    @Test
    void theControlApiAddsAndRemovesRepositoriesAndWanAccelerators() {
        Api.Response added = control.postJson("/backup-servers/vbr01.tech.local/repositories",
                "{\"name\":\"Cloud Repository 03\",\"kind\":\"LinuxLocal\",\"capacity\":2000,\"freeSpace\":1000}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(Control.json(added).get("id").asText()).hasSize(36);
        assertThat(control.postJson("/backup-servers/vbr01.tech.local/repositories",
                "{\"name\":\"cloud repository 03\",\"capacity\":2000,\"freeSpace\":1000}").status()).isEqualTo(409);
        assertThat(control.postJson("/backup-servers/vbr01.tech.local/repositories",
                "{\"name\":\"Too Full\",\"capacity\":10,\"freeSpace\":11}").status()).isEqualTo(400);
        assertThat(control.postJson("/backup-servers/vbr01.tech.local/wan-accelerators", "{\"name\":\"wan02.tech.local\"}").status())
                .isEqualTo(201);
        assertThat(control.get("/state").body()).contains("name: Cloud Repository 03", "name: wan02.tech.local");

        assertThat(control.delete("/backup-servers/vbr01.tech.local/repositories/Cloud%20Repository%2003").status()).isEqualTo(204);
        assertThat(control.delete("/backup-servers/vbr01.tech.local/wan-accelerators/wan02.tech.local").status()).isEqualTo(204);
        assertThat(control.delete("/backup-servers/vbr01.tech.local/repositories/nothing").status()).isEqualTo(404);
        assertThat(control.get("/state").body()).isEqualTo(demoState);
    }

    @Test
    void inventoryThatATenantUsesCannotBeRemoved() {
        Api.Response repository = control.delete("/backup-servers/vbr01.tech.local/repositories/" + DemoSeed.REPO_01);
        assertThat(repository.status()).isEqualTo(409);
        assertThat(Control.json(repository).get("message").asText()).contains("Cloud Repository 01");
        assertThat(control.delete("/backup-servers/vbr01.tech.local/wan-accelerators/wan01.tech.local").status()).isEqualTo(409);
        assertThat(control.get("/state").body()).isEqualTo(demoState);
    }

    static final String LAB = """
            backupServers:
              - name: lab-vbr
                repositories:
                  - { name: Lab Repo, capacity: 1000000, freeSpace: 1000 }
                  - { name: Lab Cloud, kind: cloud, capacity: 1000000, freeSpace: 1000 }
                domains: [ { name: lab.local, netbiosName: LAB, accounts: [ 'LAB\\\\someone' ] } ]
                publicIps: [ 203.0.113.1 ]
            """;
}
