package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, finding 12: C0 control characters and lone surrogates are refused with a 400 that names the
 * field, in JSON as in XML, so both formats read back the same values; Description keeps tab, CR, LF.
 */
class ControlCharactersHardeningTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedNamingTheField() {
        Api json = server.api().logon().accept(Api.JSON);
        Api.Response control = json.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\":\"gw\\u0001.tech.local\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("ServerHostName", "U+0001");
        Api.Response surrogate = json.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\":\"gw\\ud800.tech.local\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.body()).contains("ServerHostName", "surrogate");
        Api.Response newline = json.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\":\"gw\\n.tech.local\",\"NetworkType\":\"Direct\",\"BackupServerUid\":\"" + Api.BS1 + "\"}");
        assertThat(newline.status()).isEqualTo(400);
        assertThat(newline.body()).contains("ServerHostName", "U+000A");

        Api xml = server.api().logon();
        Api.Response inXml = xml.post("/cloud/gateways", Api.XML, """
                <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0"><ServerHostName>gw&#1;.tech.local</ServerHostName>\
                <NetworkType>Direct</NetworkType><BackupServerUid>%s</BackupServerUid></CreateCloudGatewaySpec>""".formatted(Api.BS1));
        assertThat(inXml.status()).isEqualTo(400);

        Api.Response description = json.post("/cloud/gatewayPools", Api.JSON,
                "{\"Name\":\"pool1\",\"Description\":\"two\\nlines\\tand a tab\",\"BackupServerUid\":\"urn:veeam:BackupServer:" + Api.BS1 + "\"}");
        assertThat(description.body()).doesNotContain("control character");
    }
}
