package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SPEC §7 A39: in a gateway PUT, as in a pool PUT, the path names the gateway; the body's UID is ignored. */
class GatewayIdentityAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;
    static String gw01;
    static String gw02;

    @BeforeAll
    static void gateways() {
        api = server.admin().accept(Api.XML);
        gw01 = Fixtures.gateway(api, "gw01.tech.local", Api.BS1);
        gw02 = Fixtures.gateway(api, "gw02.tech.local", Api.BS1);
    }

    @Test
    void aUidNamingAnotherGatewayIsIgnoredInXml() {
        Api.Response accepted = api.put("/cloud/gateways/" + gw01, Api.XML, """
                <CloudGateway xmlns="http://www.veeam.com/ent/v1.0" Type="CloudGateway" Name="gw02.tech.local" \
                UID="urn:veeam:CloudGateway:%s" Href="https://localhost:9398/api/cloud/gateways/%1$s?format=Entity">
                  <Description>Edited through the path</Description>
                </CloudGateway>""".formatted(gw02));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        Fixtures.succeeds(api, accepted);
        assertThat(api.get("/cloud/gateways/" + gw01 + "?format=Entity").body()).contains("<Description>Edited through the path</Description>");
        assertThat(api.get("/cloud/gateways/" + gw02 + "?format=Entity").body()).doesNotContain("Edited through the path");
    }

    @Test
    void aUidNamingAnotherGatewayOrNothingIsIgnoredInJson() {
        Api json = server.api().token(api.token()).accept(Api.JSON);
        for (String uid : new String[] {"urn:veeam:CloudGateway:" + gw01, "not a uid at all"}) {
            Api.Response accepted = json.put("/cloud/gateways/" + gw02, Api.JSON,
                    "{\"UID\": \"" + uid + "\", \"Name\": \"x\", \"Description\": \"JSON edit " + uid + "\"}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            Fixtures.succeeds(api, accepted);
            JsonNode edited = Fixtures.json(json.get("/cloud/gateways/" + gw02 + "?format=Entity"));
            assertThat(edited.get("Description").asText()).isEqualTo("JSON edit " + uid);
            assertThat(edited.get("UID").asText()).isEqualTo("urn:veeam:CloudGateway:" + gw02);
        }
        assertThat(Fixtures.json(json.get("/cloud/gateways/" + gw01 + "?format=Entity")).get("Description").asText())
                .doesNotStartWith("JSON edit");
    }
}
