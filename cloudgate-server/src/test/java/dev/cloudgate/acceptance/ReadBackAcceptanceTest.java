package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** Reading gateways and the seeded infrastructure back (SPEC §5.4, §5.5, §5.7.1, §5.7.2). */
class ReadBackAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;
    static String gatewayId;

    @BeforeAll
    static void createGateway() {
        api = server.admin();
        String spec = "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>gw01.tech.local</ServerHostName>"
                + "<Description>Cloud gateway 01</Description><ExternalIp>203.0.113.10</ExternalIp><ExternalPort>6180</ExternalPort>"
                + "<NetworkType>NAT</NetworkType><InternalPort>6180</InternalPort><BackupServerUid>urn:veeam:BackupServer:" + Api.BS1
                + "</BackupServerUid></CreateCloudGatewaySpec>";
        Api.Response done = api.awaitTask(api.post("/cloud/gateways", Api.XML, spec).header("Location"));
        gatewayId = done.find("/cloud/gateways/([0-9a-f-]{36})\\?format=Entity");
    }

    @Test
    void gatewayReferenceListHasUpAndAlternateLinks() {
        String href = server.base() + "/cloud/gateways/" + gatewayId;
        Api.Response r = api.accept(null).get("/cloud/gateways");
        assertThat(r.body()).contains("<EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\"",
                "<Ref Type=\"CloudGatewayReference\" Href=\"" + href + "\" Name=\"gw01.tech.local\" UID=\"urn:veeam:CloudGateway:" + gatewayId + "\">",
                "<Link Rel=\"Up\" Type=\"BackupServerReference\" Href=\"" + server.base() + "/backupServers/" + Api.BS1 + "\" Name=\"vbr01.tech.local\" />",
                "<Link Rel=\"Alternate\" Type=\"CloudGateway\" Href=\"" + href + "?format=Entity\" Name=\"gw01.tech.local\" />");
        Api.Response json = api.accept(Api.JSON).get("/cloud/gateways");
        assertThat(json.body()).startsWith("{\"Refs\":[{\"Links\":[{\"Rel\":\"Up\"").contains("\"Type\":\"CloudGatewayReference\"}]}");
    }

    @Test
    void gatewayEntityAndReferenceByIdInBothFormatsAndIdForms() {
        String href = server.base() + "/cloud/gateways/" + gatewayId;
        Api.Response ref = api.accept(null).get("/cloud/gateways/" + gatewayId.toUpperCase());
        assertThat(ref.body()).contains("<EntityRef xmlns=\"http://www.veeam.com/ent/v1.0\"", "Type=\"CloudGatewayReference\"");
        Api.Response entity = api.accept(null).get("/cloud/gateways/urn:veeam:CloudGateway:" + gatewayId + "?format=entity");
        assertThat(entity.body()).contains("<Link Rel=\"Edit\" Type=\"CloudGatewayReference\" Href=\"" + href + "\" Name=\"gw01.tech.local\" />",
                "<Link Rel=\"Delete\" Href=\"" + href + "\" />", "<ExternalIP>203.0.113.10</ExternalIP>", "<NetworkMode>NAT</NetworkMode>");
        Api.Response json = api.accept(Api.JSON).get("/cloud/gateways/" + gatewayId + "?format=Entity");
        assertThat(json.body()).startsWith("{\"Enabled\":true,\"NetworkMode\":\"NAT\",\"ExternalIP\":\"203.0.113.10\",\"ExternalPort\":6180,"
                + "\"InternalPort\":6180,\"Description\":\"Cloud gateway 01\",\"Name\":\"gw01.tech.local\",\"UID\":\"urn:veeam:CloudGateway:" + gatewayId
                + "\",\"Links\":[").endsWith("\"Href\":\"" + href + "?format=Entity\",\"Type\":\"CloudGateway\"}");
        Api.Response list = api.accept(Api.JSON).get("/cloud/gateways?format=Entity");
        assertThat(list.body()).startsWith("{\"CloudGateways\":[{\"Enabled\":true");
    }

    @Test
    void backupServersAndManagedServersShowTheSeed() {
        Api.Response refs = api.accept(null).get("/backupServers");
        assertThat(refs.body()).contains("UID=\"urn:veeam:BackupServer:" + Api.BS1 + "\"", "UID=\"urn:veeam:BackupServer:" + Api.BS2 + "\"",
                "Type=\"ExternalRepositoryReferenceList\"");
        Api.Response entity = api.accept(null).get("/backupServers/" + Api.BS1 + "?format=Entity");
        assertThat(entity.body()).contains("<BackupServer xmlns", "<Port>9392</Port>", "<Version>13.0.1.1071</Version>", "<WcfPort>9405</WcfPort>",
                "Rel=\"Start\" Href=\"" + server.base() + "/backupServers/" + Api.BS1 + "?action=collect\"");
        Api.Response entities = api.accept(Api.JSON).get("/backupServers?format=Entity");
        assertThat(entities.body()).startsWith("{\"BackupServers\":[{\"Description\":\"Service provider backup server\",\"Port\":9392,");
        Api.Response managed = api.accept(null).get("/managedServers?format=Entity");
        assertThat(managed.body()).contains("<ManagedServerType>Windows</ManagedServerType>", "<ManagedServerType>Linux</ManagedServerType>",
                "Name=\"gw01.tech.local\"", "Rel=\"Related\" Type=\"HierarchyRoot\"");
        Api.Response ofServer = api.accept(null).get("/backupServers/" + Api.BS2 + "/managedServers");
        assertThat(ofServer.body()).contains("srv01.tech.local").doesNotContain("gw01.tech.local");
        Api.Response one = api.accept(null).get("/managedServers/a5352877-3b99-4e2a-8700-400cb3eefb56");
        assertThat(one.body()).contains("<EntityRef", "Type=\"ManagedServerReference\"", "Name=\"gw01.tech.local\"");
        assertThat(api.get("/managedServers/00000000-0000-4000-8000-000000000000").status()).isEqualTo(404);
        assertThat(api.get("/backupServers/00000000-0000-4000-8000-000000000000?format=Entity").status()).isEqualTo(404);
    }

    @Test
    void tasksAreListedForTheirOwnSessionOnlyAndCanBeDeleted() {
        Api other = server.api().logon();
        assertThat(other.accept(null).get("/tasks").body()).doesNotContain("<Task ");
        assertThat(other.get("/tasks/task-1").status()).isEqualTo(404);
        assertThat(api.accept(null).get("/tasks").body()).contains("<Tasks xmlns", "<TaskId>task-1</TaskId>");
        assertThat(api.accept(Api.JSON).get("/tasks").body()).startsWith("{\"Tasks\":[{\"TaskId\":\"task-1\"");
        Api.Response second = api.post("/cloud/gateways", Api.XML, "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\">"
                + "<ServerHostName>nowhere</ServerHostName><NetworkType>Direct</NetworkType><BackupServerUid>" + Api.BS1 + "</BackupServerUid>"
                + "</CreateCloudGatewaySpec>");
        api.awaitTask(second.header("Location"));
        assertThat(api.delete(second.header("Location")).status()).isEqualTo(204);
        assertThat(api.get(second.header("Location")).status()).isEqualTo(404);
        assertThat(api.delete(second.header("Location")).status()).isEqualTo(404);
    }
}
