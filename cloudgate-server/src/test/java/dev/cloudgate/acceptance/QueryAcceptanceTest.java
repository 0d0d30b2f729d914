package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_SECOND_SITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/query} and {@code /api/querySvc} over HTTP (SPEC §5.11, §6). The state: five
 * gateways (creation order gw01, gw02, gw03, 172.16.13.119 on vbr01; srv01 on 172.24.31.67),
 * gw02 behind NAT on port 6181, gw03 disabled, and one pool on each backup server.
 */
class QueryAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;
    static String gw01;
    static String gw02;
    static String gw03;
    static String gw119;
    static String srv01;

    @BeforeAll
    static void start() {
        api = server.api().logon().accept(Api.XML);
        Fixtures.dropSeededPool(api);
        gw01 = Fixtures.gateway(api, "gw01.tech.local", Api.BS1);
        gw02 = Fixtures.gateway(api, "gw02.tech.local", Api.BS1,
                "<ExternalIp>203.0.113.20</ExternalIp><ExternalPort>6181</ExternalPort><NetworkType>NAT</NetworkType>");
        gw03 = Fixtures.gateway(api, "gw03.tech.local", Api.BS1);
        Fixtures.succeeds(api, api.put("/cloud/gateways/" + gw03, Api.XML,
                "<CloudGateway xmlns=\"http://www.veeam.com/ent/v1.0\"><Enabled>false</Enabled></CloudGateway>"));
        gw119 = Fixtures.gateway(api, "172.16.13.119", Api.BS1);
        srv01 = Fixtures.gateway(api, "srv01.tech.local", Api.BS2);
        Fixtures.pool(api, "GatewayPool 1", List.of(gw01), List.of(TENANT_ABC), Api.BS1);
        Fixtures.pool(api, "Second Pool", List.of(srv01), List.of(TENANT_SECOND_SITE), Api.BS2);
    }

    /** Filters of SPEC §6.2–§6.4 and what they select, in result order; {@code |} separates names. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '~', textBlock = """
            CloudGateway     ~                                                    ~ gw01.tech.local|gw02.tech.local|gw03.tech.local|172.16.13.119|srv01.tech.local
            CloudGateway     ~ Name=="gw01.tech.local"                            ~ gw01.tech.local
            CloudGateway     ~ name==GW01.TECH.LOCAL                              ~ gw01.tech.local
            CloudGateway     ~ Name==“gw01.tech.local”                            ~ gw01.tech.local
            CloudGateway     ~ Name!="gw01.tech.local"                            ~ gw02.tech.local|gw03.tech.local|172.16.13.119|srv01.tech.local
            CloudGateway     ~ Name<"gw02"                                        ~ gw01.tech.local|172.16.13.119
            CloudGateway     ~ UID=={GW01}                                          ~ gw01.tech.local
            CloudGateway     ~ uid!=urn:veeam:CloudGateway:{GW01};BackupServerUid=={BS1} ~ gw02.tech.local|gw03.tech.local|172.16.13.119
            CloudGateway     ~ Enabled==false                                     ~ gw03.tech.local
            CloudGateway     ~ Enabled==TRUE;NetworkMode==nat                     ~ gw02.tech.local
            CloudGateway     ~ NetworkMode>Direct                                 ~ gw02.tech.local
            CloudGateway     ~ NetworkMode==NAT,Name==gw03.tech.local             ~ gw02.tech.local|gw03.tech.local
            CloudGateway     ~ (NetworkMode==NAT;Enabled==true),Name==gw03.tech.local ~ gw02.tech.local|gw03.tech.local
            CloudGateway     ~ Enabled==true;(Name==gw01.tech.local,Name==gw03.tech.local) ~ gw01.tech.local
            CloudGateway     ~ BackupServerName=="172.24.31.67"                   ~ srv01.tech.local
            CloudGateway     ~ BackupServerUId==urn:veeam:BackupServer:{BS2}        ~ srv01.tech.local
            CloudGateway     ~ ExternalPort>6180                                  ~ gw02.tech.local
            CloudGateway     ~ ExternalPort>=6180;ExternalPort<=6180              ~ gw01.tech.local|gw03.tech.local|172.16.13.119|srv01.tech.local
            CloudGateway     ~ ExternalIP==203.0.113.20                           ~ gw02.tech.local
            CloudGateway     ~ Name=="nothing"                                    ~
            CloudGatewayPool ~                                                    ~ GatewayPool 1|Second Pool
            CloudGatewayPool ~ Name=="gatewaypool 1"                              ~ GatewayPool 1
            CloudGatewayPool ~ BackupServerName==172.24.31.67                     ~ Second Pool
            BackupServer     ~ Port==9392                                         ~ vbr01.tech.local|172.24.31.67
            BackupServer     ~ IpOrDnsName=="172.24.31.67"                        ~ 172.24.31.67
            BackupServer     ~ Version=="13.0.1.1071";Name==vbr01.tech.local      ~ vbr01.tech.local
            ManagedServer    ~ ManagedServerType==Linux                           ~ lnx01.tech.local|lnx02.tech.local
            ManagedServer    ~ BackupServerName==172.24.31.67;ManagedServerType==Windows ~ srv01.tech.local|srv02.tech.local|172.16.13.119
            ManagedServer    ~ ManagedServerType<Windows;BackupServerUid=={BS1}   ~ vbr01.tech.local|lnx01.tech.local
            CloudTenant      ~ Enabled==true;BackupServerUid=={BS1}               ~ ABC Company|XYZ Corporation
            CloudTenant      ~ Name!="ABC Company"                                ~ XYZ Corporation|Second Site Tenant
            """)
    void filtersSelectTheExpectedObjects(String type, String filter, String expected) {
        String query = "type=" + type + (filter == null ? "" : "&filter=" + encode(ids(filter)));
        Api.Response r = api.get("/query?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(refNames(r.body())).isEqualTo(expected == null ? List.of() : List.of(expected.split("\\|")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            sortAsc=name                    ~ 172.16.13.119|gw01.tech.local|gw02.tech.local|gw03.tech.local|srv01.tech.local
            SORTDESC=Name                   ~ srv01.tech.local|gw03.tech.local|gw02.tech.local|gw01.tech.local|172.16.13.119
            sortDesc=ExternalPort           ~ gw02.tech.local|gw01.tech.local|gw03.tech.local|172.16.13.119|srv01.tech.local
            sortAsc=Enabled                 ~ gw03.tech.local|gw01.tech.local|gw02.tech.local|172.16.13.119|srv01.tech.local
            """)
    void sortsWithTiesInCreationOrder(String sort, String expected) {
        assertThat(refNames(api.get("/query?type=CloudGateway&" + sort).body())).isEqualTo(List.of(expected.split("\\|")));
    }

    /** SPEC §6.6: what a malformed query gets; the message names what is wrong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            format=Entities                                        ~ 400 ~ type
            type=Nope                                              ~ 400 ~ Nope
            type=Job                                               ~ 501 ~ not implemented
            type=VmRestorePoint&pageSize=0                         ~ 501 ~ not implemented
            type=CloudGateway&format=Everything                    ~ 400 ~ format
            type=CloudGateway&sortAsc=name&sortDesc=name           ~ 400 ~ sortDesc
            type=CloudGateway&sortAsc=Colour                       ~ 400 ~ Colour
            type=CloudGateway&filter=Colour==red                   ~ 400 ~ Colour
            type=CloudGateway&filter=(Name==a                      ~ 400 ~ parenthes
            type=CloudGateway&filter=Name==a)                      ~ 400 ~ )
            type=CloudGateway&filter=Name                          ~ 400 ~ operator
            type=CloudGateway&filter=Name=="unterminated           ~ 400 ~ quote
            type=CloudGateway&filter=Name==a;                      ~ 400 ~ filter
            type=CloudGateway&filter=Enabled==maybe                ~ 400 ~ maybe
            type=CloudGateway&filter=Enabled>true                  ~ 400 ~ Enabled
            type=CloudGateway&filter=ExternalPort>abc              ~ 400 ~ abc
            type=CloudGateway&filter=NetworkMode==Satellite        ~ 400 ~ Satellite
            type=CloudGateway&filter=UID==urn:veeam:CloudTenant:{GW01}~ 400 ~ UID
            type=CloudGateway&filter=UID==12345                    ~ 400 ~ 12345
            type=CloudGateway&pageSize=0                           ~ 400 ~ pageSize
            type=CloudGateway&pageSize=-3                          ~ 400 ~ pageSize
            type=CloudGateway&pageSize=ten                         ~ 400 ~ pageSize
            type=CloudGateway&page=0                               ~ 400 ~ page
            type=CloudReplica                                      ~ 501 ~ not implemented
            type=CloudTenant&filter=Type==Toaster                  ~ 400 ~ Type
            type=Repository&filter=Kind==Cloud                     ~ 400 ~ Kind
            """)
    void malformedQueriesAreRefused(String query, int status, String fragment) {
        Api.Response r = api.get("/query?" + encode(ids(query)));
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains("<Error ").contains("StatusCode=\"" + status + "\"").containsIgnoringCase(fragment);
        Api.Response json = server.api().token(api.token()).accept(Api.JSON).get("/query?" + encode(ids(query)));
        assertThat(Fixtures.json(json).get("StatusCode").asInt()).isEqualTo(status);
    }

    @Test
    void pagesThroughResultsToTheLastPageAndBeyond() {
        String b = server.base();
        Api.Response first = api.get("/query?type=CloudGateway&pageSize=2");
        assertThat(refNames(first.body())).containsExactly("gw01.tech.local", "gw02.tech.local");
        assertThat(first.body()).contains("""
                  <PagingInfo PageNum="1" PageSize="2" PagesCount="3">
                    <Links>
                      <Link Rel="First" Href="%1$s/query?type=CloudGateway&amp;pageSize=2&amp;page=1" />
                      <Link Rel="Next" Href="%1$s/query?type=CloudGateway&amp;pageSize=2&amp;page=2" />
                      <Link Rel="Last" Href="%1$s/query?type=CloudGateway&amp;pageSize=2&amp;page=3" />
                    </Links>
                  </PagingInfo>
                </QueryResult>""".formatted(b));

        Api.Response last = api.get("/query?type=CloudGateway&pageSize=2&page=3");
        assertThat(refNames(last.body())).containsExactly("srv01.tech.local");
        assertThat(last.body()).contains("<PagingInfo PageNum=\"3\" PageSize=\"2\" PagesCount=\"3\">")
                .contains("Rel=\"Previous\" Href=\"" + b + "/query?type=CloudGateway&amp;pageSize=2&amp;page=2\"")
                .doesNotContain("Rel=\"Next\"");

        Api.Response beyond = api.get("/query?type=CloudGateway&pageSize=2&page=7");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.body()).contains("<Refs />").contains("<PagingInfo PageNum=\"7\" PageSize=\"2\" PagesCount=\"3\">")
                .contains("Rel=\"Last\" Href=\"" + b + "/query?type=CloudGateway&amp;pageSize=2&amp;page=3\"");
        assertThat(refNames(beyond.body())).isEmpty();

        Api.Response entitiesBeyond = api.get("/query?type=CloudGateway&format=Entities&pageSize=5&page=2");
        assertThat(entitiesBeyond.body()).contains("<Entities>\n    <CloudGateways />\n  </Entities>");
    }

    /** SPEC §6.5, §7 A20, A52: all on one page of at least 100 by default; links repeat the query as received. */
    @Test
    void defaultPagingAndLinksKeepTheRequestAsReceived() {
        String b = server.base();
        Api.Response all = api.get("/query?type=CloudGateway");
        assertThat(all.body()).contains("<PagingInfo PageNum=\"1\" PageSize=\"100\" PagesCount=\"1\">")
                .doesNotContain("Rel=\"Next\"").doesNotContain("Rel=\"Previous\"");
        Api.Response kept = api.get("/query?TYPE=cloudgateway&Filter=Enabled==true&PAGESIZE=1&Page=2&sortAsc=name");
        assertThat(refNames(kept.body())).containsExactly("gw01.tech.local");
        assertThat(kept.body()).contains("Rel=\"First\" Href=\"" + b
                + "/query?TYPE=cloudgateway&amp;Filter=Enabled==true&amp;sortAsc=name&amp;pageSize=1&amp;page=1\"");
        Api.Response empty = server.api().token(api.token()).accept(Api.JSON).get("/query?type=CloudGateway&filter=Name==nothing");
        assertThat(Fixtures.json(empty)).isEqualTo(Fixtures.json("""
                {"Refs": {},
                 "PagingInfo": {"Links": [
                    {"Rel": "First", "Href": "%1$s/query?type=CloudGateway&filter=Name==nothing&pageSize=100&page=1"},
                    {"Rel": "Last", "Href": "%1$s/query?type=CloudGateway&filter=Name==nothing&pageSize=100&page=1"}],
                  "PageNum": 1, "PageSize": 100, "PagesCount": 1}}""".formatted(b)));
    }

    /** The second example of SPEC §6.5, in XML and JSON (property order included). */
    @Test
    void backupServerReferencesWithPagingMatchTheSpecExample() {
        String b = server.base();
        Api.Response xml = api.get("/query?type=BackupServer&pageSize=1");
        assertThat(withoutSchemaDeclarations(xml.body())).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <QueryResult xmlns="http://www.veeam.com/ent/v1.0">
                  <Refs>
                    <Ref Type="BackupServerReference" Href="%1$s/backupServers/%2$s" Name="vbr01.tech.local" UID="urn:veeam:BackupServer:%2$s">
                      <Links>
                        <Link Rel="Down" Type="JobReferenceList" Href="%1$s/backupServers/%2$s/jobs" />
                        <Link Rel="Down" Type="RepositoryReferenceList" Href="%1$s/backupServers/%2$s/repositories" />
                        <Link Rel="Down" Type="ExternalRepositoryReferenceList" Href="%1$s/backupServers/%2$s/externalRepositories" />
                        <Link Rel="Down" Type="CredentialsList" Href="%1$s/backupServers/%2$s/credentials" />
                        <Link Rel="Down" Type="PasswordKeyList" Href="%1$s/backupServers/%2$s/passwords" />
                        <Link Rel="Alternate" Type="BackupServer" Href="%1$s/backupServers/%2$s?format=Entity" Name="vbr01.tech.local" />
                        <Link Rel="Down" Type="ManagedServerReferenceList" Href="%1$s/backupServers/%2$s/managedServers" />
                      </Links>
                    </Ref>
                  </Refs>
                  <PagingInfo PageNum="1" PageSize="1" PagesCount="2">
                    <Links>
                      <Link Rel="First" Href="%1$s/query?type=BackupServer&amp;pageSize=1&amp;page=1" />
                      <Link Rel="Next" Href="%1$s/query?type=BackupServer&amp;pageSize=1&amp;page=2" />
                      <Link Rel="Last" Href="%1$s/query?type=BackupServer&amp;pageSize=1&amp;page=2" />
                    </Links>
                  </PagingInfo>
                </QueryResult>
                """.formatted(b, Api.BS1));
        Api.Response json = server.api().token(api.token()).accept(Api.JSON).get("/query?type=BackupServer&pageSize=1");
        String body = json.body();
        assertThat(body).startsWith("{\"Refs\":{\"Refs\":[{\"Links\":[").contains("\"Type\":\"BackupServerReference\"}]},\"PagingInfo\":{\"Links\":[")
                .endsWith("],\"PageNum\":1,\"PageSize\":1,\"PagesCount\":2}}");
        assertThat(Fixtures.json(json).get("PagingInfo").get("Links").get(1)).isEqualTo(Fixtures.json(
                "{\"Rel\": \"Next\", \"Href\": \"" + b + "/query?type=BackupServer&pageSize=1&page=2\"}"));
    }

    @Test
    void entitiesComeInTheirPluralListPerType() {
        assertThat(api.get("/query?type=CloudGateway&format=Entities&filter=" + encode("Name==\"gw02.tech.local\"")).body())
                .contains("<Entities>\n    <CloudGateways>\n      <CloudGateway Type=\"CloudGateway\"")
                .contains("<NetworkMode>NAT</NetworkMode>").contains("<ExternalPort>6181</ExternalPort>");
        assertThat(api.get("/query?type=CloudGatewayPool&format=Entity&filter=" + encode("Name==\"Second Pool\"")).body())
                .contains("<CloudGatewayPools>").contains("<CloudTenantUid>urn:veeam:CloudTenant:" + TENANT_SECOND_SITE);
        assertThat(api.get("/query?type=BackupServer&format=entities").body()).contains("<BackupServers>").contains("<WcfPort>9405</WcfPort>");
        assertThat(api.get("/query?type=ManagedServer&format=Entities&filter=ManagedServerType==Local").body())
                .contains("<ManagedServers>").contains("<ManagedServerType>Local</ManagedServerType>");
        Api json = server.api().token(api.token()).accept(Api.JSON);
        var gateways = Fixtures.json(json.get("/query?type=CloudGateway&format=Entities&sortAsc=name&filter="
                + encode("BackupServerName==\"vbr01.tech.local\";Enabled==true")));
        assertThat(gateways.get("Entities").get("CloudGateways").get("CloudGateways").size()).isEqualTo(3);
        assertThat(gateways.get("Entities").get("CloudGateways").get("CloudGateways").get(0).get("Name").asText()).isEqualTo("172.16.13.119");
        assertThat(gateways.get("PagingInfo").get("PageSize").asInt()).isEqualTo(100);
    }

    /** SPEC §6.5: tasks are resources whatever the format, and only the caller session's (§4). */
    @Test
    void tasksAreTheCallersOwnResources() {
        Api.Response xml = api.get("/query?type=Task&filter=Operation==CreateCloudGatewayPool&format=Entities");
        assertThat(xml.body()).contains("<Resources>\n    <Tasks>\n      <Task Type=\"Task\"")
                .contains("<Operation>CreateCloudGatewayPool</Operation>").doesNotContain("<Operation>CreateCloudGateway</Operation>");
        assertThat(xml.body().split("<Task Type=").length - 1).isEqualTo(2);
        assertThat(api.get("/query?type=task&filter=State==Finished;TaskUid==task-1").body()).contains("<TaskId>task-1</TaskId>")
                .doesNotContain("<TaskId>task-2</TaskId>");
        // Ten tasks: the two deletes of the seeded pool and gateway, then the eight of start().
        assertThat(refNamesOfTasks(api.get("/query?type=Task&sortDesc=TaskId&pageSize=3").body())).containsExactly("task-10", "task-9", "task-8");

        Api json = server.api().token(api.token()).accept(Api.JSON);
        var tasks = Fixtures.json(json.get("/query?type=Task&filter=TaskId==task-1"));
        assertThat(tasks.get("Resources").get("Tasks").get("Tasks").get(0).get("TaskId").asText()).isEqualTo("task-1");

        Api other = server.api().logon().accept(Api.XML);
        assertThat(other.get("/query?type=Task").body()).contains("<Resources>\n    <Tasks />\n  </Resources>");
    }

    /** SPEC §2.5, §7 A40: a Restore Operator may query tasks only, and the 403 comes before any 400. */
    @Test
    void restoreOperatorsMayQueryTasksOnly() {
        Api restore = server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD).accept(Api.XML);
        for (String query : List.of("type=CloudGateway", "type=cloudgatewaypool", "type=BackupServer&pageSize=0",
                "type=CloudTenant&format=Entities", "type=Job", "type=Nope&filter=((", "type=ManagedServer&sortAsc=a&sortDesc=b")) {
            Api.Response r = restore.get("/query?" + query);
            assertThat(r.status()).as(query).isEqualTo(403);
            assertThat(r.body()).contains("Message=\"Access denied.\"");
        }
        assertThat(restore.get("/query?type=Task").status()).isEqualTo(200);
        assertThat(restore.get("/query?type=TASK&pageSize=0").status()).isEqualTo(400);
        assertThat(restore.get("/query").status()).isEqualTo(400);

        Api.Response svc = restore.get("/querySvc");
        assertThat(svc.body()).contains("Type=\"TaskList\"").doesNotContain("CloudGatewayList").doesNotContain("BackupServerList");
        assertThat(svc.body().split("<Link ").length - 1).isEqualTo(2);

        Api portal = server.api().logon(Api.PORTAL_USER, Api.PASSWORD).accept(Api.XML);
        assertThat(portal.get("/query?type=CloudGateway").status()).isEqualTo(200);
        assertThat(portal.get("/query?type=CloudTenant").status()).isEqualTo(200);
    }

    @Test
    void queryServiceListsThePreconfiguredQueries() {
        String b = server.base();
        Api.Response xml = api.get("/querySvc");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.body()).contains("<QuerySvc xmlns=\"http://www.veeam.com/ent/v1.0\"")
                .contains("Type=\"QueryService\" Href=\"" + b + "/querySvc\">")
                .contains("<Link Rel=\"Down\" Type=\"TaskList\" Href=\"" + b
                        + "/query?type=Task&amp;format=Entities&amp;sortAsc=TaskUid&amp;pageSize=15&amp;page=1\" />")
                .contains("<Link Rel=\"Down\" Type=\"CloudGatewayPoolList\" Href=\"" + b
                        + "/query?type=CloudGatewayPool&amp;format=Entities&amp;sortAsc=Name&amp;pageSize=15&amp;page=1\" />");
        var json = Fixtures.json(server.api().token(api.token()).accept(Api.JSON).get("/querySvc"));
        assertThat(json.get("Type").asText()).isEqualTo("QueryService");
        assertThat(json.get("Links").size()).isEqualTo(11);
        assertThat(json.get("Links").get(0).get("Rel").asText()).isEqualTo("Up");
        assertThat(json.get("Links").get(0).get("Href").asText()).startsWith(b + "/logonSessions/");
        // Every preconfigured query answers, the tenant entities too since the tenant slice (SPEC-tenants §2.8).
        for (var link : json.get("Links")) {
            if (link.get("Rel").asText().equals("Down")) {
                int expected = 200;
                assertThat(api.get(link.get("Href").asText()).status()).as(link.get("Href").asText()).isEqualTo(expected);
            }
        }
        assertThat(api.post("/querySvc", Api.XML, "<x/>").status()).isEqualTo(405);
        assertThat(server.api().accept(Api.XML).get("/query?type=Task").status()).isEqualTo(401);
    }

    private static List<String> refNames(String xml) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<Ref Type=\"[^\"]*\" Href=\"[^\"]*\" Name=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> refNamesOfTasks(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<TaskId>([^<]*)</TaskId>").matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String ids(String text) {
        return text.replace("{GW01}", gw01).replace("{BS1}", Api.BS1).replace("{BS2}", Api.BS2);
    }

    /** Percent-encodes what a URI may not carry raw (quotes, angle brackets, spaces, non-ASCII); the rest stays as typed. */
    static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (byte b : query.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>{}|\\^`".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String withoutSchemaDeclarations(String xml) {
        return xml.replace(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"", "")
                .replace(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
    }
}
