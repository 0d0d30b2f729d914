package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_SECOND_SITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /cloud/tenants}: reference forms (SPEC §5.9); entities and writes are covered by TenantWritesAcceptanceTest. */
class TenantAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;
    static String pool;

    @BeforeAll
    static void start() {
        api = server.api().logon();
        pool = Fixtures.gatewayPool1(api);
    }

    @Test
    void listsTenantsOfAllBackupServersAsReferences() {
        String b = server.base();
        Api.Response xml = api.accept(Api.XML).get("/cloud/tenants");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.body()).contains("""
                  <Ref Type="CloudTenantReference" Href="%1$s/cloud/tenants/%2$s" Name="ABC Company" UID="urn:veeam:CloudTenant:%2$s">
                    <Links>
                      <Link Rel="Up" Type="BackupServerReference" Href="%1$s/backupServers/%3$s" Name="vbr01.tech.local" />
                      <Link Rel="Alternate" Type="CloudTenant" Href="%1$s/cloud/tenants/%2$s?format=Entity" Name="ABC Company" />
                    </Links>
                  </Ref>""".formatted(b, TENANT_ABC, Api.BS1).replace("\n", "\n  "))
                .contains("Name=\"XYZ Corporation\"").contains("Name=\"Second Site Tenant\"");
        Api.Response json = api.accept(Api.JSON).get("/cloud/tenants");
        assertThat(Fixtures.json(json).get("Refs").get(0)).isEqualTo(Fixtures.json("""
                {"Links": [
                   {"Rel": "Up", "Href": "%1$s/backupServers/%3$s", "Name": "vbr01.tech.local", "Type": "BackupServerReference"},
                   {"Rel": "Alternate", "Href": "%1$s/cloud/tenants/%2$s?format=Entity", "Name": "ABC Company", "Type": "CloudTenant"}],
                 "UID": "urn:veeam:CloudTenant:%2$s", "Name": "ABC Company", "Href": "%1$s/cloud/tenants/%2$s", "Type": "CloudTenantReference"}"""
                .formatted(b, TENANT_ABC, Api.BS1)));
        assertThat(Fixtures.json(json).get("Refs").size()).isEqualTo(3);
    }

    @Test
    void servesOneTenantAndThePoolsAssignedToIt() {
        Api.Response single = api.accept(Api.XML).get("/cloud/tenants/urn:veeam:CloudTenant:" + TENANT_ABC.toUpperCase());
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.body()).contains("<EntityRef xmlns=\"http://www.veeam.com/ent/v1.0\"").contains("Name=\"ABC Company\"");
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_ABC)).get("Type").asText())
                .isEqualTo("CloudTenantReference");

        Api.Response pools = api.accept(Api.XML).get("/cloud/tenants/" + TENANT_ABC + "/gatewayPools");
        assertThat(pools.body()).contains("<Ref Type=\"CloudGatewayPoolReference\" Href=\"" + server.base() + "/cloud/gatewayPools/" + pool + "\"");
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_ABC + "/gatewayPools").body()).startsWith("{\"Refs\":[{");
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_SECOND_SITE + "/gatewayPools").body()).isEqualTo("{\"Refs\":[]}");
    }

    @Test
    void entityFormsAnswerSinceTheTenantSliceAndAMalformedFormatIs400() {
        Api xml = api.accept(Api.XML);
        for (String path : List.of("/cloud/tenants?format=Entity", "/cloud/tenants/" + TENANT_ABC + "?format=entity",
                "/cloud/tenants/" + TENANT_ABC + "/gatewayPools?format=Entity")) {
            assertThat(xml.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(xml.get("/cloud/tenants?format=Bogus").status()).isEqualTo(400);
    }

    @Test
    void unknownTenantsAre404AndRestoreOperatorsAre403() {
        Api xml = api.accept(Api.XML);
        assertThat(xml.get("/cloud/tenants/0b0b0b0b-0000-4000-8000-000000000009").status()).isEqualTo(404);
        assertThat(xml.get("/cloud/tenants/0b0b0b0b-0000-4000-8000-000000000009/gatewayPools").status()).isEqualTo(404);
        assertThat(xml.get("/cloud/tenants/urn:veeam:CloudGateway:" + TENANT_ABC).status()).isEqualTo(404);
        Api restore = server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD).accept(Api.XML);
        for (String[] call : new String[][] {{"GET", "/cloud/tenants"}, {"GET", "/cloud/tenants/" + TENANT_ABC},
                {"GET", "/cloud/tenants/" + TENANT_ABC + "/gatewayPools"}, {"POST", "/cloud/tenants"}, {"DELETE", "/cloud/tenants/x"}}) {
            assertThat(restore.send(call[0], call[1], null, null, Map.of()).status()).as(String.join(" ", call)).isEqualTo(403);
        }
        Api portal = server.api().logon(Api.PORTAL_USER, Api.PASSWORD).accept(Api.XML);
        assertThat(portal.get("/cloud/tenants").status()).isEqualTo(200);
    }
}
