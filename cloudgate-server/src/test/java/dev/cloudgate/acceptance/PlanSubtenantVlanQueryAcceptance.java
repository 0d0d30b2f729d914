package dev.cloudgate.acceptance;

import static dev.cloudgate.acceptance.DemoSeed.ABC_RESOURCE;
import static dev.cloudgate.acceptance.DemoSeed.ABC_USER_01;
import static dev.cloudgate.acceptance.DemoSeed.BS1_UID;
import static dev.cloudgate.acceptance.DemoSeed.ESX_HOST;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.VLAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The query types {@code CloudHardwarePlan}, {@code CloudSubtenant} and {@code VlanConfiguration} (SPEC-tenants §8, §9, T-A23)
 * over HTTP, on both stores: their fields are SQL, so each database answers them itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlanSubtenantVlanQueryAcceptance {
    Api api;

    /** The server of the class, on the store the subclass is about. */
    abstract ServerExtension server();

    @BeforeAll
    void logOn() {
        api = server().api().logon();
    }

    @Test
    void theSpecSubtenantQueryExampleAnswersResourcesWhateverTheFormat() {
        String filter = "CloudTenantName==\"ABC Company\";Disabled==false";
        Api.Response xml = api.accept(Api.XML).get("/query?type=CloudSubtenant&filter=" + encode(filter));
        assertThat(xml.status()).as(xml.body()).isEqualTo(200);
        assertThat(xml.body()).contains("<Resources>\n    <CloudSubtenants>\n      <CloudSubtenant Type=\"CloudSubtenant\"",
                "<Name>ABC Company User 01</Name>", "<QuotaId>724f861d-16e7-40ee-8b68-cf7b51c31d61</QuotaId>", "<PagingInfo PageNum=\"1\"");
        JsonNode json = Fixtures.json(api.accept(Api.JSON).get("/query?type=CloudSubtenant&format=References&filter=" + encode(filter)));
        JsonNode item = json.get("Resources").get("CloudSubtenants").get("CloudSubtenants").get(0);
        assertThat(item.get("Id").asText()).isEqualTo(ABC_USER_01);
        assertThat(item.has("Password")).isFalse();
        assertThat(count("CloudSubtenant", "Disabled==true")).isZero();
        assertThat(count("CloudSubtenant", "UID==" + ABC_USER_01)).isEqualTo(1);
        assertThat(count("CloudSubtenant", "CloudTenantUid==urn:veeam:CloudTenant:" + TENANT_ABC + ";Quota>=10240;Unlimited==false")).isEqualTo(1);
        assertThat(count("CloudSubtenant", "UsedQuota>0")).isZero();
        assertThat(count("CloudSubtenant", "BackupResourceId==\"" + ABC_RESOURCE + "\";BackupServerName==vbr01.tech.local")).isEqualTo(1);
        assertThat(count("CloudSubtenant", "BackupServerUID==" + BS1_UID)).isEqualTo(1);
    }

    @Test
    void hardwarePlansAreQueriedByPlatformAndNameInEveryFormat() {
        Api.Response refs = api.accept(Api.XML).get("/query?type=CloudHardwarePlan&filter=" + encode("Platform==HyperV"));
        assertThat(refs.body()).contains("<Refs>", "Type=\"CloudHardwarePlanReference\"", "Name=\"Hyper-V Silver\"").doesNotContain("VMware Silver");
        JsonNode entities = Fixtures.json(api.accept(Api.JSON).get("/query?type=CloudHardwarePlan&format=Entities&sortDesc=Name"));
        JsonNode plans = entities.get("Entities").get("CloudHardwarePlans").get("CloudHardwarePlans");
        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).get("Name").asText()).isEqualTo("VMware Silver");
        assertThat(plans.get(0).get("HardwarePlanDetails").get("ViCloudHardwarePlan").get("ParentName").asText()).isEqualTo("esx01.tech.local");
        // T-A21: an enumeration in declared order, VMware < HyperV.
        assertThat(count("CloudHardwarePlan", "Platform>VMware")).isEqualTo(1);
        assertThat(count("CloudHardwarePlan", "BackupServerUId==" + BS1_UID + ";Name==\"VMware Silver\"")).isEqualTo(1);
        assertThat(api.get("/query?type=CloudHardwarePlan&filter=" + encode("Platform==Xen")).status()).isEqualTo(400);
    }

    @Test
    void vlanConfigurationsAreQueriedAndAPortalUserMayNotAsTheVendorSays() {
        Api.Response entities = api.accept(Api.XML).get("/query?type=VlanConfiguration&format=Entities");
        assertThat(entities.body()).contains("<Entities>\n    <VlanConfigurations>\n      <Vlans Name=\"vSwitch0\" UID=\"" + VLAN + "\">");
        JsonNode json = Fixtures.json(api.accept(Api.JSON).get("/query?type=VlanConfiguration&format=Entities"));
        assertThat(json.get("Entities").get("VlanConfigurations").get("Vlans")).hasSize(1);
        assertThat(count("VlanConfiguration", "UID==" + VLAN)).isEqualTo(1);
        assertThat(count("VlanConfiguration", "UID==urn:veeam:VlanConfiguration:" + VLAN)).isEqualTo(1);
        assertThat(count("VlanConfiguration", "SwitchType==VirtualSwitch;SwitchName==vSwitch0;SwitchId==vSwitch0;ClusterName==\"\"")).isEqualTo(1);
        assertThat(count("VlanConfiguration", "ClusterRef==\"" + ESX_HOST + "\"")).isEqualTo(1);

        Api portal = server().api().logon(Api.PORTAL_USER, Api.PASSWORD).accept(Api.XML);
        assertThat(portal.get("/query?type=VlanConfiguration").status()).isEqualTo(403);
        assertThat(portal.get("/cloud/vlans/" + VLAN).status()).isEqualTo(200);
        assertThat(portal.get("/query?type=CloudSubtenant").status()).isEqualTo(200);
        assertThat(portal.get("/query?type=CloudHardwarePlan").status()).isEqualTo(200);
        Api restore = server().api().logon(Api.RESTORE_OPERATOR, Api.PASSWORD).accept(Api.XML);
        for (String type : new String[] {"VlanConfiguration", "CloudSubtenant", "CloudHardwarePlan"}) {
            assertThat(restore.get("/query?type=" + type).status()).as(type).isEqualTo(403);
        }
    }

    @Test
    void theQueryServiceOffersTheSubtenantAndPlanListsAfterTheTenants() {
        String svc = api.accept(Api.XML).get("/querySvc").body();
        String b = server().base();
        assertThat(svc).contains("<Link Rel=\"Down\" Type=\"CloudTenantList\"");
        assertThat(svc.indexOf("CloudTenantList")).isLessThan(svc.indexOf("CloudSubtenantList"));
        assertThat(svc.indexOf("CloudSubtenantList")).isLessThan(svc.indexOf("CloudHardwarePlanList"));
        assertThat(svc).contains("<Link Rel=\"Down\" Type=\"CloudHardwarePlanList\" Href=\"" + b
                + "/query?type=CloudHardwarePlan&amp;format=Entities&amp;sortAsc=Name&amp;pageSize=15&amp;page=1\" />");
    }

    int count(String type, String filter) {
        Api.Response r = api.accept(Api.JSON).get("/query?type=" + type + "&format=Entities&filter=" + encode(filter));
        assertThat(r.status()).as(filter + ": " + r.body()).isEqualTo(200);
        JsonNode root = Fixtures.json(r);
        JsonNode holder = root.has("Resources") ? root.get("Resources") : root.get("Entities");
        // {"CloudSubtenants": {"CloudSubtenants": [ … ]}}; an empty list may come without its array.
        JsonNode list = holder.elements().next();
        return list.elements().hasNext() ? list.elements().next().size() : 0;
    }

    /** As a client writes a filter into a URL: only what a URL cannot hold is escaped (spaces as %20, as the vendor's examples). */
    static String encode(String text) {
        return QueryAcceptanceTest.encode(text);
    }
}
