package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** POST /cloud/gateways as post_gateways.md and SPEC §5.7.3 describe it, in both formats. */
class GatewayCreateAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;

    /** The vendor page's XML example, byte for byte (with its leading declaration and namespaces). */
    static final String PAGE_XML = "<?xml version=\"1.0\" encoding=\"utf-8\"?> <CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "   <ServerHostName>172.16.13.119</ServerHostName>   <Description>Cloud gateway server 01</Description>"
            + "   <ExternalPort>6180</ExternalPort>   <NetworkType>Direct</NetworkType>   <InternalPort>6180</InternalPort>"
            + "   <BackupServerUid>urn:veeam:BackupServer:29e5d158-1f58-44bc-bbaa-2752d787a91d</BackupServerUid> </CreateCloudGatewaySpec>";

    /** The vendor page's JSON example. */
    static final String PAGE_JSON = "{   \"ServerHostName\": \"srv01.tech.local\",   \"Description\": \"Cloud gateway server 01\","
            + "   \"ExternalPort\": 6180,   \"NetworkType\": \"Direct\",   \"InternalPort\": 6180,"
            + "   \"BackupServerUid\": \"urn:veeam:BackupServer:29e5d158-1f58-44bc-bbaa-2752d787a91d\"  }";

    @BeforeAll
    static void logon() {
        api = server.admin();
    }

    @Test
    void thePagesXmlExampleCreatesAGatewayThroughATask() {
        Api.Response accepted = api.accept(null).post("/cloud/gateways", Api.XML, PAGE_XML);
        assertThat(accepted.status()).isEqualTo(202);
        String taskHref = accepted.header("Location");
        assertThat(taskHref).matches(server.base() + "/tasks/task-\\d+");
        assertThat(accepted.body()).contains("<Task xmlns=\"http://www.veeam.com/ent/v1.0\"", "Type=\"Task\" Href=\"" + taskHref + "\"",
                "<Link Rel=\"Delete\" Type=\"Task\" Href=\"" + taskHref + "\" />", "<State>Running</State>",
                "<Operation>CreateCloudGateway</Operation>").doesNotContain("<Result");

        Api.Response done = api.awaitTask(taskHref);
        assertThat(done.body()).contains("<State>Finished</State>", "<Result Success=\"true\">", "<Message>Ok</Message>");
        String entityHref = done.find("<Link Rel=\"Related\" Type=\"CloudGateway\" Href=\"([^\"]+)\" Name=\"\" />");
        assertThat(entityHref).startsWith(server.base() + "/cloud/gateways/").endsWith("?format=Entity");

        Api.Response entity = api.get(entityHref);
        assertThat(entity.status()).isEqualTo(200);
        assertThat(entity.body()).contains("<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"", "Name=\"172.16.13.119\"",
                "<Enabled>true</Enabled>", "<NetworkMode>Direct</NetworkMode>", "<ExternalIP>172.16.13.119</ExternalIP>",
                "<ExternalPort>6180</ExternalPort>", "<InternalPort>6180</InternalPort>", "<Description>Cloud gateway server 01</Description>",
                "<Link Rel=\"Up\" Type=\"BackupServerReference\" Href=\"" + server.base() + "/backupServers/" + Api.BS2 + "\" Name=\"172.24.31.67\" />");
        assertOrder(entity.body(), "<Links>", "<Enabled>", "<NetworkMode>", "<ExternalIP>", "<ExternalPort>", "<InternalPort>", "<Description>");
    }

    @Test
    void thePagesJsonExampleCreatesAGatewayAndAnswersInJson() {
        Api json = server.api().logon().accept(Api.JSON);
        Api.Response accepted = json.post("/cloud/gateways", Api.JSON, PAGE_JSON);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body()).startsWith("{\"TaskId\":\"task-1\",\"State\":\"Running\",\"Operation\":\"CreateCloudGateway\",\"Links\":[");
        Api.Response done = json.awaitTask(accepted.header("Location"));
        assertThat(done.body()).contains("\"Result\":{\"Message\":\"Ok\",\"Success\":true}", "\"Name\":\"\",\"Type\":\"CloudGateway\"");
        String href = done.find("\"Rel\":\"Related\",\"Href\":\"([^\"]+)\"");
        Api.Response entity = json.get(href);
        assertThat(entity.body()).startsWith("{\"Enabled\":true,\"NetworkMode\":\"Direct\",\"ExternalIP\":\"172.16.14.11\",\"ExternalPort\":6180,"
                + "\"InternalPort\":6180,\"Description\":\"Cloud gateway server 01\",\"Name\":\"srv01.tech.local\",\"UID\":\"urn:veeam:CloudGateway:");
    }

    @Test
    void natGatewayByLegacyBackupServerNameWithDefaults() {
        String body = "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><BackupServerIdOrName>VBR01.tech.local</BackupServerIdOrName>"
                + "<ServerHostName>gw02.tech.local</ServerHostName><ExternalIp>203.0.113.10</ExternalIp><NetworkType>nat</NetworkType>"
                + "</CreateCloudGatewaySpec>";
        Api.Response done = api.awaitTask(api.post("/cloud/gateways", Api.XML, body).header("Location"));
        Api.Response entity = api.get(done.find("Rel=\"Related\" Type=\"CloudGateway\" Href=\"([^\"]+)\""));
        assertThat(entity.body()).contains("<NetworkMode>NAT</NetworkMode>", "<ExternalIP>203.0.113.10</ExternalIP>",
                "<ExternalPort>6180</ExternalPort>", "<InternalPort>6180</InternalPort>", "<Description />");
    }

    @Test
    void xsdGeneratedClientsZeroPortsAndEmptyElementsMeanAbsent() {
        String body = "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>gw03.tech.local</ServerHostName>"
                + "<Description></Description><ExternalIp/><ExternalPort>7000</ExternalPort><NetworkType>Direct</NetworkType>"
                + "<InternalPort>0</InternalPort><BackupServerUid>" + Api.BS1 + "</BackupServerUid><Links><Link Rel=\"x\" Href=\"y\"/></Links>"
                + "</CreateCloudGatewaySpec>";
        Api.Response done = api.awaitTask(api.post("/cloud/gateways", Api.XML, body).header("Location"));
        assertThat(done.body()).contains("Success=\"true\"");
        Api.Response entity = api.get(done.find("Rel=\"Related\" Type=\"CloudGateway\" Href=\"([^\"]+)\""));
        assertThat(entity.body()).contains("<ExternalPort>7000</ExternalPort>", "<InternalPort>7000</InternalPort>",
                "<ExternalIP>172.16.13.103</ExternalIP>");
    }

    static void assertOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertThat(next).as(part + " after position " + at).isGreaterThan(at);
            at = next;
        }
    }
}
