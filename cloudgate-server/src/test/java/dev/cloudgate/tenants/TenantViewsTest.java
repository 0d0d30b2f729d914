package dev.cloudgate.tenants;

import static dev.cloudgate.tenants.SpecExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.http.References;
import dev.cloudgate.infrastructure.AllocationModel;
import dev.cloudgate.infrastructure.OrganizationVdc;
import dev.cloudgate.wire.Node;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tenant representations render exactly as the examples of SPEC-tenants §4.2–§4.7, in XML and JSON. */
class TenantViewsTest {

    @Test
    void tenantReferenceListIsSpecSection59() {
        Node refs = References.refList(List.of(TenantViews.ref(H, ABC, VBR01, References.REF)));
        assertThat(xml(refs)).isEqualTo(example("tenant-refs.xml"));
        assertThat(json(refs)).isEqualTo(compact(example("tenant-refs.json")));
    }

    @Test
    void tenantEntityIsSection42() {
        Node entity = TenantViews.entity(H, ABC_DETAILS);
        assertThat(xml(entity)).isEqualTo(example("tenant.xml"));
        assertThat(json(entity)).isEqualTo(compact(example("tenant.json")));
    }

    @Test
    void theEntityListWrapsEntitiesWithoutTheirOwnNamespace() {
        Node list = TenantViews.entities(H, List.of(ABC_DETAILS));
        String entity = example("tenant.xml").replace(" xmlns=\"http://www.veeam.com/ent/v1.0\"", "")
                .replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "").replaceAll("(?m)^", "  ");
        assertThat(xml(list)).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CloudTenants xmlns=\"http://www.veeam.com/ent/v1.0\">\n"
                + entity + "</CloudTenants>\n");
        assertThat(json(list)).isEqualTo(compact("{\"CloudTenants\": [" + example("tenant.json") + "]}"));
        assertThat(xml(TenantViews.entities(H, List.of()))).endsWith("<CloudTenants xmlns=\"http://www.veeam.com/ent/v1.0\" />\n");
        assertThat(json(TenantViews.entities(H, List.of()))).isEqualTo("{\"CloudTenants\":[]}");
    }

    @Test
    void aTenantInNoPoolShowsNeitherPoolsNorTheFailoverFlagAndNoLeaseHasNoDate() {
        CloudTenant plain = new CloudTenant(ABC_ID, BS1, "XYZ Corporation", "", null, true, null, Throttling.DEFAULT, 1,
                BackupProtection.DEFAULT, true, 0, LastResult.None, null, TenantCounters.ZERO, FreeLicenseCounters.ZERO,
                TenantLogon.Standalone.INSTANCE);
        Node entity = TenantViews.entity(H, new TenantDetails(plain, VBR01, List.of(), List.of(), List.of(), List.of()));
        assertThat(xml(entity)).contains("  <Password />\n  <Description />\n  <Enabled>true</Enabled>\n  <LeaseOptions Enabled=\"false\" />\n"
                        + "  <Resources />\n  <LastResult>None</LastResult>\n  <ComputeResources />\n")
                .doesNotContain("CloudGatewayPools").doesNotContain("FailoverToOtherGatewaysIfFail").doesNotContain("LastActive");
        assertThat(json(entity)).contains("\"Description\":\"\",\"Enabled\":true,\"LeaseOptions\":{\"Enabled\":false},\"Resources\":{},")
                .doesNotContain("Password").doesNotContain("CloudGatewayPools").doesNotContain("Failover");
    }

    @Test
    void vcdAndActiveDirectoryTenantsShowTheirTypeAndTheirOwnLinks() {
        String[] xmlTypes = example("tenant-types.xml").split("\n");
        String[] jsonTypes = example("tenant-types.json").split("\n");

        UUID vcdId = UUID.fromString("55d37e56-4f2f-40a9-894e-e094f57e6dd9");
        CloudTenant vcd = tenant(vcdId, "TechCompanyOrg", new TenantLogon.Vcd("TechCompanyOrg",
                "urn:vCloud:Organization:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:org:49c8966b-260a-4d3b-9bca-d0cc6349a9a6"));
        Node vcdEntity = TenantViews.entity(H, new TenantDetails(vcd, VBR01, List.of(), List.of(), List.of(vdc(vcdId)), List.of()));
        assertThat(oneLine(xml(vcdEntity))).contains(xmlTypes[0])
                .contains("<Link Rel=\"Down\" Type=\"CloudTenantVCloudComputeResourceList\" Href=\"https://localhost:9398/api/cloud/tenants/"
                        + vcdId + "/vcloudcomputeresources\" />")
                .contains("<VCloudComputeResources><CloudTenantVCloudComputeResource ")
                .doesNotContain("computeResources\"").doesNotContain("subtenants");
        assertThat(json(vcdEntity)).contains(compact("{" + jsonTypes[0] + "}").replaceAll("^\\{|}$", ""));

        CloudTenant ad = tenant(ABC_ID, "TECH\\william.fox", new TenantLogon.ActiveDirectory("tech.local",
                UUID.fromString("f1b5f006-5e29-4702-8aaa-7653d30af191"), 389));
        Node adEntity = TenantViews.entity(H, new TenantDetails(ad, VBR01, List.of(), List.of(), List.of(), List.of()));
        assertThat(oneLine(xml(adEntity))).contains(xmlTypes[1]).doesNotContain("ComputeResourceList").doesNotContain("Subtenant")
                .doesNotContain("VCloudComputeResources")
                .contains("<Link Rel=\"Delete\" Href=\"https://localhost:9398/api/cloud/tenants/" + ABC_ID + "\" />"
                        + "<Link Rel=\"Related\" Type=\"FreeLicenseCounters\"");
        assertThat(json(adEntity)).contains(compact("{" + jsonTypes[1] + "}").replaceAll("^\\{|}$", ""));
    }

    @Test
    void backupResourceIsSection43AndItsListIsOfThoseItems() {
        Node resource = TenantViews.resource(H, ABC_QUOTA, ABC, VBR01, true);
        assertThat(xml(resource)).isEqualTo(example("resource.xml"));
        assertThat(json(resource)).isEqualTo(compact(example("resource.json")));
        assertThat(json(TenantViews.resources(H, ABC, VBR01, List.of(ABC_QUOTA))))
                .isEqualTo(compact("{\"CloudTenantResources\": [" + example("resource.json") + "]}"));
        assertThat(json(TenantViews.resources(H, ABC, VBR01, List.of()))).isEqualTo("{\"CloudTenantResources\":[]}");
    }

    @Test
    void computeResourceIsSection44() {
        Node compute = TenantViews.computeResource(H, new TenantDetails.Subscription(ABC_SUBSCRIPTION, SILVER), ABC, VBR01, true);
        assertThat(xml(compute)).isEqualTo(example("compute-resource.xml"));
        assertThat(json(compute)).isEqualTo(compact(example("compute-resource.json")));
        assertThat(json(TenantViews.computeResources(H, ABC, VBR01, List.of(new TenantDetails.Subscription(ABC_SUBSCRIPTION, SILVER)))))
                .isEqualTo(compact("{\"CloudTenantComputeResources\": [" + example("compute-resource.json") + "]}"));
    }

    @Test
    void computeResourceWithManualAddressOnHyperVShowsTheSettingsAndNoSwitchElements() {
        HardwarePlan hv = new HardwarePlan(UUID.randomUUID(), BS1, "Hyper-V Gold", "", -1, -1, "urn:HyperV:Host:x.",
                dev.cloudgate.infrastructure.Platform.HyperV, List.of(new PlanStorage.Volume(UUID.randomUUID(), "Cloud Replicas", "D:\\Replicas", 300)), 0, 0);
        ComputeResource manual = new ComputeResource(UUID.randomUUID(), ABC_ID, hv.id(), null, true, new NetworkAppliance("App", "LAN", false,
                new ManualIpSettings("172.17.52.37", "255.255.254.0", "172.17.52.1"), "", false), 0, 0, List.of());
        String xml = oneLine(xml(TenantViews.computeResource(H, new TenantDetails.Subscription(manual, hv), ABC, VBR01, true)));
        assertThat(xml).contains("<PlatformType>HyperV</PlatformType><UseNetworkFailoverResources>true</UseNetworkFailoverResources>"
                + "<NetworkAppliance><Name>App</Name><ProductionNetwork>LAN</ProductionNetwork>"
                + "<ObtainIPAddressAutomatically>false</ObtainIPAddressAutomatically><ManualIpAddressSettingsInfoType>"
                + "<IpAddress>172.17.52.37</IpAddress><SubnetMask>255.255.254.0</SubnetMask><DefaultGateway>172.17.52.1</DefaultGateway>"
                + "</ManualIpAddressSettingsInfoType></NetworkAppliance>")
                .doesNotContain("WanAcceleratorUid")
                .contains("<StorageResourceStat><StorageName>Cloud Replicas</StorageName><StorageUsageGb>0</StorageUsageGb>"
                        + "<StorageLimitGb>300</StorageLimitGb></StorageResourceStat>");
    }

    @Test
    void vCloudComputeResourceIsSection45InsideATenantAndCarriesLinksAlone() {
        UUID tenant = UUID.fromString("55d37e56-4f2f-40a9-894e-e094f57e6dd9");
        CloudTenant vcd = tenant(tenant, "TechCompanyOrg", new TenantLogon.Vcd("TechCompanyOrg", "urn:vCloud:Organization:x"));
        Node inside = TenantViews.vCloudComputeResource(H, vdc(tenant), vcd, VBR01, false);
        assertThat(xml(inside).replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "")
                .replace(" xmlns=\"http://www.veeam.com/ent/v1.0\"", "")).isEqualTo(example("vcloud-compute-resource.xml"));
        assertThat(json(inside)).isEqualTo(compact(example("vcloud-compute-resource.json")));
        String alone = xml(TenantViews.vCloudComputeResource(H, vdc(tenant), vcd, VBR01, true));
        String href = "https://localhost:9398/api/cloud/tenants/" + tenant + "/vcloudcomputeresources/64318a39-a879-4a27-8e5d-58fae0fafaab";
        assertThat(alone).contains("  <Links>\n    <Link Rel=\"Delete\" Href=\"" + href + "\" />\n"
                + "    <Link Rel=\"Up\" Type=\"CloudTenant\" Href=\"https://localhost:9398/api/cloud/tenants/" + tenant
                + "?format=Entity\" Name=\"TechCompanyOrg\" />\n"
                + "    <Link Rel=\"Up\" Type=\"BackupServer\" Href=\"https://localhost:9398/api/backupServers/" + BS1
                + "?format=Entity\" Name=\"vbr01.tech.local\" />\n  </Links>\n  <VirtualDataCenterName>");
    }

    @Test
    void subtenantIsSection46() {
        Node subtenant = TenantViews.subtenant(H, ABC_USER, ABC, VBR01);
        assertThat(xml(subtenant)).isEqualTo(example("subtenant.xml"));
        assertThat(json(subtenant)).isEqualTo(compact(example("subtenant.json")));
        assertThat(json(TenantViews.subtenants(H, ABC, VBR01, List.of(ABC_USER))))
                .isEqualTo(compact("{\"CloudSubtenants\": [" + example("subtenant.json") + "]}"));
    }

    @Test
    void freeLicenseCountersAreSection47() {
        Node counters = TenantViews.freeLicenseCounters(H, ABC);
        assertThat(xml(counters)).isEqualTo(example("free-license-counters.xml"));
        assertThat(json(counters)).isEqualTo(compact(example("free-license-counters.json")));
    }

    @Test
    void noRepresentationEverCarriesAPasswordOrItsHash() {
        String everything = xml(TenantViews.entity(H, ABC_DETAILS)) + json(TenantViews.entity(H, ABC_DETAILS))
                + xml(TenantViews.subtenant(H, ABC_USER, ABC, VBR01)) + json(TenantViews.subtenant(H, ABC_USER, ABC, VBR01));
        assertThat(everything).doesNotContain("hash-never-shown").doesNotContain("\"Password\"");
    }

    static CloudTenant tenant(UUID id, String name, TenantLogon logon) {
        return new CloudTenant(id, BS1, name, "", null, true, null, Throttling.DEFAULT, 1, BackupProtection.DEFAULT, false, 0,
                LastResult.None, null, TenantCounters.ZERO, FreeLicenseCounters.ZERO, logon);
    }

    static TenantDetails.Vdc vdc(UUID tenant) {
        String ref = "urn:vCloud:OrgVdc:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:vdc:64318a39-a879-4a27-8e5d-58fae0fafaab";
        return new TenantDetails.Vdc(new VCloudComputeResource(UUID.fromString("64318a39-a879-4a27-8e5d-58fae0fafaab"), tenant, ref, false,
                0, 0, 16, null, null), new OrganizationVdc(ref, "TechCompanyOrgVDC", AllocationModel.AllocationPool, true));
    }

    /** The XML with the indentation between tags removed, to compare with the spec's one-line fragments. */
    static String oneLine(String xml) {
        return xml.replaceAll(">\\s*\n\\s*<", "><");
    }
}
