package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.BS1;
import static dev.cloudgate.acceptance.DemoSeed.BS1_UID;
import static dev.cloudgate.acceptance.DemoSeed.BS2_UID;
import static dev.cloudgate.acceptance.DemoSeed.DS_441;
import static dev.cloudgate.acceptance.DemoSeed.DS_442;
import static dev.cloudgate.acceptance.DemoSeed.ESX_HOST;
import static dev.cloudgate.acceptance.DemoSeed.HV_HOST;
import static dev.cloudgate.acceptance.DemoSeed.HV_SILVER;
import static dev.cloudgate.acceptance.DemoSeed.REPO_02_UID;
import static dev.cloudgate.acceptance.DemoSeed.SILVER;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hardware plans over real HTTP (SPEC-tenants §4.8, §6.11, §7): read, create, edit and delete in XML
 * and JSON, the task messages of §7.3 with nothing half made, the 400s of §7.1, and the plan's tenants.
 */
class HardwarePlanAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api api;

    @BeforeAll
    static void logOn() {
        api = server.api().logon();
    }

    // --- reads

    @Test
    void theSeededPlanIsTheSpecExampleByteForByteInXmlAndJson() {
        Api.Response xml = api.accept(Api.XML).get("/cloud/hardwarePlans/urn:veeam:CloudHardwarePlan:" + SILVER.toUpperCase() + "?format=Entity");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(normalized(xml.body())).isEqualTo(example("hardware-plan.xml"));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans/" + SILVER + "?format=Entity")))
                .isEqualTo(Fixtures.json(example("hardware-plan.json")));
        String refs = normalized(api.accept(Api.XML).get("/cloud/hardwarePlans").body());
        String silverRef = example("hardware-plan-refs.xml");
        assertThat(refs).contains(silverRef.substring(silverRef.indexOf("  <Ref "), silverRef.indexOf("</EntityReferences>")))
                .contains("Name=\"Hyper-V Silver\"");
        Api.Response one = api.accept(Api.XML).get("/cloud/hardwarePlans/" + SILVER);
        assertThat(one.body()).contains("<EntityRef ", "Type=\"CloudHardwarePlanReference\"");
        String hyperV = api.accept(Api.XML).get("/cloud/hardwarePlans/" + HV_SILVER + "?format=Entity").body();
        assertThat(hyperV).contains("<HvCloudHardwarePlan>", "<VolumePath>D:\\Replicas</VolumePath>", "<HypervisorHostRef>" + HV_HOST + "</HypervisorHostRef>")
                .doesNotContain("ParentType", "ParentName");
        JsonNode entities = Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans?format=Entity"));
        assertThat(entities.get("CloudHardwarePlans")).hasSize(2);
    }

    @Test
    void unknownPlansAre404AndUndocumentedMethods405() {
        Api.Response r = api.accept(Api.XML).get("/cloud/hardwarePlans/0b0b0b0b-0000-4000-8000-000000000009?format=Entity");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("Hardware plan [0b0b0b0b-0000-4000-8000-000000000009] was not found.");
        assertThat(api.get("/cloud/hardwarePlans/urn:veeam:CloudTenant:" + SILVER).status()).isEqualTo(404);
        assertThat(api.delete("/cloud/hardwarePlans/nothing").status()).isEqualTo(404);
        Api.Response post = api.post("/cloud/hardwarePlans/" + SILVER + "/tenants", Api.XML, "<x/>");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).contains("GET");
    }

    // --- create

    @Test
    void theSpecCreateExampleMakesAPlanAndTheTaskLinksIt() {
        Api.Response accepted = api.accept(Api.XML).post("/cloud/hardwarePlans", Api.XML, viXml("VMware Gold", DS_441, 500));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body()).contains("<Operation>CreateCloudHardwarePlan</Operation>", "<State>Running</State>");
        Api.Response task = Fixtures.finished(api, accepted);
        assertThat(task.body()).contains("<Result Success=\"true\">", "<Message>Ok</Message>");
        String id = Fixtures.relatedId(task, "/cloud/hardwarePlans/");
        assertThat(task.body()).contains("<Link Rel=\"Related\" Type=\"CloudHardwarePlan\" Href=\"" + server.base() + "/cloud/hardwarePlans/" + id
                + "?format=Entity\" Name=\"\" />");
        String entity = api.accept(Api.XML).get("/cloud/hardwarePlans/" + id + "?format=Entity").body();
        assertThat(entity).contains("Name=\"VMware Gold\"", "<Description>Hardware Plan for VMware</Description>",
                "<ProcessorUsageLimitMhz>10000</ProcessorUsageLimitMhz>", "<MemoryUsageLimitMb>20000</MemoryUsageLimitMb>",
                "<ParentType>HostSystem</ParentType>", "<ParentName>esx01.tech.local</ParentName>", "<Reference>" + DS_441 + "</Reference>",
                "<RootPath />", "<QuotaGb>500</QuotaGb>", "<Network Id=\"" + id + "\">", "<CountWithInternet>1</CountWithInternet>",
                "<CountWithoutInternet>0</CountWithoutInternet>");
        assertThat(entity).containsPattern("<Datastore Id=\"[0-9a-f-]{36}\">");
        delete(id);
        assertThat(api.get("/cloud/hardwarePlans/" + id).status()).isEqualTo(404);
    }

    @Test
    void aHyperVPlanIsMadeFromJsonWithDefaults() {
        String json = """
                {"BackupServerUid": "%s", "Name": "Hyper-V Gold", "ProcessorUsageLimitMhz": -1, "MemoryUsageLimitMb": -1,
                 "HardwarePlanDetails": {"HvCloudHardwarePlan": {"HypervisorHostRef": "%s",
                   "Volumes": {"Volumes": [{"FriendlyName": "Fast", "VolumePath": "E:\\\\Replicas", "QuotaGb": 100}]}}}}"""
                .formatted(BS1_UID, HV_HOST.toUpperCase());
        Api.Response task = Fixtures.finished(api, api.accept(Api.JSON).post("/cloud/hardwarePlans", Api.JSON, json));
        assertThat(task.body()).contains("<Result Success=\"true\">");
        String id = Fixtures.relatedId(task, "/cloud/hardwarePlans/");
        JsonNode plan = Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans/" + id + "?format=Entity"));
        assertThat(plan.get("Description").asText()).isEmpty();
        assertThat(plan.get("ProcessorUsageLimitMhz").asInt()).isEqualTo(-1);
        JsonNode hv = plan.get("HardwarePlanDetails").get("HvCloudHardwarePlan");
        assertThat(hv.get("HypervisorHostRef").asText()).isEqualTo(HV_HOST);
        assertThat(hv.get("Volumes").get("Volumes").get(0).get("VolumePath").asText()).isEqualTo("E:\\Replicas");
        assertThat(hv.get("Network").get("CountWithInternet").asInt()).isZero();
        delete(id);
    }

    @Test
    void createChecksThatNeedTheInventoryFailTheTaskWithTheSpecMessagesAndMakeNothing() {
        int before = planCount();
        assertThat(failure(viXml("vmware SILVER", DS_441, 10))).isEqualTo("Hardware plan vmware SILVER already exists on backup server vbr01.tech.local.");
        assertThat(failure(viXml("No Host", DS_441, 10).replace(ESX_HOST, "urn:VMware:Host:nowhere")))
                .isEqualTo("Host urn:VMware:Host:nowhere was not found on backup server vbr01.tech.local.");
        assertThat(failure(viXml("Wrong Platform", DS_441, 10).replace(ESX_HOST, HV_HOST))).isEqualTo("Host hv01.tech.local is not a VMware host.");
        assertThat(failure(viXml("No Datastore", "urn:VMware:Datastore:elsewhere", 10)))
                .isEqualTo("Datastore urn:VMware:Datastore:elsewhere is not available on host esx01.tech.local.");
        assertThat(failure(viXml("Other Server", DS_441, 10).replace(BS1_UID, BS2_UID)))
                .isEqualTo("Host " + ESX_HOST + " was not found on backup server 172.24.31.67.");
        assertThat(planCount()).isEqualTo(before);
    }

    @Test
    void badCreateBodiesAre400WithTheSpecMessages() {
        String good = "\"BackupServerUid\": \"" + BS1_UID + "\", \"ProcessorUsageLimitMhz\": 1, \"MemoryUsageLimitMb\": 1";
        String vi = "\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"HypervisorHostRef\": \"" + ESX_HOST + "\", \"ParentType\": \"HostSystem\","
                + " \"ParentName\": \"x\", \"Datastores\": {\"Datastores\": [{\"FriendlyName\": \"F\", \"DatastoreType\": \"Datastore\","
                + " \"Reference\": \"" + DS_441 + "\", \"QuotaGb\": 1}]}}}";
        Map<String, String> bodies = Map.ofEntries(
                Map.entry("{\"Name\": \" \", " + good + ", " + vi + "}", "Name must be a non-empty string of at most 255 characters."),
                Map.entry("{\"Name\": \"N\", \"Description\": \"" + "d".repeat(1025) + "\", " + good + ", " + vi + "}",
                        "Description must not be longer than 1024 characters."),
                Map.entry("{\"Name\": \"N\", " + good.replace("\"ProcessorUsageLimitMhz\": 1", "\"ProcessorUsageLimitMhz\": 0") + ", " + vi + "}",
                        "ProcessorUsageLimitMhz must be -1 or a positive number."),
                Map.entry("{\"Name\": \"N\", " + good.replace("\"MemoryUsageLimitMb\": 1", "\"MemoryUsageLimitMb\": -2") + ", " + vi + "}",
                        "MemoryUsageLimitMb must be -1 or a positive number."),
                Map.entry("{\"Name\": \"N\", " + good + ", \"HardwarePlanDetails\": {}}",
                        "HardwarePlanDetails must hold exactly one of ViCloudHardwarePlan, HvCloudHardwarePlan."),
                Map.entry("{\"Name\": \"N\", " + good + ", " + vi.replace("\"QuotaGb\": 1", "\"QuotaGb\": 0") + "}", "QuotaGb must be at least 1."),
                Map.entry("{\"Name\": \"N\", " + good + ", " + vi.replace("\"HostSystem\"", "\"Folder\"") + "}",
                        "ParentType must be HostSystem or ClusterComputeResource."),
                Map.entry("{\"Name\": \"N\", " + good + ", " + vi.replace("\"DatastoreType\": \"Datastore\"", "\"DatastoreType\": \"Disk\"") + "}",
                        "DatastoreType must be Datastore or StoragePod."),
                Map.entry("{\"Name\": \"N\", " + good + ", " + vi.replace("\"Datastores\": {\"Datastores\": [{", "\"Network\": {\"CountWithInternet\": -1},"
                        + " \"Datastores\": {\"Datastores\": [{") + "}", "Network counts must not be negative."),
                Map.entry("{\"Name\": \"N\", " + good + ", " + vi.replaceAll("\\[.*\\]", "[]") + "}", "A hardware plan needs at least one datastore or volume."),
                Map.entry("{\"Name\": \"N\", " + good.replace(BS1_UID, "urn:veeam:CloudGateway:" + BS1) + ", " + vi + "}", "BackupServerUid"));
        int before = planCount();
        bodies.forEach((body, message) -> {
            Api.Response r = api.accept(Api.JSON).post("/cloud/hardwarePlans", Api.JSON, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(body).contains(message);
        });
        Api.Response strict = api.accept(Api.XML).post("/cloud/hardwarePlans", Api.XML, viXml("N", DS_441, 10).replace("<QuotaGb>10</QuotaGb>", "<QuotaGb>ten</QuotaGb>"));
        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.body()).contains("<Error ");
        assertThat(planCount()).isEqualTo(before);
    }

    // --- edit

    @Test
    void theGetPutStyleEditKeepsItemIdsAddsNewOnesAndSubscribersFollow() {
        String id = create("Edit Plan", DS_441, 100);
        String tenant = createTenant(api, "Plan Edit Co");
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + tenant + "/computeResources", Api.XML, subscriptionXml(id)));

        String read = api.accept(Api.XML).get("/cloud/hardwarePlans/" + id + "?format=Entity").body();
        String itemId = read.replaceAll("(?s).*<Datastore Id=\"([0-9a-f-]{36})\">.*", "$1");
        String body = read.replace("<QuotaGb>100</QuotaGb>", "<QuotaGb>700</QuotaGb>")
                .replace("<Description>Hardware Plan for VMware</Description>", "<Description>Bigger</Description>")
                .replace("</Datastore>\n      </Datastores>", "</Datastore>\n        <Datastore><FriendlyName>Second</FriendlyName>"
                        + "<DatastoreType>StoragePod</DatastoreType><Reference>" + DS_442.toUpperCase() + "</Reference><QuotaGb>50</QuotaGb></Datastore>\n"
                        + "      </Datastores>");
        Api.Response accepted = api.accept(Api.XML).put("/cloud/hardwarePlans/" + id, Api.XML, body);
        assertThat(accepted.body()).contains("<Operation>EditCloudHardwarePlan</Operation>");
        Fixtures.succeeds(api, accepted);
        String after = api.accept(Api.XML).get("/cloud/hardwarePlans/" + id + "?format=Entity").body();
        assertThat(after).contains("<Description>Bigger</Description>", "<Datastore Id=\"" + itemId + "\">", "<QuotaGb>700</QuotaGb>",
                "<FriendlyName>Second</FriendlyName>", "<DatastoreType>StoragePod</DatastoreType>", "<Reference>" + DS_442 + "</Reference>");
        // T-B13: the subscriber's statistics follow the new list at once.
        String stats = api.accept(Api.XML).get("/cloud/tenants/" + tenant + "/computeResources").body();
        assertThat(stats).contains("<StorageLimitGb>700</StorageLimitGb>", "<StorageName>Second</StorageName>", "<StorageLimitGb>50</StorageLimitGb>");

        // The vendor's shorter JSON form, without links; a PUT of the same values succeeds (SPEC B16).
        Fixtures.succeeds(api, api.put("/cloud/hardwarePlans/" + id, Api.JSON, "{\"ProcessorUsageLimitMhz\": -1, \"Description\": \"\"}"));
        JsonNode json = Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans/" + id + "?format=Entity"));
        assertThat(json.get("ProcessorUsageLimitMhz").asInt()).isEqualTo(-1);
        assertThat(json.get("Description").asText()).isEmpty();
        assertThat(json.get("MemoryUsageLimitMb").asInt()).isEqualTo(20000);
        Fixtures.succeeds(api, api.put("/cloud/hardwarePlans/" + id, Api.JSON, json.toString()));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans/" + id + "?format=Entity"))).isEqualTo(json);

        deleteTenant(api, tenant);
        delete(id);
    }

    @Test
    void badEditsAre400AndTaskChecksFailAndNothingChanges() {
        String id = create("Bad Edit Plan", DS_441, 100);
        String read = api.accept(Api.XML).get("/cloud/hardwarePlans/" + id + "?format=Entity").body();
        Map<String, String> bodies = Map.of(
                "{\"HardwarePlanDetails\": {\"HvCloudHardwarePlan\": {\"HypervisorHostRef\": \"" + HV_HOST + "\"}}}",
                "The platform of a hardware plan cannot be changed.",
                "{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"HypervisorHostRef\": \"urn:VMware:Host:other\"}}}",
                "The host of a hardware plan cannot be changed.",
                "{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"Network\": {\"CountWithInternet\": 5}}}}",
                "The number of networks of a hardware plan cannot be changed.",
                "{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"Datastores\": {\"Datastores\": [{\"Id\": \"0b0b0b0b-0000-4000-8000-000000000009\","
                        + " \"FriendlyName\": \"F\", \"DatastoreType\": \"Datastore\", \"Reference\": \"" + DS_441 + "\", \"QuotaGb\": 1}]}}}}",
                "Datastore or volume 0b0b0b0b-0000-4000-8000-000000000009 is not part of hardware plan Bad Edit Plan.",
                "{\"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"Datastores\": {\"Datastores\": []}}}}",
                "A hardware plan needs at least one datastore or volume.",
                "{\"MemoryUsageLimitMb\": 0}", "MemoryUsageLimitMb must be -1 or a positive number.",
                "{\"Description\": \"" + "d".repeat(1025) + "\"}", "Description must not be longer than 1024 characters.");
        bodies.forEach((body, message) -> {
            Api.Response r = api.accept(Api.JSON).put("/cloud/hardwarePlans/" + id, Api.JSON, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(Fixtures.json(r).get("Message").asText()).as(body).isEqualTo(message);
        });
        assertThat(Fixtures.failure(api, api.put("/cloud/hardwarePlans/" + id, Api.JSON,
                "{\"Description\": \"changed\", \"HardwarePlanDetails\": {\"ViCloudHardwarePlan\": {\"Datastores\": {\"Datastores\": [{\"FriendlyName\": \"F\","
                        + " \"DatastoreType\": \"Datastore\", \"Reference\": \"urn:VMware:Datastore:gone\", \"QuotaGb\": 1}]}}}}")))
                .isEqualTo("Datastore urn:VMware:Datastore:gone is not available on host esx01.tech.local.");
        assertThat(api.accept(Api.XML).get("/cloud/hardwarePlans/" + id + "?format=Entity").body()).isEqualTo(read);
        delete(id);
    }

    // --- delete and the plan's tenants

    @Test
    void aPlanWithSubscribersCannotBeDeletedAndListsThemAsEntities() {
        String id = create("Busy Plan", DS_441, 100);
        String first = createTenant(api, "Busy Co 1");
        String second = createTenant(api, "Busy Co 2");
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + second + "/computeResources", Api.XML, subscriptionXml(id)));
        Fixtures.succeeds(api, api.post("/cloud/tenants/" + first + "/computeResources", Api.XML, subscriptionXml(id)));

        Api.Response tenants = api.accept(Api.XML).get("/cloud/hardwarePlans/" + id + "/tenants");
        assertThat(tenants.body()).contains("<CloudTenants xmlns=", "Name=\"Busy Co 1\"", "Name=\"Busy Co 2\"");
        assertThat(tenants.body().indexOf("Busy Co 1")).isLessThan(tenants.body().indexOf("Busy Co 2"));
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans/" + id + "/tenants?format=Entity")).get("CloudTenants")).hasSize(2);

        Api.Response refused = api.accept(Api.JSON).delete("/cloud/hardwarePlans/" + id);
        assertThat(refused.body()).contains("\"Operation\":\"DeleteCloudHardwarePlan\"");
        assertThat(Fixtures.failure(api, refused))
                .isEqualTo("Hardware plan Busy Plan cannot be deleted while cloud tenants are subscribed to it (Busy Co 1, Busy Co 2).");
        assertThat(api.get("/cloud/hardwarePlans/" + id).status()).isEqualTo(200);

        deleteTenant(api, first);
        deleteTenant(api, second);
        assertThat(Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans/" + id + "/tenants")).get("CloudTenants")).isEmpty();
        delete(id);
        assertThat(api.delete("/cloud/hardwarePlans/" + id).status()).isEqualTo(404);
    }

    // --- helpers

    static String viXml(String name, String datastore, int quotaGb) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <CloudHardwarePlanCreateSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <BackupServerUid>%s</BackupServerUid>
                  <Name>%s</Name>
                  <Description>Hardware Plan for VMware</Description>
                  <ProcessorUsageLimitMhz>10000</ProcessorUsageLimitMhz>
                  <MemoryUsageLimitMb>20000</MemoryUsageLimitMb>
                  <HardwarePlanDetails>
                    <ViCloudHardwarePlan>
                      <HypervisorHostRef>%s</HypervisorHostRef>
                      <ParentType>HostSystem</ParentType>
                      <ParentName>esx01.tech.local</ParentName>
                      <Datastores>
                        <Datastore>
                          <FriendlyName>Cloud Replicas</FriendlyName>
                          <DatastoreType>Datastore</DatastoreType>
                          <Reference>%s</Reference>
                          <QuotaGb>%d</QuotaGb>
                        </Datastore>
                      </Datastores>
                      <Network>
                        <CountWithInternet>1</CountWithInternet>
                        <CountWithoutInternet>0</CountWithoutInternet>
                      </Network>
                    </ViCloudHardwarePlan>
                  </HardwarePlanDetails>
                </CloudHardwarePlanCreateSpec>""".formatted(BS1_UID, name, ESX_HOST, datastore, quotaGb);
    }

    static String subscriptionXml(String planId) {
        return """
                <CloudTenantComputeResourceCreateSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <CloudHardwarePlanUid>urn:veeam:CloudHardwarePlan:%s</CloudHardwarePlanUid>
                  <PlatformType>VMware</PlatformType>
                  <UseNetworkFailoverResources>false</UseNetworkFailoverResources>
                </CloudTenantComputeResourceCreateSpec>""".formatted(planId);
    }

    /** A standalone tenant of vbr01 with one quota on Cloud Repository 02; returns its id. */
    static String createTenant(Api api, String name) {
        String body = "{\"Name\": \"" + name + "\", \"Password\": \"Str0ng-Pa55\", \"BackupServerUid\": \"" + BS1_UID + "\", \"Resources\":"
                + " {\"BackupResources\": [{\"RepositoryUid\": \"" + REPO_02_UID + "\", \"QuotaMb\": 4096}]}}";
        Api.Response task = Fixtures.finished(api, api.post("/cloud/tenants", Api.JSON, body));
        assertThat(task.body()).as(task.body()).contains("<Result Success=\"true\">");
        return Fixtures.relatedId(task, "/cloud/tenants/");
    }

    static void deleteTenant(Api api, String id) {
        Fixtures.succeeds(api, api.delete("/cloud/tenants/" + id));
    }

    static String create(String name, String datastore, int quotaGb) {
        Api.Response task = Fixtures.finished(api, api.post("/cloud/hardwarePlans", Api.XML, viXml(name, datastore, quotaGb)));
        assertThat(task.body()).as(task.body()).contains("<Result Success=\"true\">");
        return Fixtures.relatedId(task, "/cloud/hardwarePlans/");
    }

    static void delete(String id) {
        Fixtures.succeeds(api, api.delete("/cloud/hardwarePlans/" + id));
    }

    static String failure(String xml) {
        return Fixtures.failure(api, api.accept(Api.XML).post("/cloud/hardwarePlans", Api.XML, xml));
    }

    static int planCount() {
        return Fixtures.json(api.accept(Api.JSON).get("/cloud/hardwarePlans")).get("Refs").size();
    }

    static String normalized(String body) {
        return body.replace(server.base(), "https://localhost:9398/api")
                .replace(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"", "")
                .replace(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
    }

    static String example(String name) {
        try (InputStream in = HardwarePlanAcceptanceTest.class.getResourceAsStream("/examples/tenants/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return name.endsWith(".json") ? text.replace("https://localhost:9398/api", server.base()) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
