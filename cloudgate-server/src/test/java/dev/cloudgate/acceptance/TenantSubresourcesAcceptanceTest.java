package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.ABC_RESOURCE;
import static dev.cloudgate.acceptance.DemoSeed.ABC_USER_01;
import static dev.cloudgate.acceptance.DemoSeed.BS1_UID;
import static dev.cloudgate.acceptance.DemoSeed.DS_442;
import static dev.cloudgate.acceptance.DemoSeed.HV_SILVER_UID;
import static dev.cloudgate.acceptance.DemoSeed.ORG;
import static dev.cloudgate.acceptance.DemoSeed.ORG_VDC;
import static dev.cloudgate.acceptance.DemoSeed.SILVER_UID;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_XYZ;
import static dev.cloudgate.acceptance.DemoSeed.UNKNOWN;
import static dev.cloudgate.acceptance.DemoSeed.VLAN;
import static dev.cloudgate.acceptance.DemoSeed.WAN_UID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tenant's compute resources, vCloud compute resources, subtenants and free license counters over
 * real HTTP (SPEC-tenants §4.4–§4.7, §6.6–§6.9, §7), in XML and JSON.
 */
class TenantSubresourcesAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;

    @BeforeAll
    static void logOn() {
        api = server.api().logon();
    }

    // --- subtenants

    @Test
    void theSeededSubtenantIsTheSpecExampleAndNeverShowsAPassword() {
        Api.Response xml = api.accept(Api.XML).get("/cloud/tenants/urn:veeam:CloudTenant:" + TENANT_ABC + "/subtenants/" + ABC_USER_01.toUpperCase());
        assertThat(xml.status()).isEqualTo(200);
        assertThat(normalized(xml.body())).isEqualTo(example("subtenant.xml").replace(server.base(), "https://localhost:9398/api"));
        JsonNode list = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_ABC + "/subtenants"));
        assertThat(list.get("CloudSubtenants").get(0)).isEqualTo(Fixtures.json(example("subtenant.json")));
        assertThat(list.toString()).doesNotContain("Password");
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_XYZ + "/subtenants").body()).isEqualTo("{\"CloudSubtenants\":[]}");
        Api.Response other = api.accept(Api.XML).get("/cloud/tenants/" + TENANT_XYZ + "/subtenants/" + ABC_USER_01);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("Subtenant [" + ABC_USER_01 + "] was not found.");
        Api.Response tenantFirst = api.accept(Api.XML).get("/cloud/tenants/" + UNKNOWN + "/subtenants/nothing");
        assertThat(tenantFirst.body()).contains("Cloud tenant [" + UNKNOWN + "] was not found.");
    }

    @Test
    void theSpecSubtenantExamplesCreateEditAndDeleteASubtenant() {
        String tenant = HardwarePlanAcceptanceTest.createTenant(api, "Sub Co");
        String resource = firstResource(tenant);
        Api.Response accepted = api.accept(Api.XML).post("/cloud/tenants/" + tenant + "/subtenants", Api.XML, subtenantXml("ABC Company User 02", resource, 2048));
        assertThat(accepted.body()).contains("<Operation>AddCloudSubtenant</Operation>").doesNotContain("12345678");
        Api.Response task = Fixtures.finished(api, accepted);
        assertThat(task.body()).contains("<Result Success=\"true\">").doesNotContain("Rel=\"Related\"");
        JsonNode made = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/subtenants")).get("CloudSubtenants").get(0);
        String sid = made.get("Id").asText();
        assertThat(made.get("Name").asText()).isEqualTo("ABC Company User 02");
        assertThat(made.get("RepositoryQuota").get("DisplayName").asText()).isEqualTo("User 02 Quota");
        assertThat(made.get("RepositoryQuota").get("QuotaMb").asLong()).isEqualTo(2048);
        assertThat(made.get("RepositoryQuota").get("TenantResourceId").asText()).isEqualTo(resource);
        assertThat(made.has("Password")).isFalse();
        assertThat(passwordMatches(tenant, sid, "12345678")).isTrue();

        // GET–PUT with the empty Password: the password stays; Name is skipped (a subtenant cannot be renamed).
        String read = api.accept(Api.XML).get("/cloud/tenants/" + tenant + "/subtenants/" + sid).body();
        String body = read.replace("<QuotaMb>2048</QuotaMb>", "<QuotaMb>3072</QuotaMb>").replace("<Name>ABC Company User 02</Name>", "<Name>Renamed</Name>");
        Api.Response edit = api.accept(Api.XML).put("/cloud/tenants/" + tenant + "/subtenants/" + sid, Api.XML, body);
        assertThat(edit.body()).contains("<Operation>EditCloudSubtenant</Operation>");
        Fixtures.succeeds(api, edit);
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + tenant + "/subtenants/" + sid).body())
                .isEqualTo(read.replace("<QuotaMb>2048</QuotaMb>", "<QuotaMb>3072</QuotaMb>"));
        assertThat(passwordMatches(tenant, sid, "12345678")).isTrue();

        // JSON: a new password and an unlimited quota.
        Fixtures.succeeds(api, api.put("/cloud/tenants/" + tenant + "/subtenants/" + sid, Api.JSON,
                "{\"Password\": \"N3w-Pa55\", \"Enabled\": false, \"RepositoryQuota\": {\"Unlimited\": true}}"));
        JsonNode edited = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/subtenants/" + sid));
        assertThat(edited.get("Enabled").asBoolean()).isFalse();
        assertThat(edited.get("RepositoryQuota").get("Unlimited").asBoolean()).isTrue();
        assertThat(passwordMatches(tenant, sid, "12345678")).isFalse();
        assertThat(passwordMatches(tenant, sid, "N3w-Pa55")).isTrue();
        assertThat(server.control().get("/state").body()).doesNotContain("N3w-Pa55", "12345678");

        Api.Response delete = api.accept(Api.XML).delete("/cloud/tenants/" + tenant + "/subtenants/" + sid);
        assertThat(delete.body()).contains("<Operation>DeleteCloudSubtenant</Operation>");
        Fixtures.succeeds(api, delete);
        assertThat(api.get("/cloud/tenants/" + tenant + "/subtenants/" + sid).status()).isEqualTo(404);
        HardwarePlanAcceptanceTest.deleteTenant(api, tenant);
    }

    @Test
    void anUnlimitedSubtenantWithoutQuotaTakesTheResourcesQuota() {
        String tenant = HardwarePlanAcceptanceTest.createTenant(api, "Unlimited Co");
        String resource = firstResource(tenant);
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + tenant + "/subtenants", Api.JSON, """
                {"Name": "Free User", "Password": "p", "TenantResourceId": "%s", "UnlimitedQuota": true}""".formatted(resource.toUpperCase())));
        JsonNode made = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/subtenants")).get("CloudSubtenants").get(0);
        assertThat(made.get("RepositoryQuota").get("QuotaMb").asLong()).isEqualTo(4096);
        assertThat(made.get("RepositoryQuota").get("Unlimited").asBoolean()).isTrue();
        assertThat(made.get("RepositoryQuota").get("DisplayName").asText()).isEqualTo("Free User");
        assertThat(made.get("Enabled").asBoolean()).isTrue();
        assertThat(made.get("Description").asText()).isEmpty();
        HardwarePlanAcceptanceTest.deleteTenant(api, tenant);
    }

    @Test
    void subtenantTaskChecksFailWithTheSpecMessagesAndMakeNothing() {
        String tenant = HardwarePlanAcceptanceTest.createTenant(api, "Checked Co");
        String resource = firstResource(tenant);
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + tenant + "/subtenants", Api.XML, subtenantXml("Taken", resource, 2048)));
        assertThat(subtenantFailure(tenant, subtenantXml("TAKEN ", resource, 2048))).isEqualTo("Subtenant TAKEN already exists for cloud tenant Checked Co.");
        assertThat(subtenantFailure(tenant, subtenantXml("Other", ABC_RESOURCE, 2048)))
                .isEqualTo("Backup resource " + ABC_RESOURCE + " was not found for cloud tenant Checked Co.");
        assertThat(subtenantFailure(tenant, subtenantXml("Big", resource, 8192)))
                .isEqualTo("Subtenant quota of 8192 MB exceeds the 4096 MB quota of backup resource Cloud Repository 02.");
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/subtenants")).get("CloudSubtenants")).hasSize(1);
        String sid = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/subtenants")).get("CloudSubtenants").get(0).get("Id").asText();
        assertThat(Fixtures.failure(api, api.put("/cloud/tenants/" + tenant + "/subtenants/" + sid, Api.JSON,
                "{\"Description\": \"x\", \"RepositoryQuota\": {\"QuotaMb\": 9000}}")))
                .isEqualTo("Subtenant quota of 9000 MB exceeds the 4096 MB quota of backup resource Cloud Repository 02.");
        // The backup resource a subtenant uses cannot go (part 1's check sees API-made subtenants).
        assertThat(Fixtures.failure(api, api.delete("/cloud/tenants/" + tenant + "/resources/" + resource)))
                .isEqualTo("Backup resource Cloud Repository 02 is used by subtenant Taken. Remove the subtenant or move its quota first.");
        String ad = adTenant("TECH\\\\anna.lee");
        assertThat(subtenantFailure(ad, subtenantXml("AD User", resource, 2048))).isEqualTo("Subtenants exist only for standalone tenants.");
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + ad + "/subtenants").body()).isEqualTo("{\"CloudSubtenants\":[]}");
        HardwarePlanAcceptanceTest.deleteTenant(api, ad);
        HardwarePlanAcceptanceTest.deleteTenant(api, tenant);
    }

    @Test
    void badSubtenantBodiesAre400WithTheSpecMessages() {
        String path = "/cloud/tenants/" + TENANT_ABC + "/subtenants";
        String rest = ", \"TenantResourceId\": \"" + ABC_RESOURCE + "\", \"UnlimitedQuota\": false, \"QuotaMb\": 2048}";
        Map<String, String> bodies = Map.of(
                "{\"Name\": \"\", \"Password\": \"p\"" + rest, "Name must be a non-empty string of at most 255 characters.",
                "{\"Name\": \"N\", \"Description\": \"" + "d".repeat(1025) + "\", \"Password\": \"p\"" + rest, "Description must not be longer than 1024 characters.",
                "{\"Name\": \"N\", \"Password\": \" \"" + rest, "Password must be specified for a subtenant.",
                "{\"Name\": \"N\", \"Password\": \"" + "p".repeat(256) + "\"" + rest, "Password must not be longer than 255 characters.",
                "{\"Name\": \"N\", \"Password\": \"p\"" + rest.replace("2048", "1000"), "QuotaMb must be between 1024 and 2147483647.",
                "{\"Name\": \"N\", \"Password\": \"p\"" + rest.replace(", \"QuotaMb\": 2048", ""), "QuotaMb must be between 1024 and 2147483647.",
                "{\"Name\": \"N\", \"Password\": \"p\"" + rest.replace(ABC_RESOURCE, "resource-1"), "TenantResourceId must be a UUID.");
        bodies.forEach((body, message) -> {
            Api.Response r = api.accept(Api.JSON).post(path, Api.JSON, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(body).isEqualTo(message);
            assertThat(r.body()).doesNotContain("pppp");
        });
        String sub = path + "/" + ABC_USER_01;
        Map<String, String> edits = Map.of(
                "{\"RepositoryQuota\": {\"QuotaMb\": 10}}", "QuotaMb must be between 1024 and 2147483647.",
                "{\"RepositoryQuota\": {\"TenantResourceId\": \"x\"}}", "TenantResourceId must be a UUID.",
                "{\"Password\": \"" + "p".repeat(256) + "\"}", "Password must not be longer than 255 characters.");
        edits.forEach((body, message) -> {
            Api.Response r = api.accept(Api.JSON).put(sub, Api.JSON, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(body).isEqualTo(message);
        });
        assertThat(Fixtures.json(api.accept(Api.JSON).get(path)).get("CloudSubtenants")).hasSize(1);
    }

    @Test
    void thePasswordCheckOfTheControlApiSeesATenantPasswordChange() {
        String tenant = HardwarePlanAcceptanceTest.createTenant(api, "Password Co");
        assertThat(tenantPasswordMatches(tenant, "Str0ng-Pa55")).isTrue();
        Fixtures.succeeds(api, api.put("/cloud/tenants/" + tenant, Api.XML,
                "<CloudTenant xmlns=\"http://www.veeam.com/ent/v1.0\"><Password>N3w-Pa55</Password></CloudTenant>"));
        assertThat(tenantPasswordMatches(tenant, "Str0ng-Pa55")).isFalse();
        assertThat(tenantPasswordMatches(tenant, "N3w-Pa55")).isTrue();
        // The seeded demo password, stored only as a hash.
        assertThat(tenantPasswordMatches(TENANT_ABC, "Password")).isTrue();
        assertThat(passwordMatches(TENANT_ABC, ABC_USER_01, "Password")).isTrue();
        assertThat(server.control().postJson("/tenants/" + UNKNOWN + "/password-check", "{\"password\": \"x\"}").status()).isEqualTo(404);
        assertThat(server.control().postJson("/tenants/" + TENANT_ABC + "/subtenants/" + UNKNOWN + "/password-check", "{\"password\": \"x\"}")
                .status()).isEqualTo(404);
        HardwarePlanAcceptanceTest.deleteTenant(api, tenant);
    }

    // --- compute resources

    @Test
    void subscribingAnswersTheVendorsOperationAndASecondSubscriptionKeepsTheId() {
        String tenant = HardwarePlanAcceptanceTest.createTenant(api, "Compute Co");
        Api.Response accepted = api.accept(Api.XML).post("/cloud/tenants/" + tenant + "/computeResources", Api.XML, computeXml(SILVER_UID, "VMware", true));
        // T-A11: the backup resource's operation name, and no Related link.
        assertThat(accepted.body()).contains("<Operation>CreateCloudTenantResource</Operation>");
        Api.Response task = Fixtures.finished(api, accepted);
        assertThat(task.body()).contains("<Result Success=\"true\">").doesNotContain("Rel=\"Related\"");

        String list = api.accept(Api.XML).get("/cloud/tenants/" + tenant + "/computeResources").body();
        String cid = list.replaceAll("(?s).*<CloudTenantComputeResource [^>]*Id=\"([0-9a-f-]{36})\".*", "$1");
        String href = server.base() + "/cloud/tenants/" + tenant + "/computeResources/" + cid;
        assertThat(list).contains("<CloudTenantComputeResources xmlns=", "<Link Rel=\"Delete\" Type=\"CloudTenantResource\" Href=\"" + href + "\" Name=\"\" />",
                "<Link Rel=\"Up\" Type=\"CloudTenant\" Href=\"" + server.base() + "/cloud/tenants/" + tenant + "?format=Entity\" Name=\"Compute Co\" />",
                "<CloudHardwarePlanUid>" + SILVER_UID + "</CloudHardwarePlanUid>", "<WanAcceleratorUid>" + WAN_UID + "</WanAcceleratorUid>",
                "<PlatformType>VMware</PlatformType>", "<UseNetworkFailoverResources>true</UseNetworkFailoverResources>",
                "<Name>ABC Company Appliance</Name>", "<ObtainIPAddressAutomatically>false</ObtainIPAddressAutomatically>",
                "<IpAddress>172.17.52.37</IpAddress>", "<SubnetMask>255.255.254.0</SubnetMask>", "<DefaultGateway>172.17.52.1</DefaultGateway>",
                "<ViDistributedSwitchUuid />", "<ProductionNetworkUnderDvs>false</ProductionNetworkUnderDvs>",
                "<MemoryUsageMb>0</MemoryUsageMb>", "<CPUCount>0</CPUCount>", "<StorageName>Cloud Replicas</StorageName>",
                "<StorageUsageGb>0</StorageUsageGb>", "<StorageLimitGb>300</StorageLimitGb>");
        Api.Response one = api.accept(Api.XML).get("/cloud/tenants/" + tenant + "/computeResources/" + cid.toUpperCase());
        assertThat(one.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CloudTenantComputeResource xmlns=");
        // The tenant entity shows it, without links.
        assertThat(api.accept(Api.XML).get("/cloud/tenants/" + tenant + "?format=Entity").body())
                .contains("<CloudTenantComputeResource Type=\"CloudTenantComputeResource\" Href=\"" + href + "\" Id=\"" + cid + "\">\n      <CloudHardwarePlanUid>");

        // T-B6: the same plan again replaces the settings and keeps the Id.
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + tenant + "/computeResources", Api.JSON, """
                {"CloudHardwarePlanUid": "%s", "WanAcceleratorUid": "", "PlatformType": "vmware", "UseNetworkFailoverResources": false}"""
                .formatted(SILVER_UID.toUpperCase().replace("URN:VEEAM:CLOUDHARDWAREPLAN", "urn:veeam:CloudHardwarePlan"))));
        JsonNode resources = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/computeResources")).get("CloudTenantComputeResources");
        assertThat(resources).hasSize(1);
        assertThat(resources.get(0).get("Id").asText()).isEqualTo(cid);
        assertThat(resources.get(0).get("UseNetworkFailoverResources").asBoolean()).isFalse();
        assertThat(resources.get(0).has("WanAcceleratorUid")).isFalse();
        assertThat(resources.get(0).has("NetworkAppliance")).isFalse();
        assertThat(resources.get(0).get("ComputeResourceStats").get("CPUCount").asInt()).isZero();

        Api.Response delete = api.accept(Api.JSON).delete("/cloud/tenants/" + tenant + "/computeResources/" + cid);
        assertThat(delete.body()).contains("\"Operation\":\"DeleteCloudTenantComputeResource\"");
        Fixtures.succeeds(api, delete);
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/computeResources").body()).isEqualTo("{\"CloudTenantComputeResources\":[]}");
        Api.Response gone = api.accept(Api.XML).get("/cloud/tenants/" + tenant + "/computeResources/" + cid);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).contains("Compute resource [" + cid + "] was not found.");
        HardwarePlanAcceptanceTest.deleteTenant(api, tenant);
    }

    @Test
    void subscriptionTaskChecksFailWithTheSpecMessages() {
        String tenant = HardwarePlanAcceptanceTest.createTenant(api, "Mixed Co");
        String path = "/cloud/tenants/" + tenant + "/computeResources";
        String unknownPlan = "urn:veeam:CloudHardwarePlan:" + UNKNOWN;
        assertThat(Fixtures.failure(api, api.post(path, Api.XML, computeXml(unknownPlan, "VMware", false))))
                .isEqualTo("Hardware plan " + unknownPlan + " was not found.");
        assertThat(Fixtures.failure(api, api.post(path, Api.XML, computeXml(SILVER_UID, "HyperV", false))))
                .isEqualTo("Hardware plan VMware Silver is a VMware plan, not HyperV.");
        Fixtures.succeeds(api, api.post(path, Api.XML, computeXml(SILVER_UID, "VMware", false)));
        assertThat(Fixtures.failure(api, api.post(path, Api.XML, computeXml(HV_SILVER_UID, "HyperV", false))))
                .isEqualTo("Cloud tenant Mixed Co cannot use VMware and Hyper-V hardware plans together.");
        assertThat(Fixtures.failure(api, api.post(path, Api.XML, computeXml(SILVER_UID, "VMware", false).replace(WAN_UID, "urn:veeam:WanAccelerator:" + UNKNOWN))))
                .isEqualTo("WAN accelerator urn:veeam:WanAccelerator:" + UNKNOWN + " was not found.");
        String ad = adTenant("TECH\\\\william.fox");
        assertThat(Fixtures.failure(api, api.post("/cloud/tenants/" + ad + "/computeResources", Api.XML, computeXml(SILVER_UID, "VMware", false))))
                .isEqualTo("Hardware plans can be assigned only to standalone tenants.");
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + ad + "/computeResources").body()).isEqualTo("{\"CloudTenantComputeResources\":[]}");
        assertThat(Fixtures.json(api.accept(Api.JSON).get(path)).get("CloudTenantComputeResources")).hasSize(1);
        HardwarePlanAcceptanceTest.deleteTenant(api, ad);
        HardwarePlanAcceptanceTest.deleteTenant(api, tenant);
    }

    @Test
    void badSubscriptionBodiesAre400() {
        String path = "/cloud/tenants/" + TENANT_ABC + "/computeResources";
        String plan = "\"CloudHardwarePlanUid\": \"" + SILVER_UID + "\", \"UseNetworkFailoverResources\": true";
        Map<String, String> bodies = Map.of(
                "{" + plan + ", \"PlatformType\": \"Xen\"}", "PlatformType must be VMware or HyperV.",
                "{" + plan + ", \"PlatformType\": \"VMware\", \"NetworkAppliance\": {\"Name\": \"A\", \"ObtainIPAddressAutomatically\": true}}",
                "NetworkAppliance needs a Name and a ProductionNetwork.",
                "{" + plan + ", \"PlatformType\": \"VMware\", \"NetworkAppliance\": {\"Name\": \"A\", \"ProductionNetwork\": \"N\", \"ObtainIPAddressAutomatically\": false}}",
                "ManualIpAddressSettingsInfoType must be specified when ObtainIPAddressAutomatically is false.",
                "{" + plan + ", \"PlatformType\": \"VMware\", \"NetworkAppliance\": {\"Name\": \"A\", \"ProductionNetwork\": \"N\", \"ObtainIpAddressAutomatically\": false,"
                        + " \"ManualIpAddressSettingsInfoType\": {\"IpAddress\": \"300.1.1.1\", \"SubnetMask\": \"255.0.0.0\", \"DefaultGateway\": \"10.0.0.1\"}}}",
                "IpAddress is not a valid IPv4 address.",
                "{" + plan + ", \"PlatformType\": \"VMware\", \"NetworkAppliance\": {\"Name\": \"A\", \"ProductionNetwork\": \"N\", \"ObtainIPAddressAutomatically\": true,"
                        + " \"ProductionNetworkUnderDvs\": true}}",
                "ViDistributedSwitchUuid must be specified when ProductionNetworkUnderDvs is true.",
                "{\"CloudHardwarePlanUid\": \"urn:veeam:CloudTenant:" + UNKNOWN + "\", \"PlatformType\": \"VMware\", \"UseNetworkFailoverResources\": true}",
                "CloudHardwarePlanUid");
        bodies.forEach((body, message) -> {
            Api.Response r = api.accept(Api.JSON).post(path, Api.JSON, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(body).contains(message);
        });
        assertThat(api.accept(Api.JSON).get(path).body()).isEqualTo("{\"CloudTenantComputeResources\":[]}");
    }

    @Test
    void aTenantCreateWithNestedSubscriptionsMakesAllOrNothing() {
        int before = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants")).get("Refs").size();
        String body = """
                {"Name": "Nested Co", "Password": "p", "BackupServerUid": "%s",
                 "ComputeResources": {"ComputeResources": [
                   {"CloudHardwarePlanUid": "%s", "PlatformType": "VMware", "UseNetworkFailoverResources": false},
                   {"CloudHardwarePlanUid": "%s", "PlatformType": "HyperV", "UseNetworkFailoverResources": false}]}}""";
        assertThat(Fixtures.failure(api, api.post("/cloud/tenants", Api.JSON, body.formatted(BS1_UID, SILVER_UID, HV_SILVER_UID))))
                .isEqualTo("Cloud tenant Nested Co cannot use VMware and Hyper-V hardware plans together.");
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants")).get("Refs")).hasSize(before);
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans/" + SILVER_UID + "/tenants")).get("CloudTenants")).isEmpty();
    }

    // --- free license counters, vCloud compute resources

    @Test
    void freeLicenseCountersAreTheSpecExample() {
        Api.Response xml = api.accept(Api.XML).get("/cloud/tenants/" + TENANT_ABC + "/freelicenseCounters");
        assertThat(normalized(xml.body())).isEqualTo(example("free-license-counters.xml")
                .replace(server.base(), "https://localhost:9398/api"));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_ABC + "/freelicenseCounters?format=Entity")))
                .isEqualTo(Fixtures.json(example("free-license-counters.json")));
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_XYZ + "/freelicenseCounters").body()).contains("\"RentalVMBackupCount\":0");
        assertThat(api.get("/cloud/tenants/" + UNKNOWN + "/freelicenseCounters").status()).isEqualTo(404);
    }

    @Test
    void aVcdTenantsVdcsAreReadAndTheirWritesAre501() {
        String vcd = """
                {"Name": "TechCompanyOrg", "BackupServerUid": "%s", "TenantType": "vCD",
                 "OrganizationRef": "%s",
                 "VCloudComputeResources": {"VCloudComputeResources": [{"VirtualDataCenterRef": "%s", "UseNetworkFailoverResources": false}]}}"""
                .formatted(BS1_UID, ORG, ORG_VDC);
        String id = Fixtures.relatedId(Fixtures.finished(api, api.post("/cloud/tenants", Api.JSON, vcd)), "/cloud/tenants/");
        String list = api.accept(Api.XML).get("/cloud/tenants/" + id + "/vCloudComputeResources").body();
        String vid = list.replaceAll("(?s).*<CloudTenantVCloudComputeResource [^>]*Id=\"([0-9a-f-]{36})\".*", "$1");
        String href = server.base() + "/cloud/tenants/" + id + "/vcloudcomputeresources/" + vid;
        assertThat(list).contains("<CloudTenantVCloudComputeResources xmlns=", "Href=\"" + href + "\"", "<Link Rel=\"Delete\" Href=\"" + href + "\" />",
                "<VirtualDataCenterName>TechCompanyOrgVDC</VirtualDataCenterName>", "<AllocationModel>AllocationPool</AllocationModel>",
                "<StorageUsageGb>0</StorageUsageGb>");
        JsonNode one = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + id + "/vcloudcomputeresources/" + vid));
        assertThat(one.get("Href").asText()).isEqualTo(href);
        assertThat(one.get("Enabled").asBoolean()).isTrue();
        assertThat(api.post("/cloud/tenants/" + id + "/vCloudComputeResources", Api.JSON, "{}").status()).isEqualTo(501);
        assertThat(api.delete("/cloud/tenants/" + id + "/vCloudComputeResources/" + vid).status()).isEqualTo(501);
        assertThat(api.get("/cloud/tenants/" + id + "/vCloudComputeResources/" + UNKNOWN).body())
                .contains("vCloud compute resource [" + UNKNOWN + "] was not found.");
        assertThat(api.accept(Api.JSON).get("/cloud/tenants/" + TENANT_ABC + "/vCloudComputeResources").body())
                .isEqualTo("{\"CloudTenantVCloudComputeResources\":[]}");
        HardwarePlanAcceptanceTest.deleteTenant(api, id);
    }

    // --- state (T-B1)

    @Test
    void plansSubscriptionsSubtenantsAndVlanEditsMadeOverTheApiAreExportedAndLoadedBack() {
        String planTask = Fixtures.relatedId(Fixtures.finished(api, api.post("/cloud/hardwarePlans", Api.XML,
                HardwarePlanAcceptanceTest.viXml("Exported Plan", DS_442, 42))), "/cloud/hardwarePlans/");
        String tenant = HardwarePlanAcceptanceTest.createTenant(api, "Exported Co");
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + tenant + "/computeResources", Api.XML,
                computeXml("urn:veeam:CloudHardwarePlan:" + planTask, "VMware", true)));
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + tenant + "/subtenants", Api.XML, subtenantXml("Exported User", firstResource(tenant), 2048)));
        Fixtures.succeeds(api, api.put("/cloud/vlans/" + VLAN, Api.JSON, "{\"VlanIdsWithoutInternetRightBound\": 600}"));
        String[] reads = {"/cloud/hardwarePlans?format=Entity", "/cloud/tenants/" + tenant + "?format=Entity", "/cloud/tenants/" + tenant + "/subtenants",
            "/cloud/vlans?format=Entity", "/cloud/hardwarePlans/" + planTask + "/tenants"};
        String before = readAll(reads);

        String state = server.control().get("/state").body();
        assertThat(state).contains("name: Exported Plan", "name: Exported User", "name: Exported Co").doesNotContain("12345678", "Str0ng-Pa55");
        server.control().reset();
        api = server.api().logon();
        assertThat(api.get("/cloud/tenants/" + tenant).status()).isEqualTo(404);
        assertThat(server.control().put("/state", "application/yaml", state).status()).isEqualTo(200);
        api = server.api().logon();
        assertThat(readAll(reads)).isEqualTo(before);
        assertThat(passwordMatches(tenant, Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/subtenants"))
                .get("CloudSubtenants").get(0).get("Id").asText(), "12345678")).isTrue();
        server.control().reset();
        api = server.api().logon();
    }

    static String readAll(String... paths) {
        StringBuilder all = new StringBuilder();
        for (String path : paths) {
            all.append(api.accept(Api.XML).get(path).body()).append(api.accept(Api.JSON).get(path).body());
        }
        return all.toString();
    }

    @Test
    void vcdAndActiveDirectoryTenantsFailWhenTheSeedLacksWhatTheyName() {
        int before = Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants")).get("Refs").size();
        String org = "urn:vCloud:Organization:0b0b0b0b.urn:vcloud:org:unknown";
        assertThat(Fixtures.failure(api, api.post("/cloud/tenants", Api.JSON, """
                {"Name": "NoOrg", "BackupServerUid": "%s", "TenantType": "vCD", "OrganizationRef": "%s"}""".formatted(BS1_UID, org))))
                .isEqualTo("vCloud Director organization " + org + " was not found on backup server vbr01.tech.local.");
        assertThat(Fixtures.failure(api, api.post("/cloud/tenants", Api.JSON, """
                {"Name": "Wrong Name", "BackupServerUid": "%s", "TenantType": "vcd",
                 "OrganizationRef": "%s"}"""
                .formatted(BS1_UID, ORG)))).isEqualTo("A vCD tenant must be named after its organization (TechCompanyOrg).");
        assertThat(Fixtures.failure(api, api.post("/cloud/tenants", Api.JSON, """
                {"Name": "OTHER\\\\someone", "BackupServerUid": "%s", "TenantType": "ActiveDirectory",
                 "Domain": {"DomainName": "other.local", "DomainAccount": "OTHER\\\\administrator"}}""".formatted(BS1_UID))))
                .isEqualTo("Active Directory domain other.local was not found on backup server vbr01.tech.local.");
        // The second backup server declares no domain.
        assertThat(Fixtures.failure(api, api.post("/cloud/tenants", Api.JSON, """
                {"Name": "TECH\\\\anna.lee", "BackupServerUid": "urn:veeam:BackupServer:29e5d158-1f58-44bc-bbaa-2752d787a91d",
                 "TenantType": "ActiveDirectory", "Domain": {"DomainName": "tech.local", "DomainAccount": "TECH\\\\administrator"}}""")))
                .isEqualTo("Active Directory domain tech.local was not found on backup server 172.24.31.67.");
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants")).get("Refs")).hasSize(before);
    }

    // --- helpers

    static String subtenantXml(String name, String resource, long quota) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <CloudSubtenantCreateSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <Name>%s</Name>
                  <Description>ABC Company Laptop User</Description>
                  <Password>12345678</Password>
                  <Enabled>true</Enabled>
                  <TenantResourceId>%s</TenantResourceId>
                  <QuotaName>User 02 Quota</QuotaName>
                  <QuotaMb>%d</QuotaMb>
                  <UnlimitedQuota>false</UnlimitedQuota>
                </CloudSubtenantCreateSpec>""".formatted(name, resource, quota);
    }

    static String computeXml(String plan, String platform, boolean appliance) {
        String applianceXml = !appliance ? "" : """
                  <NetworkAppliance>
                    <Name>ABC Company Appliance</Name>
                    <ProductionNetwork>VM Network</ProductionNetwork>
                    <ObtainIPAddressAutomatically>false</ObtainIPAddressAutomatically>
                    <ManualIpAddressSettingsInfoType>
                      <IpAddress>172.17.52.37</IpAddress>
                      <SubnetMask>255.255.254.0</SubnetMask>
                      <DefaultGateway>172.17.52.1</DefaultGateway>
                    </ManualIpAddressSettingsInfoType>
                  </NetworkAppliance>
                """;
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <CloudTenantComputeResourceCreateSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <CloudHardwarePlanUid>%s</CloudHardwarePlanUid>
                  <WanAcceleratorUid>%s</WanAcceleratorUid>
                  <PlatformType>%s</PlatformType>
                  <UseNetworkFailoverResources>%s</UseNetworkFailoverResources>
                %s</CloudTenantComputeResourceCreateSpec>""".formatted(plan, WAN_UID, platform, appliance, applianceXml);
    }

    static String firstResource(String tenant) {
        return Fixtures.json(api.accept(Api.JSON).get("/cloud/tenants/" + tenant + "/resources")).get("CloudTenantResources").get(0).get("Id").asText();
    }

    static String subtenantFailure(String tenant, String xml) {
        return Fixtures.failure(api, api.post("/cloud/tenants/" + tenant + "/subtenants", Api.XML, xml));
    }

    /** An Active Directory tenant of the seeded domain; {@code account} as a JSON string body. */
    static String adTenant(String account) {
        String body = """
                {"Name": "%s", "BackupServerUid": "%s", "TenantType": "ActiveDirectory",
                 "Domain": {"DomainName": "tech.local", "DomainAccount": "TECH\\\\administrator"}}""".formatted(account, BS1_UID);
        Api.Response task = Fixtures.finished(api, api.post("/cloud/tenants", Api.JSON, body));
        assertThat(task.body()).as(task.body()).contains("<Result Success=\"true\">");
        return Fixtures.relatedId(task, "/cloud/tenants/");
    }

    /** T-B17: the control API says whether a password is the subtenant's, never showing a hash. */
    static boolean passwordMatches(String tenant, String subtenant, String password) {
        Api.Response r = server.control().postJson("/tenants/" + tenant + "/subtenants/" + subtenant + "/password-check",
                "{\"password\": \"" + password + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("pbkdf2");
        return Fixtures.json(r).get("matches").asBoolean();
    }

    static boolean tenantPasswordMatches(String tenant, String password) {
        Api.Response r = server.control().postJson("/tenants/" + tenant + "/password-check", "{\"password\": \"" + password + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("pbkdf2");
        return Fixtures.json(r).get("matches").asBoolean();
    }

    static String normalized(String body) {
        return normalized(body, server);
    }

    static String example(String name) {
        return example(name, server);
    }

    static String normalized(String body, ServerExtension server) {
        return body.replace(server.base(), "https://localhost:9398/api")
                .replace(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"", "")
                .replace(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
    }

    static String example(String name, ServerExtension server) {
        try (java.io.InputStream in = TenantSubresourcesAcceptanceTest.class.getResourceAsStream("/examples/tenants/" + name)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return name.endsWith(".json") ? text.replace("https://localhost:9398/api", server.base()) : text;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
