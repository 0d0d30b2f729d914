package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_SECOND_SITE;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_XYZ;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gateway pools over HTTP (SPEC §3.7, §5.8, §8 B7–B9, B12, B16). One server; each test makes and
 * removes its own pools, so the gateways made once here are free again for the next test.
 */
class PoolAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;
    static String gw01;
    static String gw02;
    static String gw03;
    static String srv01;

    @BeforeAll
    static void start() {
        api = server.api().logon();
        Fixtures.dropSeededPool(api);
        gw01 = Fixtures.gateway(api, "gw01.tech.local", Api.BS1);
        gw02 = Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
        gw03 = Fixtures.gateway(api, "gw03.tech.local", Api.BS1, "<ExternalIp>203.0.113.10</ExternalIp><NetworkType>NAT</NetworkType>");
        srv01 = Fixtures.gateway(api, "srv01.tech.local", Api.BS2);
    }

    @Test
    void createdPoolIsServedAsReferenceEntityAndListsInXml() {
        Api xml = server.api().token(api.token()).accept(Api.XML);
        Api.Response task = Fixtures.finished(xml, xml.post("/cloud/gatewayPools", Api.XML,
                Fixtures.poolSpec("GatewayPool 1", List.of(gw01), List.of(TENANT_ABC), Api.BS1)));
        String pool = Fixtures.relatedId(task, "/cloud/gatewayPools/");
        String b = server.base();
        String href = b + "/cloud/gatewayPools/" + pool;
        try {
            // SPEC §4, §7 A15: the Related link of a pool create is typed CloudGatewayPools (sic) and named "".
            assertThat(task.body()).contains("<Operation>CreateCloudGatewayPool</Operation>")
                    .contains("<Link Rel=\"Related\" Type=\"CloudGatewayPools\" Href=\"" + href + "?format=Entity\" Name=\"\" />");

            Api.Response entity = xml.get("/cloud/gatewayPools/" + pool + "?format=Entity");
            assertThat(entity.status()).isEqualTo(200);
            assertThat(entity.header("Content-Type")).isEqualTo("application/xml; charset=utf-8");
            assertThat(withoutSchemaDeclarations(entity.body())).isEqualTo("""
                    <?xml version="1.0" encoding="utf-8"?>
                    <CloudGatewayPool xmlns="http://www.veeam.com/ent/v1.0" Type="CloudGatewayPool" Href="%1$s?format=Entity" Name="GatewayPool 1" UID="urn:veeam:CloudGatewayPool:%2$s">
                      <Links>
                        <Link Rel="Up" Type="BackupServerReference" Href="%3$s/backupServers/%4$s" Name="vbr01.tech.local" />
                        <Link Rel="Alternate" Type="CloudGatewayPoolReference" Href="%1$s" Name="GatewayPool 1" />
                        <Link Rel="Edit" Type="CloudGatewayPoolReference" Href="%1$s" Name="GatewayPool 1" />
                        <Link Rel="Delete" Href="%1$s" />
                        <Link Rel="Down" Type="CloudGatewayReferenceList" Href="%1$s/gateways" />
                        <Link Rel="Related" Type="CloudTenantReferenceList" Href="%1$s/tenants" />
                      </Links>
                      <Description>Created by REST API</Description>
                      <CloudGateways>
                        <CloudGatewayUid>urn:veeam:CloudGateway:%5$s</CloudGatewayUid>
                      </CloudGateways>
                      <CloudTenants>
                        <CloudTenantUid>urn:veeam:CloudTenant:%6$s</CloudTenantUid>
                      </CloudTenants>
                    </CloudGatewayPool>
                    """.formatted(href, pool, b, Api.BS1, gw01, TENANT_ABC));

            String ref = """
                    Type="CloudGatewayPoolReference" Href="%1$s" Name="GatewayPool 1" UID="urn:veeam:CloudGatewayPool:%2$s">
                        <Links>
                          <Link Rel="Up" Type="BackupServerReference" Href="%3$s/backupServers/%4$s" Name="vbr01.tech.local" />
                          <Link Rel="Alternate" Type="CloudGatewayPool" Href="%1$s?format=Entity" Name="GatewayPool 1" />
                        </Links>""".formatted(href, pool, b, Api.BS1);
            Api.Response single = xml.get("/cloud/gatewayPools/" + pool);
            assertThat(single.body()).contains("<EntityRef xmlns=\"http://www.veeam.com/ent/v1.0\"")
                    .contains(ref.replace("\n  ", "\n"));
            Api.Response list = xml.get("/cloud/gatewayPools");
            assertThat(list.body()).contains("<EntityReferences").contains("<Ref " + ref);
            assertThat(xml.get("/cloud/gatewayPools?format=Entity").body()).contains("<CloudGatewayPools")
                    .contains("<CloudGatewayPool Type=\"CloudGatewayPool\" Href=\"" + href + "?format=Entity\"");

            // SPEC §5.8.3: the targets of the Down and Related links.
            assertThat(xml.get("/cloud/gatewayPools/" + pool + "/gateways").body())
                    .contains("<Ref Type=\"CloudGatewayReference\" Href=\"" + b + "/cloud/gateways/" + gw01 + "\"")
                    .doesNotContain(gw02);
            assertThat(xml.get("/cloud/gatewayPools/" + pool + "/gateways?format=Entity").body())
                    .contains("<CloudGateways").contains("<CloudGateway Type=\"CloudGateway\"");
            assertThat(xml.get("/cloud/gatewayPools/" + pool + "/tenants").body())
                    .contains("<Ref Type=\"CloudTenantReference\" Href=\"" + b + "/cloud/tenants/" + TENANT_ABC + "\" Name=\"ABC Company\"")
                    .doesNotContain(TENANT_XYZ);
            // SPEC-tenants §2.8: the pool's tenants as CloudTenant entities.
            assertThat(xml.get("/cloud/gatewayPools/" + pool + "/tenants?format=Entity").body()).contains("<CloudTenants ", "Name=\"ABC Company\"");

            // SPEC §3.6, §7 A13: the member gateway points at its pool.
            assertThat(xml.get("/cloud/gateways/" + gw01 + "?format=Entity").body())
                    .contains("<Link Rel=\"Related\" Type=\"CloudGatewayPoolReference\" Href=\"" + href + "\" Name=\"GatewayPool 1\" />");
            assertThat(xml.get("/cloud/tenants/" + TENANT_ABC + "/gatewayPools").body()).contains("UID=\"urn:veeam:CloudGatewayPool:" + pool + "\"");
        } finally {
            deletePool(pool);
        }
    }

    @Test
    void createdPoolIsServedInJson() {
        Api json = server.api().token(api.token()).accept(Api.JSON);
        Api.Response accepted = json.post("/cloud/gatewayPools", Api.JSON, """
                {"Name": "Json Pool", "Description": "From JSON",
                 "CloudGateways": {"CloudGatewayUids": ["%s", "urn:veeam:CloudGateway:%s"]},
                 "CloudTenants": {},
                 "BackupServerUid": "urn:veeam:BackupServer:%s"}""".formatted(gw02.toUpperCase(), gw02, Api.BS1));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(Fixtures.json(accepted).get("Operation").asText()).isEqualTo("CreateCloudGatewayPool");
        String pool = Fixtures.relatedId(Fixtures.finished(json, accepted), "/cloud/gatewayPools/");
        String b = server.base();
        String href = b + "/cloud/gatewayPools/" + pool;
        try {
            Api.Response entity = json.get("/cloud/gatewayPools/" + pool + "?format=Entity");
            assertThat(entity.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            // Duplicates collapse (SPEC §5.8.4); no tenants: "CloudTenants": {} and no Related link (J5, §7 A37).
            assertThat(Fixtures.json(entity)).isEqualTo(Fixtures.json("""
                    {"Description": "From JSON",
                     "CloudGateways": {"CloudGatewayUids": ["urn:veeam:CloudGateway:%5$s"]},
                     "CloudTenants": {},
                     "Name": "Json Pool",
                     "UID": "urn:veeam:CloudGatewayPool:%2$s",
                     "Links": [
                       {"Rel": "Up", "Href": "%3$s/backupServers/%4$s", "Name": "vbr01.tech.local", "Type": "BackupServerReference"},
                       {"Rel": "Alternate", "Href": "%1$s", "Name": "Json Pool", "Type": "CloudGatewayPoolReference"},
                       {"Rel": "Edit", "Href": "%1$s", "Name": "Json Pool", "Type": "CloudGatewayPoolReference"},
                       {"Rel": "Delete", "Href": "%1$s"},
                       {"Rel": "Down", "Href": "%1$s/gateways", "Type": "CloudGatewayReferenceList"}
                     ],
                     "Href": "%1$s?format=Entity",
                     "Type": "CloudGatewayPool"}""".formatted(href, pool, b, Api.BS1, gw02)));
            assertThat(Fixtures.json(json.get("/cloud/gatewayPools/" + pool))).isEqualTo(Fixtures.json("""
                    {"Links": [
                       {"Rel": "Up", "Href": "%3$s/backupServers/%4$s", "Name": "vbr01.tech.local", "Type": "BackupServerReference"},
                       {"Rel": "Alternate", "Href": "%1$s?format=Entity", "Name": "Json Pool", "Type": "CloudGatewayPool"}],
                     "UID": "urn:veeam:CloudGatewayPool:%2$s", "Name": "Json Pool", "Href": "%1$s", "Type": "CloudGatewayPoolReference"}"""
                    .formatted(href, pool, b, Api.BS1)));
            assertThat(json.get("/cloud/gatewayPools").body()).startsWith("{\"Refs\":[{\"Links\":[");
            assertThat(json.get("/cloud/gatewayPools?format=Entity").body()).startsWith("{\"CloudGatewayPools\":[{\"Description\":\"From JSON\"");
            assertThat(json.get("/cloud/gatewayPools/" + pool + "/gateways").body()).startsWith("{\"Refs\":[{")
                    .contains("\"Type\":\"CloudGatewayReference\"");
            assertThat(json.get("/cloud/gatewayPools/" + pool + "/tenants").body()).isEqualTo("{\"Refs\":[]}");
        } finally {
            deletePool(pool);
        }
    }

    /** SPEC §5.8.4: what the request alone shows wrong is a synchronous 400, and no task is made. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank name                 | <Name> </Name><CloudGateways><CloudGatewayUid>GW1</CloudGatewayUid></CloudGateways><BackupServerUid>BS1</BackupServerUid> | Name
            name too long              | <Name>LONG</Name><CloudGateways><CloudGatewayUid>GW1</CloudGatewayUid></CloudGateways><BackupServerUid>BS1</BackupServerUid> | 255
            no gateways element        | <Name>P</Name><BackupServerUid>BS1</BackupServerUid> | CloudGateways
            empty gateways             | <Name>P</Name><CloudGateways /><BackupServerUid>BS1</BackupServerUid> | CloudGateways
            two UUIDs in one UID (A23) | <Name>P</Name><CloudGateways><CloudGatewayUid>GW1</CloudGatewayUid></CloudGateways><BackupServerUid>BS1 BS1</BackupServerUid> | BackupServerUid
            tenant UID as gateway (A49)| <Name>P</Name><CloudGateways><CloudGatewayUid>urn:veeam:CloudTenant:TENANT</CloudGatewayUid></CloudGateways><BackupServerUid>BS1</BackupServerUid> | CloudGatewayUid
            malformed tenant UID       | <Name>P</Name><CloudGateways><CloudGatewayUid>GW1</CloudGatewayUid></CloudGateways><CloudTenants><CloudTenantUid>nope</CloudTenantUid></CloudTenants><BackupServerUid>BS1</BackupServerUid> | CloudTenantUid
            unknown backup server      | <Name>P</Name><CloudGateways><CloudGatewayUid>GW1</CloudGatewayUid></CloudGateways><BackupServerUid>00000000-0000-4000-8000-000000000000</BackupServerUid> | was not found
            no backup server           | <Name>P</Name><CloudGateways><CloudGatewayUid>GW1</CloudGatewayUid></CloudGateways> | BackupServer
            wrong order                | <CloudGateways><CloudGatewayUid>GW1</CloudGatewayUid></CloudGateways><Name>P</Name><BackupServerUid>BS1</BackupServerUid> | CloudGateways
            """)
    void rejectsBadCreateBodies(String what, String content, String expected) {
        String body = "<CreateCloudGatewayPoolSpec xmlns=\"http://www.veeam.com/ent/v1.0\">" + content
                .replace("GW1", gw01).replace("BS1", Api.BS1).replace("TENANT", TENANT_ABC).replace("LONG", "x".repeat(256))
                + "</CreateCloudGatewayPoolSpec>";
        int tasksBefore = taskCount();
        Api.Response r = api.accept(Api.XML).post("/cloud/gatewayPools", Api.XML, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("<Error ").contains("StatusCode=\"400\"").contains(expected);
        assertThat(taskCount()).isEqualTo(tasksBefore);
    }

    @Test
    void rejectsBadJsonCreateBodiesAndWrongRoots() {
        Api.Response json = api.accept(Api.JSON).post("/cloud/gatewayPools", Api.JSON,
                "{\"Name\": \"P\", \"CloudGateways\": {\"CloudGatewayUids\": []}, \"BackupServerUid\": \"" + Api.BS1 + "\"}");
        assertThat(json.status()).isEqualTo(400);
        assertThat(Fixtures.json(json).get("StatusCode").asInt()).isEqualTo(400);
        assertThat(api.accept(Api.XML).post("/cloud/gatewayPools", Api.XML,
                "<CloudGatewayPool xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>P</Name></CloudGatewayPool>").status()).isEqualTo(400);
        assertThat(api.post("/cloud/gatewayPools", "text/plain", "Name=P").status()).isEqualTo(415);
    }

    /** SPEC §8 B8: what depends on other objects is judged when the task runs, and changes nothing when it fails. */
    @Test
    void judgesMembersOwnersAndNamesWhenTheTaskRuns() {
        String pool = Fixtures.pool(api, "Taken Name", List.of(gw01), List.of(), Api.BS1);
        String missing = "0b0b0b0b-0000-4000-8000-000000000001";
        try {
            Map<String, String> cases = Map.of(
                    Fixtures.poolSpec("P unknown gateway", List.of(gw02, missing), List.of(), Api.BS1),
                    "Cloud gateway urn:veeam:CloudGateway:" + missing + " was not found.",
                    Fixtures.poolSpec("P foreign gateway", List.of(srv01), List.of(), Api.BS1),
                    "Cloud gateway srv01.tech.local does not belong to backup server vbr01.tech.local.",
                    Fixtures.poolSpec("P taken gateway", List.of(gw02, gw01), List.of(), Api.BS1),
                    "Cloud gateway gw01.tech.local is already a member of cloud gateway pool Taken Name.",
                    Fixtures.poolSpec("P foreign tenant", List.of(gw02), List.of(TENANT_SECOND_SITE), Api.BS1),
                    "Cloud tenant urn:veeam:CloudTenant:" + TENANT_SECOND_SITE + " was not found.",
                    Fixtures.poolSpec("tAKEN nAME", List.of(gw02), List.of(), Api.BS1),
                    "Cloud gateway pool tAKEN nAME already exists.");
            cases.forEach((body, message) ->
                    assertThat(Fixtures.failure(api, api.post("/cloud/gatewayPools", Api.XML, body))).isEqualTo(message));
            assertThat(api.accept(Api.XML).get("/cloud/gatewayPools").body()).contains("Taken Name").doesNotContain("P ");
            assertThat(api.get("/cloud/gateways/" + gw02 + "?format=Entity").body()).doesNotContain("CloudGatewayPoolReference");
            // The same name on another backup server is free (names are unique per backup server).
            String other = Fixtures.pool(api, "Taken Name", List.of(srv01), List.of(TENANT_SECOND_SITE), Api.BS2);
            deletePool(other);
        } finally {
            deletePool(pool);
        }
    }

    /** SPEC §5.8.5 with the vendor's own example: Name attribute, empty CloudTenants clears, a UID that differs is ignored (A39). */
    @Test
    void editsPoolFromTheVendorsPutExample() {
        String pool = Fixtures.pool(api, "GatewayPool 1", List.of(gw01), List.of(TENANT_ABC), Api.BS1);
        try {
            Api.Response accepted = api.accept(Api.XML).put("/cloud/gatewayPools/" + pool, Api.XML, """
                    <?xml version="1.0" encoding="utf-8"?>
                    <CloudGatewayPool xmlns="http://www.veeam.com/ent/v1.0" Type="CloudGatewayPool" Href="https://localhost:9398/api/cloud/gatewayPools/64bf55fb-b53f-4214-950a-fcc3a241622b?format=Entity" Name="Renamed Pool" UID="urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b">
                      <Description>Edited by REST API</Description>
                      <CloudGateways>
                        <CloudGatewayUid>urn:veeam:CloudGateway:%s</CloudGatewayUid>
                        <CloudGatewayUid>urn:veeam:CloudGateway:%s</CloudGatewayUid>
                      </CloudGateways>
                      <CloudTenants />
                    </CloudGatewayPool>""".formatted(gw01, gw03));
            assertThat(accepted.body()).contains("<Operation>UpdateCloudGatewayPool</Operation>").contains("<State>Running</State>");
            Api.Response task = Fixtures.finished(api, accepted);
            assertThat(task.body()).contains("<Result Success=\"true\">").doesNotContain("Rel=\"Related\"");
            String entity = api.get("/cloud/gatewayPools/" + pool + "?format=Entity").body();
            assertThat(entity).contains("Name=\"Renamed Pool\"").contains("<Description>Edited by REST API</Description>")
                    .contains(gw01).contains(gw03).contains("<CloudTenants />").doesNotContain("CloudTenantReferenceList");

            // JSON: only what is sent changes; an empty Description sets "" (SPEC §5.8.5).
            Fixtures.succeeds(api, api.accept(Api.JSON).put("/cloud/gatewayPools/" + pool, Api.JSON,
                    "{\"Description\": \"\", \"CloudTenants\": {\"CloudTenantUids\": [\"" + TENANT_XYZ + "\"]}}"));
            JsonNode j = Fixtures.json(api.get("/cloud/gatewayPools/" + pool + "?format=Entity"));
            assertThat(j.get("Name").asText()).isEqualTo("Renamed Pool");
            assertThat(j.get("Description").asText()).isEmpty();
            assertThat(j.get("CloudGateways").get("CloudGatewayUids").size()).isEqualTo(2);
            assertThat(j.get("CloudTenants").get("CloudTenantUids").get(0).asText()).isEqualTo("urn:veeam:CloudTenant:" + TENANT_XYZ);

            // B16: the same values again succeed and change nothing.
            String before = api.accept(Api.XML).get("/cloud/gatewayPools/" + pool + "?format=Entity").body();
            Fixtures.succeeds(api, api.put("/cloud/gatewayPools/" + pool, Api.XML, before));
            assertThat(api.get("/cloud/gatewayPools/" + pool + "?format=Entity").body()).isEqualTo(before);
        } finally {
            deletePool(pool);
        }
    }

    @Test
    void refusesBadEditsSynchronouslyOrInTheTask() {
        String pool = Fixtures.pool(api, "Edit Checks", List.of(gw01), List.of(), Api.BS1);
        String other = Fixtures.pool(api, "Other Pool", List.of(gw02), List.of(), Api.BS1);
        try {
            Api xml = api.accept(Api.XML);
            String path = "/cloud/gatewayPools/" + pool;
            assertThat(xml.put(path, Api.XML, "<CloudGatewayPool xmlns=\"http://www.veeam.com/ent/v1.0\"><CloudGateways /></CloudGatewayPool>")
                    .status()).isEqualTo(400);
            assertThat(xml.put(path, Api.XML, "<CloudGatewayPool xmlns=\"http://www.veeam.com/ent/v1.0\"><CloudTenants /><Name>x</Name></CloudGatewayPool>")
                    .status()).isEqualTo(400);
            assertThat(xml.put(path, Api.JSON, "{\"Name\": \"  \"}").status()).isEqualTo(400);
            assertThat(xml.put("/cloud/gatewayPools/0b0b0b0b-0000-4000-8000-000000000002", Api.XML,
                    "<CloudGatewayPool xmlns=\"http://www.veeam.com/ent/v1.0\" />").status()).isEqualTo(404);
            assertThat(Fixtures.failure(api, xml.put(path, Api.JSON, "{\"CloudGateways\": [\"" + gw02 + "\"]}")))
                    .isEqualTo("Cloud gateway gw02.tech.local is already a member of cloud gateway pool Other Pool.");
            assertThat(Fixtures.failure(api, xml.put(path, Api.JSON, "{\"Name\": \"OTHER pool\"}")))
                    .isEqualTo("Cloud gateway pool OTHER pool already exists.");
            assertThat(xml.get(path + "?format=Entity").body()).contains("Name=\"Edit Checks\"").contains(gw01).doesNotContain(gw02);
        } finally {
            deletePool(pool);
            deletePool(other);
        }
    }

    @Test
    void deletingAPoolKeepsItsGatewaysAndUnassignsItsTenants() {
        String pool = Fixtures.pool(api, "Short Lived", List.of(gw01), List.of(TENANT_ABC), Api.BS1);
        Api xml = api.accept(Api.XML);
        Api.Response accepted = xml.delete("/cloud/gatewayPools/" + pool);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body()).contains("<Operation>DeleteCloudGatewayPool</Operation>");
        Api.Response task = Fixtures.finished(api, accepted);
        assertThat(task.body()).contains("<Link Rel=\"Related\" Type=\"CloudGatewayPoolList\" Href=\"" + server.base()
                + "/cloud/gatewayPools?format=Entity\" />");
        assertThat(xml.get("/cloud/gatewayPools/" + pool).status()).isEqualTo(404);
        assertThat(xml.get("/cloud/gatewayPools/" + pool + "/gateways").status()).isEqualTo(404);
        assertThat(xml.delete("/cloud/gatewayPools/" + pool).status()).isEqualTo(404);
        assertThat(xml.get("/cloud/gateways/" + gw01 + "?format=Entity").body()).doesNotContain("CloudGatewayPoolReference");
        assertThat(xml.get("/cloud/tenants/" + TENANT_ABC + "/gatewayPools").body()).doesNotContain(pool);
    }

    @Test
    void answersUnknownAndMalformedPoolIdsWith404() {
        Api xml = api.accept(Api.XML);
        for (String id : List.of("0b0b0b0b-0000-4000-8000-000000000003", "not-a-uuid", "urn:veeam:CloudGateway:" + gw01)) {
            for (String suffix : List.of("", "?format=Entity", "/gateways", "/tenants")) {
                Api.Response r = xml.get("/cloud/gatewayPools/" + id + suffix);
                assertThat(r.status()).as(id + suffix).isEqualTo(404);
                assertThat(r.body()).contains("StatusCode=\"404\"");
            }
            assertThat(xml.delete("/cloud/gatewayPools/" + id).status()).isEqualTo(404);
        }
    }

    /** SPEC §2.5, §8 B21: pools are closed to a Restore Operator, who gets 403 even for a bad body; open to a Portal User. */
    @Test
    void checksRolesBeforeBodies() {
        Api restore = server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD).accept(Api.XML);
        for (String[] call : new String[][] {{"GET", "/cloud/gatewayPools"}, {"POST", "/cloud/gatewayPools"},
                {"GET", "/cloud/gatewayPools/" + gw01}, {"PUT", "/cloud/gatewayPools/" + gw01}, {"DELETE", "/cloud/gatewayPools/x"},
                {"GET", "/cloud/gatewayPools/x/gateways"}, {"GET", "/cloud/gatewayPools/x/tenants"}}) {
            Api.Response r = restore.send(call[0], call[1], call[0].startsWith("P") ? Api.XML : null,
                    call[0].startsWith("P") ? "<Broken" : null, Map.of());
            assertThat(r.status()).as(String.join(" ", call)).isEqualTo(403);
            assertThat(r.body()).contains("Message=\"Access denied.\"");
        }
        Api portal = server.api().logon(Api.PORTAL_USER, Api.PASSWORD).accept(Api.XML);
        String pool = Fixtures.pool(portal, "Portal Pool", List.of(gw03), List.of(), Api.BS1);
        assertThat(portal.get("/cloud/gatewayPools/" + pool).status()).isEqualTo(200);
        assertThat(portal.delete("/cloud/gatewayPools/" + pool).status()).isEqualTo(202);
        assertThat(portal.put("/cloud/gatewayPools", Api.XML, "<x/>").status()).isEqualTo(405);
    }

    /**
     * The lifecycle of SPEC §8 B7: a member gateway cannot be deleted; once a PUT takes it out of
     * the pool, it can.
     */
    @Test
    void memberGatewayIsDeletedOnlyAfterItLeavesItsPool() {
        String kept = Fixtures.gateway(api, "172.16.13.119", Api.BS1);
        String leaving = Fixtures.gateway(api, "vbr01.tech.local", Api.BS1);
        String pool = Fixtures.pool(api, "Lifecycle Pool", List.of(kept, leaving), List.of(TENANT_ABC), Api.BS1);
        Api xml = api.accept(Api.XML);

        assertThat(Fixtures.failure(api, xml.delete("/cloud/gateways/" + leaving))).isEqualTo(
                "Cloud gateway vbr01.tech.local is a member of cloud gateway pool Lifecycle Pool. Remove it from the pool first.");
        assertThat(xml.get("/cloud/gateways/" + leaving).status()).isEqualTo(200);

        Fixtures.succeeds(api, xml.put("/cloud/gatewayPools/" + pool, Api.XML, """
                <CloudGatewayPool xmlns="http://www.veeam.com/ent/v1.0">
                  <CloudGateways><CloudGatewayUid>%s</CloudGatewayUid></CloudGateways>
                </CloudGatewayPool>""".formatted(kept)));
        assertThat(xml.get("/cloud/gatewayPools/" + pool + "/gateways").body()).contains(kept).doesNotContain(leaving);
        assertThat(xml.get("/cloud/gateways/" + leaving + "?format=Entity").body()).doesNotContain("CloudGatewayPoolReference");

        Api.Response deleted = Fixtures.finished(api, xml.delete("/cloud/gateways/" + leaving));
        assertThat(deleted.body()).contains("<Result Success=\"true\">");
        assertThat(xml.get("/cloud/gateways/" + leaving).status()).isEqualTo(404);
        assertThat(xml.get("/cloud/gateways").body()).doesNotContain(leaving);

        deletePool(pool);
        Fixtures.succeeds(api, xml.delete("/cloud/gateways/" + kept));
    }

    private static void deletePool(String pool) {
        Fixtures.succeeds(api, api.delete("/cloud/gatewayPools/" + pool));
    }

    private static int taskCount() {
        return api.accept(Api.XML).get("/tasks").body().split("<Task ").length - 1;
    }

    private static String withoutSchemaDeclarations(String xml) {
        return xml.replace(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"", "")
                .replace(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
    }
}
