package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.ABC_RESOURCE;
import static dev.cloudgate.acceptance.DemoSeed.BS1;
import static dev.cloudgate.acceptance.DemoSeed.BS1_UID;
import static dev.cloudgate.acceptance.DemoSeed.BS2;
import static dev.cloudgate.acceptance.DemoSeed.ORG;
import static dev.cloudgate.acceptance.DemoSeed.ORG_VDC;
import static dev.cloudgate.acceptance.DemoSeed.POOL_1;
import static dev.cloudgate.acceptance.DemoSeed.REPO_01_UID;
import static dev.cloudgate.acceptance.DemoSeed.REPO_02_UID;
import static dev.cloudgate.acceptance.DemoSeed.REPO_CLOUD_UID;
import static dev.cloudgate.acceptance.DemoSeed.REPO_SITE_B_UID;
import static dev.cloudgate.acceptance.DemoSeed.SILVER_UID;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_XYZ;
import static dev.cloudgate.acceptance.DemoSeed.WAN;
import static dev.cloudgate.acceptance.DemoSeed.WAN_UID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tenants over real HTTP (SPEC-tenants §4.2, §5, §6.1–§6.5, §6.10, §7): what a client reads, creates,
 * edits and deletes, in XML and JSON, with the task messages of §7.3 and nothing half made.
 */
class TenantWritesAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;
    static String pool;

    @BeforeAll
    static void start() {
        api = server.api().logon();
        pool = Fixtures.gatewayPool1(api);
    }

    // --- reads

    @Test
    void theTenantEntityIsTheSpecExampleByteForByteInXmlAndJson() {
        Api.Response xml = api.accept(Api.XML).get("/cloud/tenants/" + TENANT_ABC + "?format=Entity");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(normalized(xml.body())).isEqualTo(example("tenant.xml"));
        Api.Response json = api.accept(Api.JSON).get("/cloud/tenants/urn:veeam:CloudTenant:" + TENANT_ABC.toUpperCase() + "?format=entity");
        assertThat(Fixtures.json(json)).isEqualTo(Fixtures.json(example("tenant.json")));
        assertThat(json.body()).doesNotContain("Password");
    }

    @Test
    void entityListsHoldEveryTenantAndAPoolListsItsTenantsAsEntities() {
        Api.Response all = api.accept(Api.XML).get("/cloud/tenants?format=Entity");
        assertThat(all.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CloudTenants xmlns=\"http://www.veeam.com/ent/v1.0\"")
                .contains("Name=\"ABC Company\"", "Name=\"XYZ Corporation\"", "Name=\"Second Site Tenant\"");
        JsonNode ofPool = Fixtures.json(api.accept(Api.JSON).get("/cloud/gatewayPools/" + pool + "/tenants?format=Entity"));
        assertThat(ofPool.get("CloudTenants").get(0).get("UID").asText()).isEqualTo("urn:veeam:CloudTenant:" + TENANT_ABC);
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_ABC + "/gatewayPools?format=Entity"))
                .get("CloudGatewayPools").get(0).get("Name").asText()).isEqualTo("GatewayPool 1");
        Api.Response xyz = api.accept(Api.XML).get("/cloud/tenants/" + TENANT_XYZ + "?format=Entity");
        assertThat(xyz.body()).contains("<Resources />", "<LeaseOptions Enabled=\"false\" />")
                .doesNotContain("CloudGatewayPools", "FailoverToOtherGatewaysIfFail", "LastActive");
    }

    @Test
    void backupResourcesAreListedAndReadAsTheSpecShowsThem() {
        Api.Response one = api.accept(Api.XML).get("/cloud/tenants/urn:veeam:CloudTenant:" + TENANT_ABC
                + "/resources/2FCC7F11-2a33-448d-a242-ba8f0618c97b");
        assertThat(normalized(one.body())).isEqualTo(example("resource.xml"));
        JsonNode list = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_ABC + "/resources"));
        assertThat(list.get("CloudTenantResources").get(0)).isEqualTo(Fixtures.json(example("resource.json")));
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_XYZ + "/resources").body()).isEqualTo("{\"CloudTenantResources\":[]}");
        assertThat(normalized(api.accept(Api.XML).get("/cloud/tenants/" + TENANT_XYZ + "/resources").body()))
                .endsWith("<CloudTenantResources xmlns=\"http://www.veeam.com/ent/v1.0\" />\n");
    }

    @Test
    void unknownTenantsResourcesAndWrongKindsAre404WithTheSpecMessages() {
        Api xml = api.accept(Api.XML);
        Api.Response tenant = xml.get("/cloud/tenants/0b0b0b0b-0000-4000-8000-000000000009/resources/nothing");
        assertThat(tenant.status()).isEqualTo(404);
        assertThat(tenant.body()).contains("Cloud tenant [0b0b0b0b-0000-4000-8000-000000000009] was not found.");
        Api.Response resource = xml.get("/cloud/tenants/" + TENANT_XYZ + "/resources/" + ABC_RESOURCE);
        assertThat(resource.status()).isEqualTo(404);
        assertThat(resource.body()).contains("Backup resource [" + ABC_RESOURCE + "] was not found.");
        assertThat(xml.get("/cloud/tenants/urn:veeam:CloudGateway:" + TENANT_ABC + "?format=Entity").status()).isEqualTo(404);
        assertThat(xml.delete("/cloud/tenants/" + TENANT_ABC + "/resources/not-a-uuid").status()).isEqualTo(404);
        assertThat(xml.put("/cloud/tenants/0b0b0b0b-0000-4000-8000-000000000009", Api.XML, "<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\" />")
                .status()).isEqualTo(404);
    }

    // --- create

    @Test
    void theSpecCreateExampleMakesTheTenantWithItsQuotaSubscriptionAndPool() {
        String name = "Tri-M Company";
        Api.Response accepted = api.accept(Api.XML).post("/cloud/tenants", Api.XML, createXml(name, REPO_01_UID, 307200, pool));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body()).contains("<State>Running</State>", "<Operation>CreateCloudTenant</Operation>").doesNotContain("Str0ng");
        Api.Response task = Fixtures.finished(api, accepted);
        assertThat(task.body()).contains("<Result Success=\"true\">", "<Message>Ok</Message>");
        String id = Fixtures.relatedId(task, "/cloud/tenants/");
        assertThat(task.body()).contains("<Link Rel=\"Related\" Type=\"CloudTenant\" Href=\"" + server.base() + "/cloud/tenants/" + id
                + "?format=Entity\" Name=\"Tri-M Company\" />");

        String entity = api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body();
        assertThat(entity).contains("<Password />", "<Description>Tenant account for Tri-M Company</Description>",
                "<LeaseOptions Enabled=\"true\" ExpirationDate=\"2099-12-31T00:00:00Z\" />", "<DisplayName>Cloud Repository 01</DisplayName>",
                "<Quota>307200</Quota>", "<UsedQuota>0</UsedQuota>", "<LastResult>None</LastResult>",
                "<CloudHardwarePlanUid>" + SILVER_UID + "</CloudHardwarePlanUid>", "<PlatformType>VMware</PlatformType>",
                "<StorageName>Cloud Replicas</StorageName>", "<MaxConcurrentTasks>2</MaxConcurrentTasks>",
                "<Username>Tri-M Company</Username>", "<CloudGatewayPoolUid>urn:veeam:CloudGatewayPool:" + pool + "</CloudGatewayPoolUid>",
                "<FailoverToOtherGatewaysIfFail>true</FailoverToOtherGatewaysIfFail>")
                .doesNotContain("LastActive", "Str0ng");
        // T-B2: the pool holds the same pair, and its Related tenant link is there (SPEC A37).
        String poolEntity = api.accept(Api.XML).get("/cloud/gatewayPools/" + pool + "?format=Entity").body();
        assertThat(poolEntity).contains("<CloudTenantUid>urn:veeam:CloudTenant:" + id + "</CloudTenantUid>", "CloudTenantReferenceList");
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + id + "/gatewayPools").body()).contains("/cloud/gatewayPools/" + pool + "\"");
        delete(id);
    }

    @Test
    void theSpecJsonCreateExampleWorksToo() {
        String json = """
                {"Name": "Tri-M JSON", "Description": "Tenant account for Tri-M Company", "Password": "Str0ng-Pa55", "Enabled": true,
                 "LeaseExpirationDate": "2099-12-31T00:00:00",
                 "Resources": {"BackupResources": [{"Name": "", "RepositoryUid": "%s", "QuotaMb": 307200, "WanAcceleratorUid": ""}]},
                 "ThrottlingEnabled": false, "ThrottlingSpeedLimit": 1, "ThrottlingSpeedUnit": "MBps", "PublicIPCount": 1,
                 "BackupServerUID": "%s", "MaxConcurrentTasks": 2, "TenantType": "standalone",
                 "CloudGatewayPools": {"CloudGatewayPoolUids": ["%s"]}, "FailoverToOthersGatewaysIfFail": true}"""
                .formatted(REPO_01_UID, BS1_UID, pool);
        Api.Response task = Fixtures.finished(api, api.accept(Api.JSON).post("/cloud/tenants", Api.JSON, json));
        assertThat(task.body()).contains("<Result Success=\"true\">");
        String id = Fixtures.relatedId(task, "/cloud/tenants/");
        JsonNode entity = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + id + "?format=Entity"));
        assertThat(entity.get("LeaseOptions").get("ExpirationDate").asText()).isEqualTo("2099-12-31T00:00:00Z");
        assertThat(entity.get("PublicIpCount").asInt()).isEqualTo(1);
        assertThat(entity.get("FailoverToOtherGatewaysIfFail").asBoolean()).isTrue();
        assertThat(entity.get("Resources").get("CloudTenantResources").get(0).get("RepositoryQuota").get("DisplayName").asText())
                .isEqualTo("Cloud Repository 01");
        assertThat(entity.has("Password")).isFalse();
        delete(id);
    }

    @Test
    void createChecksThatNeedOtherObjectsFailTheTaskWithTheSpecMessagesAndMakeNothing() {
        int before = tenantCount();
        assertThat(failure(createXml("abc company", REPO_01_UID, 2048, pool)))
                .isEqualTo("Cloud tenant abc company already exists on backup server vbr01.tech.local.");
        assertThat(failure(createXml("Fail One", REPO_CLOUD_UID, 2048, pool))).isEqualTo("Repository Object Storage 01 cannot hold tenant quotas.");
        assertThat(failure(createXml("Fail Two", REPO_SITE_B_UID, 2048, pool)))
                .isEqualTo("Repository Site B Repository does not belong to backup server vbr01.tech.local.");
        String unknown = "urn:veeam:Repository:0b0b0b0b-0000-4000-8000-000000000009";
        assertThat(failure(createXml("Fail Three", unknown, 2048, pool))).isEqualTo("Repository " + unknown + " was not found.");
        assertThat(failure(createXml("Fail Four", REPO_01_UID, 2048, "0b0b0b0b-0000-4000-8000-000000000009")))
                .isEqualTo("Cloud gateway pool urn:veeam:CloudGatewayPool:0b0b0b0b-0000-4000-8000-000000000009 was not found.");
        assertThat(failure("""
                {"Name": "TECH\\\\nobody", "BackupServerUid": "%s", "TenantType": "ActiveDirectory",
                 "Domain": {"DomainName": "tech.local", "DomainAccout": "TECH\\\\administrator"}}""".formatted(BS1_UID), Api.JSON))
                .isEqualTo("Account TECH\\nobody was not found in domain tech.local.");
        assertThat(failure("""
                {"Name": "X", "Password": "p", "BackupServerUid": "%s", "PublicIpCount": 99}""".formatted(BS1_UID), Api.JSON))
                .isEqualTo("Cannot assign 99 public IP addresses: only 4 are free on backup server vbr01.tech.local.");
        assertThat(tenantCount()).isEqualTo(before);
        assertThat(api.accept(Api.XML).get("/cloud/gatewayPools/" + pool + "?format=Entity").body().split("<CloudTenantUid>", -1)).hasSize(2);
    }

    @Test
    void vcdAndActiveDirectoryTenantsOfTheSeededOrganizationAndDomainAreMade() {
        String vcd = """
                {"Name": "TechCompanyOrg", "BackupServerUid": "%s", "TenantType": "VCD",
                 "OrganizationRef": "%s",
                 "VCloudComputeResources": {"VCloudComputeResources": [{"VirtualDataCenterRef": "%s", "UseNetworkFailoverResources": false}]}}"""
                .formatted(BS1_UID, ORG, ORG_VDC);
        String vcdId = Fixtures.relatedId(Fixtures.finished(api, api.post("/cloud/tenants", Api.JSON, vcd)), "/cloud/tenants/");
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + vcdId + "?format=Entity").body())
                .contains("<OrganizationName>TechCompanyOrg</OrganizationName>", "<VirtualDataCenterName>TechCompanyOrgVDC</VirtualDataCenterName>");
        String ad = """
                <CreateCloudTenantSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <Name>TECH\\william.fox</Name>
                  <BackupServerUid>%s</BackupServerUid>
                  <TenantType>ActiveDirectory</TenantType>
                  <Domain>
                    <DomainName>tech.local</DomainName>
                    <DomainAccount>TECH\\administrator</DomainAccount>
                    <Port>389</Port>
                  </Domain>
                </CreateCloudTenantSpec>""".formatted(BS1_UID);
        String adId = Fixtures.relatedId(Fixtures.finished(api, api.post("/cloud/tenants", Api.XML, ad)), "/cloud/tenants/");
        String adEntity = api.accept(Api.XML).get("/cloud/tenants/" + adId + "?format=Entity").body();
        assertThat(adEntity).contains("<DomainName>tech.local</DomainName>", "<Account>TECH\\william.fox</Account>")
                .doesNotContain("administrator");
        delete(vcdId);
        delete(adId);
    }

    @Test
    void badCreateBodiesAre400WithTheSpecMessagesAndMakeNothing() {
        int before = tenantCount();
        Map<String, String> json = Map.ofEntries(
                Map.entry("{\"Name\": \"\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\"}",
                        "Name must be a non-empty string of at most 255 characters."),
                Map.entry("{\"Name\": \"" + "n".repeat(256) + "\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\"}",
                        "Name must be a non-empty string of at most 255 characters."),
                Map.entry("{\"Name\": \"N\", \"BackupServerUid\": \"" + BS1_UID + "\"}", "Password must be specified for a standalone tenant."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"LeaseExpirationDate\": \"2001-01-01T00:00:00Z\"}",
                        "LeaseExpirationDate must lie in the future."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"ThrottlingSpeedUnit\": \"mbps\"}",
                        "ThrottlingSpeedUnit must be one of Mbps, KBps, MBps."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"MaxConcurrentTasks\": 0}",
                        "MaxConcurrentTasks must be between 1 and 10000."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"Resources\": {\"BackupResources\":"
                        + " [{\"RepositoryUid\": \"" + REPO_01_UID + "\", \"QuotaMb\": 1023}]}}", "QuotaMb must be between 1024 and 2147483647."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"Resources\": {\"BackupResources\":"
                        + " [{\"RepositoryUid\": \"" + REPO_01_UID + "\", \"QuotaMb\": 2048}, {\"RepositoryUid\": \"" + REPO_01_UID.toUpperCase().replace("URN:VEEAM:REPOSITORY", "urn:veeam:Repository")
                        + "\", \"QuotaMb\": 4096}]}}", "is listed more than once."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"TenantType\": \"Tenant\"}",
                        "TenantType must be one of Standalone, vCD, ActiveDirectory."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"urn:veeam:BackupServer:0b0b0b0b-0000-4000-8000-000000000009\"}",
                        "was not found."),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"urn:veeam:CloudGateway:" + BS1 + "\"}", "BackupServerUid"),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"LeaseExpirationDate\": \"next year\"}",
                        "LeaseExpirationDate"),
                Map.entry("{\"Name\": \"N\", \"Password\": \"p\", \"BackupServerUid\": \"" + BS1_UID + "\", \"CloudGatewayPools\": {\"CloudGatewayPoolUids\":"
                        + " [\"urn:veeam:CloudTenant:" + pool + "\"]}}", "CloudGatewayPoolUid"),
                Map.entry("{\"Name\": ", "JSON"));
        json.forEach((body, message) -> {
            Api.Response r = api.accept(Api.JSON).post("/cloud/tenants", Api.JSON, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(body).contains(message);
        });
        for (String xml : List.of("<CreateCloudTenantSpec xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>N</Name>",
                "<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><Name>N</Name></CloudTenant>",
                createXml("N", REPO_01_UID, 307200, pool).replace("<QuotaMb>307200</QuotaMb>", "<QuotaMb>lots</QuotaMb>"),
                createXml("N", REPO_01_UID, 307200, pool).replace("<Enabled>true</Enabled>", "<Enabled>yes</Enabled>"),
                createXml("N", REPO_01_UID, 307200, pool).replace("2099-12-31T00:00:00Z", "31/12/2099"))) {
            Api.Response r = api.accept(Api.XML).post("/cloud/tenants", Api.XML, xml);
            assertThat(r.status()).as(xml).isEqualTo(400);
            assertThat(r.body()).as(xml).contains("<Error ");
        }
        assertThat(tenantCount()).isEqualTo(before);
    }

    // --- edit

    @Test
    void aClientPutsBackTheEntityItReadWithAPasswordAndOnlyWritableValuesChange() {
        String id = create("Round Trip Co", REPO_02_UID, 4096);
        String read = api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body();
        String body = read.replace("<Password />", "<Password>N3w-Pa55</Password>").replace("<Enabled>true</Enabled>", "<Enabled>false</Enabled>")
                .replace("<Quota>4096</Quota>", "<Quota>1</Quota>").replace("<PublicIpCount>0</PublicIpCount>", "<PublicIpCount>7</PublicIpCount>");
        Fixtures.succeeds(api, api.put("/cloud/tenants/" + id, Api.XML, body));

        String after = api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body();
        assertThat(after).isEqualTo(read.replace("<Enabled>true</Enabled>", "<Enabled>false</Enabled>"));
        assertThat(control().get("/state").body()).doesNotContain("N3w-Pa55");
        assertThat(passwordMatches(id, "N3w-Pa55")).isTrue();
        assertThat(passwordMatches(id, "Str0ng-Pa55")).isFalse();

        // The JSON client does the same.
        JsonNode entity = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + id + "?format=Entity"));
        // The tenant's own Enabled comes before LeaseOptions' (§4.2 order).
        String jsonBody = entity.toString().replaceFirst("\"Enabled\":false", "\"Enabled\":true,\"Password\":\"Another-1\"");
        Fixtures.succeeds(api, api.put("/cloud/tenants/" + id, Api.JSON, jsonBody));
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body()).isEqualTo(read);
        delete(id);
    }

    @Test
    void thePowerShellPasswordResetAndTheSpecEditExampleAreAccepted() {
        String id = create("Reset Co", REPO_02_UID, 4096);
        String reset = """
                <?xml version="1.0" encoding="utf-8"?>
                <CloudTenant Type="CloudTenant" Href="http://localhost:9399/api/cloud/tenants/urn:veeam:CloudTenant:%1$s?format=Entity" Name="" UID="urn:veeam:CloudTenant:urn:veeam:CloudTenant:%1$s" xmlns="http://www.veeam.com/ent/v1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <Password>N3w-Pa55</Password>
                </CloudTenant>""".formatted(id);
        String before = api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body();
        Fixtures.succeeds(api, api.put("/cloud/tenants/urn:veeam:CloudTenant:" + id, Api.XML, reset));
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body()).isEqualTo(before);
        assertThat(passwordMatches(id, "N3w-Pa55")).isTrue();
        // An empty Password in an edit leaves the password as it is (SPEC-tenants §2.4).
        Fixtures.succeeds(api, api.put("/cloud/tenants/" + id, Api.XML,
                "<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><Password /><Description>x</Description></CloudTenant>"));
        assertThat(passwordMatches(id, "N3w-Pa55")).isTrue();

        String edit = """
                {"Description": "Tenant account for ABC Company (gold)", "Enabled": false, "LeaseOptions": {"Enabled": true, "ExpirationDate": "2098-06-30T00:00:00Z"}, "ThrottlingEnabled": true, "ThrottlingSpeedLimit": 100, "ThrottlingSpeedUnit": "Mbps", "MaxConcurrentTasks": 4, "CloudGatewayPools": {"CloudGatewayPoolUid": "%s"}}"""
                .formatted(pool);
        Fixtures.succeeds(api, api.put("/cloud/tenants/" + id, Api.JSON, edit));
        String after = api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body();
        assertThat(after).contains("<Description>Tenant account for ABC Company (gold)</Description>", "<Enabled>false</Enabled>",
                "<LeaseOptions Enabled=\"true\" ExpirationDate=\"2098-06-30T00:00:00Z\" />", "<ThrottlingSpeedUnit>Mbps</ThrottlingSpeedUnit>",
                "<ThrottlingSpeedLimit>100</ThrottlingSpeedLimit>", "<MaxConcurrentTasks>4</MaxConcurrentTasks>",
                "<CloudGatewayPoolUid>urn:veeam:CloudGatewayPool:" + pool + "</CloudGatewayPoolUid>");

        Fixtures.succeeds(api, api.put("/cloud/tenants/" + id, Api.XML,
                "<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><LeaseOptions Enabled=\"false\" /><CloudGatewayPools /></CloudTenant>"));
        String cleared = api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body();
        assertThat(cleared).contains("<LeaseOptions Enabled=\"false\" />").doesNotContain("CloudGatewayPools", "FailoverToOtherGatewaysIfFail");
        assertThat(api.accept(Api.XML).get("/cloud/gatewayPools/" + pool + "?format=Entity").body()).doesNotContain(id);
        delete(id);
    }

    @Test
    void badEditsAre400AndChangeNothing() {
        String id = create("Bad Edit Co", REPO_02_UID, 4096);
        String before = api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body();
        Map<String, String> bodies = Map.of(
                "{\"LeaseOptions\": {\"Enabled\": true}}", "An expiration date is required when the lease is enabled.",
                "{\"LeaseOptions\": {\"ExpirationDate\": \"2001-01-01T00:00:00Z\"}}", "LeaseExpirationDate must lie in the future.",
                "{\"Description\": \"" + "d".repeat(1025) + "\"}", "Description must not be longer than 1024 characters.",
                "{\"Password\": \"" + "p".repeat(256) + "\"}", "Password must not be longer than 255 characters.",
                "{\"ThrottlingSpeedLimit\": 0}", "ThrottlingSpeedLimit must be at least 1.",
                "{\"BackupProtectionPeriod\": 100}", "BackupProtectionPeriod must be between 1 and 99.",
                "{\"LeaseOptions\": {\"Enabled\": true, \"ExpirationDate\": \"soon\"}}", "ExpirationDate",
                "{\"CloudGatewayPools\": {\"CloudGatewayPoolUids\": [\"not-a-uid\"]}}", "CloudGatewayPoolUid");
        bodies.forEach((body, message) -> {
            Api.Response r = api.accept(Api.JSON).put("/cloud/tenants/" + id, Api.JSON, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(body).contains(message);
        });
        assertThat(Fixtures.failure(api, api.put("/cloud/tenants/" + id, Api.JSON,
                "{\"CloudGatewayPools\": {\"CloudGatewayPoolUids\": [\"0b0b0b0b-0000-4000-8000-000000000009\"]}, \"Enabled\": false}")))
                .isEqualTo("Cloud gateway pool 0b0b0b0b-0000-4000-8000-000000000009 was not found.");
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body()).isEqualTo(before);
        delete(id);
    }

    @Test
    void writingThePoolSideShowsOnTheTenantSide() {
        String id = create("Pool Side Co", REPO_02_UID, 4096);
        String other = Fixtures.gateway(api, "gw02.tech.local", BS1);
        String second = Fixtures.pool(api, "Pool Side Pool", List.of(other), List.of(id), BS1);
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body())
                .contains("<CloudGatewayPoolUid>urn:veeam:CloudGatewayPool:" + second + "</CloudGatewayPoolUid>");
        Fixtures.succeeds(api, api.delete("/cloud/gatewayPools/" + second));
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body()).doesNotContain("CloudGatewayPools");
        Fixtures.succeeds(api, api.delete("/cloud/gateways/" + other));
        delete(id);
    }

    // --- delete

    @Test
    void deletingATenantTakesItsQuotasAndPoolAssignmentsWithIt() {
        String id = create("Delete Me Co", REPO_02_UID, 4096);
        Fixtures.succeeds(api, api.put("/cloud/tenants/" + id, Api.JSON, "{\"CloudGatewayPools\": {\"CloudGatewayPoolUids\": [\"" + pool + "\"]}}"));
        assertThat(api.accept(Api.XML).delete("/cloud/tenants/" + id + "?includeBackups=maybe").status()).isEqualTo(400);

        Api.Response accepted = api.accept(Api.XML).delete("/cloud/tenants/" + id + "?INCLUDEBACKUPS=TRUE");
        assertThat(accepted.body()).contains("<Operation>DeleteCloudTenant</Operation>");
        Fixtures.succeeds(api, accepted);
        assertThat(api.get("/cloud/tenants/" + id).status()).isEqualTo(404);
        assertThat(api.get("/cloud/tenants/" + id + "/resources").status()).isEqualTo(404);
        assertThat(api.accept(Api.XML).get("/cloud/gatewayPools/" + pool + "?format=Entity").body()).doesNotContain(id);
        assertThat(control().get("/state").body()).doesNotContain(id);
    }

    // --- backup resources

    @Test
    void aQuotaIsAddedReadThroughItsRelatedLinkAndDeleted() {
        String id = create("Quota Co", REPO_02_UID, 4096);
        Api.Response accepted = api.accept(Api.JSON).post("/cloud/tenants/" + id + "/resources", Api.JSON,
                "{\"Name\": \"\", \"RepositoryUid\": \"" + REPO_01_UID + "\", \"QuotaMb\": 102400, \"WanAcceleratorUid\": \"" + WAN_UID + "\"}");
        assertThat(Fixtures.json(accepted).get("Operation").asText()).isEqualTo("CreateCloudTenantResource");
        Api.Response task = Fixtures.finished(api, accepted);
        String href = task.find("<Link Rel=\"Related\" Type=\"CloudTenantResource\" Href=\"([^\"]+)\" Name=\"Quota Co\" />");
        assertThat(href).startsWith(server.base() + "/cloud/tenants/" + id + "/resources/");
        Api.Response resource = api.accept(Api.XML).get(href);
        assertThat(resource.body()).contains("<DisplayName>Cloud Repository 01</DisplayName>", "<Quota>102400</Quota>",
                "<WanAcceleratorUid>" + WAN_UID + "</WanAcceleratorUid>", "<Link Rel=\"Delete\" Type=\"CloudTenantResource\" Href=\"" + href + "\"");

        assertThat(Fixtures.failure(api, api.post("/cloud/tenants/" + id + "/resources", Api.XML, resourceXml("Again", REPO_01_UID, 2048))))
                .isEqualTo("Cloud tenant Quota Co already has a quota on repository Cloud Repository 01.");
        assertThat(Fixtures.failure(api, api.post("/cloud/tenants/" + id + "/resources", Api.XML, resourceXml("Far", REPO_SITE_B_UID, 2048))))
                .isEqualTo("Repository Site B Repository does not belong to backup server vbr01.tech.local.");
        Api.Response small = api.accept(Api.XML).post("/cloud/tenants/" + id + "/resources", Api.XML, resourceXml("Small", REPO_01_UID, 1000));
        assertThat(small.status()).isEqualTo(400);
        assertThat(small.body()).contains("QuotaMb must be between 1024 and 2147483647.");

        Api.Response deleted = api.accept(Api.XML).delete(href);
        assertThat(deleted.body()).contains("<Operation>DeleteCloudTenantResource</Operation>");
        Fixtures.succeeds(api, deleted);
        assertThat(api.get(href).status()).isEqualTo(404);
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + id + "/resources")).get("CloudTenantResources").size()).isEqualTo(1);
        delete(id);
    }

    @Test
    void aQuotaThatASubtenantUsesCannotBeDeleted() {
        String path = "/cloud/tenants/" + TENANT_ABC + "/resources/" + ABC_RESOURCE;
        assertThat(Fixtures.failure(api, api.delete(path)))
                .isEqualTo("Backup resource Cloud Repository 01 is used by subtenant ABC Company User 01. Remove the subtenant or move its quota first.");
        assertThat(api.get(path).status()).isEqualTo(200);
    }

    // --- roles, links, passwords

    @Test
    void restoreOperatorsAre403EverywhereAndPortalUsersMayDoEverything() {
        Api restore = server.api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD).accept(Api.XML);
        String t = "/cloud/tenants/" + TENANT_ABC;
        for (String[] call : new String[][] {{"GET", "/cloud/tenants?format=Entity"}, {"GET", t + "?format=Entity"}, {"PUT", t},
                {"DELETE", t}, {"GET", t + "/resources"}, {"POST", t + "/resources"}, {"GET", t + "/resources/x"}, {"DELETE", t + "/resources/x"},
                {"GET", "/repositories"}, {"GET", "/repositories/x"}, {"GET", "/wanAccelerators"}, {"GET", "/wanAccelerators/x"},
                {"GET", "/backupServers/" + BS1 + "/repositories"}, {"GET", "/cloud/gatewayPools/" + pool + "/tenants?format=Entity"},
                {"GET", "/query?type=Repository"}, {"GET", "/query?type=WanAccelerator"}, {"GET", "/query?type=CloudTenant&format=Entities"}}) {
            assertThat(restore.send(call[0], call[1], Api.XML, call[0].equals("GET") || call[0].equals("DELETE") ? null : "<x/>", Map.of())
                    .status()).as(String.join(" ", call)).isEqualTo(403);
        }
        Api portal = server.api().logon(Api.PORTAL_USER, Api.PASSWORD).accept(Api.XML);
        String id = Fixtures.relatedId(Fixtures.finished(portal, portal.post("/cloud/tenants", Api.XML, createXml("Portal Co", REPO_02_UID, 4096, pool))),
                "/cloud/tenants/");
        Fixtures.succeeds(portal, portal.delete("/cloud/tenants/" + id));
    }

    @Test
    void passwordsNeverLeaveTheServer() {
        try (LogCapture log = new LogCapture()) {
            String id = create("Secret Co", REPO_02_UID, 4096);
            Fixtures.succeeds(api, api.put("/cloud/tenants/" + id, Api.XML,
                    "<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><Password>Edit-Secret-77</Password></CloudTenant>"));
            assertThat(api.accept(Api.XML).get("/tasks").body()).doesNotContain("Str0ng-Pa55", "Edit-Secret-77");
            assertThat(api.accept(Api.XML).get("/cloud/tenants/" + id + "?format=Entity").body()).doesNotContain("Str0ng-Pa55", "Edit-Secret-77");
            assertThat(control().get("/state").body()).doesNotContain("Str0ng-Pa55", "Edit-Secret-77").contains("name: Secret Co");
            delete(id);
            assertThat(log.text()).doesNotContain("Str0ng-Pa55", "Edit-Secret-77");
            assertThat(log.audit()).anyMatch(line -> line.contains("CreateCloudTenant"));
        }
    }

    @Test
    void repositoriesAndWanAcceleratorsAreTheSpecExamplesAndTheLogonSessionLinksThem() {
        assertThat(normalized(api.accept(Api.XML).get("/repositories/urn:veeam:Repository:A0F35F34-8d58-4470-b52d-071e1417732a?format=Entity").body()))
                .isEqualTo(example("repository.xml"));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/wanAccelerators/" + WAN + "?format=Entity")))
                .isEqualTo(Fixtures.json(example("wan-accelerator.json")));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/repositories")).get("Refs").size()).isEqualTo(4);
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/backupServers/" + BS2 + "/repositories?format=Entity"))
                .get("Repositories").get(0).get("Name").asText()).isEqualTo("Site B Repository");
        assertThat(api.accept(Api.XML).get("/repositories/0b0b0b0b-0000-4000-8000-000000000009").body())
                .contains("Repository [0b0b0b0b-0000-4000-8000-000000000009] was not found.");
        assertThat(api.accept(Api.XML).get("/wanAccelerators/" + TENANT_ABC).status()).isEqualTo(404);

        Api fresh = server.api();
        Api.Response logon = fresh.accept(Api.XML).send("POST", "/sessionMngr/?v=latest", null, null,
                Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("TECH\\Administrator:Password".getBytes())));
        assertThat(logon.body()).contains(
                "<Link Rel=\"Down\" Type=\"ManagedServerReferenceList\" Href=\"" + server.base() + "/managedServers\" />\n"
                        + "    <Link Rel=\"Down\" Type=\"RepositoryReferenceList\" Href=\"" + server.base() + "/repositories\" />\n"
                        + "    <Link Rel=\"Down\" Type=\"WanAcceleratorReferenceList\" Href=\"" + server.base() + "/wanAccelerators\" />",
                "<Link Rel=\"Down\" Type=\"WanAcceleratorList\" Href=\"" + server.base() + "/wanAccelerators?format=Entity\" />");
    }

    @Test
    void theQueryServiceAnswersTenantEntitiesRepositoriesAndWanAccelerators() {
        JsonNode tenants = Fixtures.json(api.accept(Api.JSON).get("/query?type=CloudTenant&format=Entities&filter=Type==Standalone;Name==%22ABC%20Company%22"));
        assertThat(tenants.get("Entities").get("CloudTenants").get("CloudTenants").get(0).get("Name").asText()).isEqualTo("ABC Company");
        assertThat(api.accept(Api.XML).get("/query?type=Repository&filter=FreeSpace%3E0&sortDesc=Capacity&format=References").body())
                .contains("Name=\"Object Storage 01\"").contains("RepositoryReference");
        JsonNode wan = Fixtures.json(api.accept(Api.JSON).get("/query?type=WanAccelerator&format=Entities&filter=HighBandwidthModeEnabled==false"));
        assertThat(wan.get("Entities").get("WanAccelerators").get("WanAccelerators").get(0).get("Name").asText()).isEqualTo("wan01.tech.local");
        assertThat(api.accept(Api.XML).get("/querySvc").body()).contains("RepositoryList", "WanAcceleratorList");
        // T-A22: the vendor's WAN accelerator example repeats the sort field; different fields are refused.
        assertThat(api.accept(Api.XML).get("/query?type=WanAccelerator&format=Entities&sortAsc=name&sortAsc=Name&pageSize=15&page=1")
                .status()).isEqualTo(200);
        assertThat(api.accept(Api.XML).get("/query?type=WanAccelerator&sortAsc=name&sortAsc=Capacity").status()).isEqualTo(400);
    }

    // --- helpers

    static String createXml(String name, String repository, long quota, String poolId) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <CreateCloudTenantSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <Name>%s</Name>
                  <Description>Tenant account for Tri-M Company</Description>
                  <Password>Str0ng-Pa55</Password>
                  <Enabled>true</Enabled>
                  <LeaseExpirationDate>2099-12-31T00:00:00Z</LeaseExpirationDate>
                  <Resources>
                    <BackupResource>
                      <Name>Cloud Repository 01</Name>
                      <RepositoryUid>%s</RepositoryUid>
                      <QuotaMb>%d</QuotaMb>
                    </BackupResource>
                  </Resources>
                  <ComputeResources>
                    <ComputeResource>
                      <CloudHardwarePlanUid>%s</CloudHardwarePlanUid>
                      <PlatformType>VMware</PlatformType>
                      <UseNetworkFailoverResources>false</UseNetworkFailoverResources>
                    </ComputeResource>
                  </ComputeResources>
                  <ThrottlingEnabled>false</ThrottlingEnabled>
                  <ThrottlingSpeedLimit>1</ThrottlingSpeedLimit>
                  <ThrottlingSpeedUnit>MBps</ThrottlingSpeedUnit>
                  <PublicIpCount>0</PublicIpCount>
                  <BackupServerUid>%s</BackupServerUid>
                  <MaxConcurrentTasks>2</MaxConcurrentTasks>
                  <TenantType>Standalone</TenantType>
                  <CloudGatewayPools>
                    <CloudGatewayPoolUid>urn:veeam:CloudGatewayPool:%s</CloudGatewayPoolUid>
                  </CloudGatewayPools>
                  <FailoverToOtherGatewaysIfFail>true</FailoverToOtherGatewaysIfFail>
                </CreateCloudTenantSpec>""".formatted(name, repository, quota, SILVER_UID, BS1_UID, poolId);
    }

    static String resourceXml(String name, String repository, long quota) {
        return """
                <CreateCloudTenantResourceSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <Name>%s</Name>
                  <RepositoryUid>%s</RepositoryUid>
                  <QuotaMb>%d</QuotaMb>
                  <WanAcceleratorUid />
                </CreateCloudTenantResourceSpec>""".formatted(name, repository, quota);
    }

    /** A standalone tenant with one quota and no pool; returns its id. */
    static String create(String name, String repository, long quota) {
        String body = "{\"Name\": \"" + name + "\", \"Password\": \"Str0ng-Pa55\", \"BackupServerUid\": \"" + BS1_UID + "\", \"Resources\":"
                + " {\"BackupResources\": [{\"RepositoryUid\": \"" + repository + "\", \"QuotaMb\": " + quota + "}]}}";
        Api.Response task = Fixtures.finished(api, api.post("/cloud/tenants", Api.JSON, body));
        assertThat(task.body()).as(task.body()).contains("<Result Success=\"true\">");
        return Fixtures.relatedId(task, "/cloud/tenants/");
    }

    static void delete(String id) {
        Fixtures.succeeds(api, api.delete("/cloud/tenants/" + id));
    }

    static String failure(String body) {
        return failure(body, Api.XML);
    }

    static String failure(String body, String type) {
        return Fixtures.failure(api, api.accept(Api.XML).post("/cloud/tenants", type, body));
    }

    static int tenantCount() {
        return Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants")).get("Refs").size();
    }

    /** SPEC-tenants T-B17: the control API's test-only password check. */
    static boolean passwordMatches(String tenantId, String password) {
        Api.Response r = control().postJson("/tenants/" + tenantId + "/password-check", "{\"password\": \"" + password + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Control.json(r).get("matches").asBoolean();
    }

    static Control control() {
        return server.control();
    }

    /** The server's bytes with its base URL as the spec's and without the xsd/xsi declarations the spec's examples leave out. */
    static String normalized(String body) {
        return body.replace(server.base(), "https://localhost:9398/api")
                .replace("urn:veeam:CloudGatewayPool:" + pool, "urn:veeam:CloudGatewayPool:" + POOL_1)
                .replace(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"", "")
                .replace(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
    }

    static String example(String name) {
        try (InputStream in = TenantWritesAcceptanceTest.class.getResourceAsStream("/examples/tenants/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return name.endsWith(".json") ? text.replace("https://localhost:9398/api", server.base())
                    .replace(POOL_1, pool) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
