package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.VLAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** VLAN configurations over real HTTP (SPEC-tenants §4.11, §6.14, §7): read, edit the ranges, delete; no create. */
class VlanAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;

    @BeforeAll
    static void logOn() {
        api = server.api().logon();
    }

    @Test
    void theSeededConfigurationIsTheSpecExampleInEveryForm() {
        Api.Response xml = api.accept(Api.XML).get("/cloud/vlans/urn:veeam:VlanConfiguration:" + VLAN.toUpperCase() + "?format=Entity");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(TenantSubresourcesAcceptanceTest.normalized(xml.body(), server)).isEqualTo(TenantSubresourcesAcceptanceTest.example("vlan.xml", server));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/vlans/" + VLAN + "?format=Entity")))
                .isEqualTo(Fixtures.json(TenantSubresourcesAcceptanceTest.example("vlan.json", server)));
        String list = api.accept(Api.XML).get("/cloud/vlans?format=Entity").body();
        assertThat(list).contains("<VlanConfigurations xmlns=", "<Vlans Name=\"vSwitch0\" UID=\"" + VLAN + "\">");
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/vlans?format=Entity")).get("Vlans")).hasSize(1);
        String refs = api.accept(Api.XML).get("/cloud/vlans").body();
        assertThat(refs).contains("Type=\"VlanConfigurationReference\"", "UID=\"urn:veeam:VlanConfiguration:" + VLAN + "\"",
                "<Link Rel=\"Alternate\" Type=\"VlanConfiguration\" Href=\"" + server.base() + "/cloud/vlans/" + VLAN + "?format=Entity\" Name=\"vSwitch0\" />");
        assertThat(api.accept(Api.XML).get("/cloud/vlans/" + VLAN).body()).contains("<EntityRef ");
        Api.Response unknown = api.accept(Api.XML).get("/cloud/vlans/0b0b0b0b-0000-4000-8000-000000000009");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("VLAN configuration [0b0b0b0b-0000-4000-8000-000000000009] was not found.");
        Api.Response post = api.post("/cloud/vlans", Api.XML, "<VlanConfiguration xmlns=\"http://www.veeam.com/ent/v1.0\" />");
        assertThat(post.status()).isEqualTo(405);
    }

    @Test
    void theEntitySentBackWithNewBoundsChangesOnlyTheBoundsThenBadBoundsAre400() {
        String read = api.accept(Api.XML).get("/cloud/vlans/" + VLAN + "?format=Entity").body();
        String body = read.replace(">500<", ">490<").replace(">520<", ">530<").replace("<SwitchName>vSwitch0</SwitchName>", "<SwitchName>other</SwitchName>");
        Api.Response accepted = api.accept(Api.XML).put("/cloud/vlans/" + VLAN, Api.XML, body);
        assertThat(accepted.body()).contains("<Operation>UpdateVlanConfiguration</Operation>");
        Fixtures.succeeds(api, accepted);
        String after = api.accept(Api.XML).get("/cloud/vlans/" + VLAN + "?format=Entity").body();
        assertThat(after).isEqualTo(read.replace(">500<", ">490<").replace(">520<", ">530<"));

        JsonNode json = Fixtures.json(api.accept(Api.JSON).get("/cloud/vlans/" + VLAN + "?format=Entity"));
        Fixtures.succeeds(api, api.put("/cloud/vlans/" + VLAN, Api.JSON, json.toString().replace("\"VlanIdsWithInternetLeftBound\":490",
                "\"VlanIdsWithInternetLeftBound\":500")));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/vlans/" + VLAN + "?format=Entity")).get("VlanIdsWithInternetLeftBound").asInt())
                .isEqualTo(500);

        String message = "VLAN IDs must lie in 1-4094, each range must not be reversed, and the two ranges must not overlap.";
        for (String bad : List.of("{\"VlanIdsWithInternetLeftBound\": 0}", "{\"VlanIdsWithoutInternetRightBound\": 4095}",
                "{\"VlanIdsWithInternetLeftBound\": 515}", "{\"VlanIdsWithoutInternetLeftBound\": 505}")) {
            Api.Response r = api.accept(Api.JSON).put("/cloud/vlans/" + VLAN, Api.JSON, bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(bad).isEqualTo(message);
        }
        // The vendor's own JSON example ends with a comma: not JSON, so 400 (§6.14).
        assertThat(api.accept(Api.JSON).put("/cloud/vlans/" + VLAN, Api.JSON, "{\"VlanIdsWithInternetLeftBound\": 490,}").status()).isEqualTo(400);
        assertThat(api.accept(Api.XML).put("/cloud/vlans/" + VLAN, Api.XML,
                "<VlanConfiguration xmlns=\"http://www.veeam.com/ent/v1.0\"><VlanIdsWithInternetLeftBound>x</VlanIdsWithInternetLeftBound></VlanConfiguration>")
                .status()).isEqualTo(400);
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/vlans/" + VLAN + "?format=Entity")).get("VlanIdsWithoutInternetRightBound").asInt())
                .isEqualTo(530);
    }

    @Test
    void aDeletedConfigurationIsGoneAndASecondDeleteIs404() {
        server.control().reset();
        api = server.api().logon();
        Api.Response accepted = api.accept(Api.JSON).delete("/cloud/vlans/" + VLAN);
        assertThat(accepted.body()).contains("\"Operation\":\"DeleteVlanConfiguration\"");
        Fixtures.succeeds(api, accepted);
        assertThat(api.get("/cloud/vlans/" + VLAN).status()).isEqualTo(404);
        assertThat(api.accept(Api.JSON).get("/cloud/vlans").body()).isEqualTo("{\"Refs\":[]}");
        assertThat(api.delete("/cloud/vlans/" + VLAN).status()).isEqualTo(404);
        server.control().reset();
        api = server.api().logon();
        assertThat(api.get("/cloud/vlans/" + VLAN).status()).isEqualTo(200);
    }
}
