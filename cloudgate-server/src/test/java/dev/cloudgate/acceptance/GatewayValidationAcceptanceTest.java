package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The synchronous 400s of SPEC §5.7.3 and the task-time failures of §8 B2, B3. */
class GatewayValidationAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;

    @BeforeAll
    static void logon() {
        api = server.admin();
    }

    static String spec(String inner) {
        return "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\">" + inner + "</CreateCloudGatewaySpec>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        host missing            | <NetworkType>Direct</NetworkType><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | ServerHostName
        host blank              | <ServerHostName>  </ServerHostName><NetworkType>Direct</NetworkType><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | ServerHostName
        network type missing    | <ServerHostName>gw01.tech.local</ServerHostName><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | NetworkType
        network type bad        | <ServerHostName>gw01.tech.local</ServerHostName><NetworkType>Bridge</NetworkType><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | NetworkType
        port too high           | <ServerHostName>gw01.tech.local</ServerHostName><ExternalPort>65536</ExternalPort><NetworkType>Direct</NetworkType><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | ExternalPort
        port not a number       | <ServerHostName>gw01.tech.local</ServerHostName><NetworkType>Direct</NetworkType><InternalPort>x</InternalPort><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | InternalPort
        NAT without external ip | <ServerHostName>gw01.tech.local</ServerHostName><NetworkType>NAT</NetworkType><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | ExternalIp must be specified when the network mode is NAT.
        no backup server        | <ServerHostName>gw01.tech.local</ServerHostName><NetworkType>Direct</NetworkType> | backup server
        unknown backup server   | <ServerHostName>gw01.tech.local</ServerHostName><NetworkType>Direct</NetworkType><BackupServerUid>urn:veeam:BackupServer:00000000-0000-0000-0000-000000000000</BackupServerUid> | was not found
        malformed backup uid    | <ServerHostName>gw01.tech.local</ServerHostName><NetworkType>Direct</NetworkType><BackupServerUid>urn:veeam:CloudTenant:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | BackupServerUid
        two servers disagree    | <BackupServerIdOrName>172.24.31.67</BackupServerIdOrName><ServerHostName>gw01.tech.local</ServerHostName><NetworkType>Direct</NetworkType><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | different backup servers
        element out of order    | <ServerHostName>gw01.tech.local</ServerHostName><NetworkType>NAT</NetworkType><ExternalIp>1.2.3.4</ExternalIp><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | Element 'ExternalIp' is not expected here; expected one of: InternalPort, BackupServerUid.
        unknown element         | <ServerHostName>gw01.tech.local</ServerHostName><Colour>blue</Colour><NetworkType>Direct</NetworkType><BackupServerUid>8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid> | Element 'Colour' is not expected here
        """)
    void badSpecsAre400WithAMessageThatSaysWhatIsWrong(String name, String inner, String message) {
        Api fresh = server.api().logon();
        Api.Response r = fresh.post("/cloud/gateways", Api.XML, spec(inner));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("<Error xmlns=\"http://www.veeam.com/ent/v1.0\"", "StatusCode=\"400\"")
                .contains(message.replace("'", "&#39;"));
        assertThat(fresh.get("/tasks").body()).doesNotContain("<Task ");
    }

    @Test
    void jsonRulesMirrorXmlAndErrorsComeInJson() {
        Api json = server.api().logon().accept(Api.JSON);
        Api.Response r = json.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\":\"gw01.tech.local\",\"NetworkType\":\"NAT\",\"BackupServerUid\":\"" + Api.BS1 + "\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("{\"FirstChanceExceptionMessage\":null,\"Message\":\"ExternalIp must be specified when the network"
                + " mode is NAT.\",\"StackTrace\":null,\"Status\":null,\"StatusCode\":400}");
        Api.Response spellings = json.post("/cloud/gateways", Api.JSON,
                "{\"ServerHostName\":\"gw01.tech.local\",\"NetworkType\":\"NAT\",\"NetworkMode\":\"Direct\",\"ExternalIp\":\"1.1.1.1\","
                        + "\"BackupServerUid\":\"" + Api.BS1 + "\"}");
        assertThat(spellings.status()).isEqualTo(400);
        assertThat(spellings.body()).contains("disagree");
    }

    @Test
    void hostThatIsNotAManagedServerFailsInTheTaskAndCreatesNothing() {
        Api.Response done = createAndWait("<ServerHostName>stranger.example.com</ServerHostName><NetworkType>Direct</NetworkType>"
                + "<BackupServerUid>" + Api.BS1 + "</BackupServerUid>");
        assertThat(done.body()).contains("<Result Success=\"false\">",
                "<Message>Server stranger.example.com is not added to the backup infrastructure of backup server vbr01.tech.local.</Message>")
                .doesNotContain("Rel=\"Related\"");
        assertThat(api.get("/cloud/gateways").body()).doesNotContain("stranger");
    }

    @Test
    void linuxHostFailsInTheTask() {
        Api.Response done = createAndWait("<ServerHostName>lnx01.tech.local</ServerHostName><NetworkType>Direct</NetworkType>"
                + "<BackupServerUid>" + Api.BS1 + "</BackupServerUid>");
        assertThat(done.body()).contains("<Message>Server lnx01.tech.local is not a Microsoft Windows server.</Message>");
    }

    @Test
    void secondGatewayOnOneHostFailsAndLeavesTheFirstUnchanged() {
        Api.Response first = createAndWait("<ServerHostName>gw01.tech.local</ServerHostName><Description>first</Description>"
                + "<NetworkType>Direct</NetworkType><BackupServerUid>" + Api.BS1 + "</BackupServerUid>");
        assertThat(first.body()).contains("Success=\"true\"");
        Api.Response second = createAndWait("<ServerHostName>GW01.TECH.LOCAL</ServerHostName><Description>second</Description>"
                + "<NetworkType>Direct</NetworkType><BackupServerUid>" + Api.BS1 + "</BackupServerUid>");
        assertThat(second.body()).contains("<Message>Cloud gateway already exists on server GW01.TECH.LOCAL.</Message>");
        String list = api.get("/cloud/gateways?format=Entity").body();
        assertThat(list).contains("<Description>first</Description>").doesNotContain("<Description>second</Description>");
    }

    @Test
    void lenientXmlAcceptsAnyOrderAndCase() throws Exception {
        try (RunningServer lenient = RunningServer.start(Map.of("lenient-xml", "true"))) {
            Api client = lenient.api().logon();
            Api.Response r = client.post("/cloud/gateways", Api.XML, "<createcloudgatewayspec><backupserveruid>" + Api.BS1
                    + "</backupserveruid><networktype>Direct</networktype><serverhostname>gw02.tech.local</serverhostname>"
                    + "<Unknown>ignored</Unknown></createcloudgatewayspec>");
            assertThat(r.status()).isEqualTo(202);
            assertThat(client.awaitTask(r.header("Location")).body()).contains("Success=\"true\"");
        }
    }

    private static Api.Response createAndWait(String inner) {
        Api.Response accepted = api.accept(null).post("/cloud/gateways", Api.XML, spec(inner));
        assertThat(accepted.status()).isEqualTo(202);
        return api.awaitTask(accepted.header("Location"));
    }
}
