package dev.cloudgate.wire.tenants;

import static dev.cloudgate.wire.tenants.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.wire.Bodies;
import dev.cloudgate.wire.BodyException;
import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.MediaFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The request bodies of SPEC-tenants §6, as the spec prints them, bind to the same values in XML and JSON. */
class TenantBodiesTest {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static BodyNode xml(String doc, String root, Set<String> keepEmpty) {
        return Bodies.read(doc.getBytes(StandardCharsets.UTF_8), MediaFormat.XML, root, true, keepEmpty);
    }

    static BodyNode lenient(String doc, String root, Set<String> keepEmpty) {
        return Bodies.read(doc.getBytes(StandardCharsets.UTF_8), MediaFormat.XML, root, false, keepEmpty);
    }

    static BodyNode json(String doc, String root) {
        return Bodies.read(doc.getBytes(StandardCharsets.UTF_8), MediaFormat.JSON, root, true, Set.of());
    }

    static CreateCloudTenantSpec tenantXml(String doc) {
        return CreateCloudTenantSpec.from(xml(doc, CreateCloudTenantSpec.ROOT, CreateCloudTenantSpec.KEEP_EMPTY), NOW);
    }

    static CreateCloudTenantSpec tenantJson(String doc) {
        return CreateCloudTenantSpec.from(json(doc, CreateCloudTenantSpec.ROOT), NOW);
    }

    @Test
    void standaloneCreateBindsAlikeFromXmlAndJson() {
        CreateCloudTenantSpec fromXml = tenantXml(CREATE_TENANT_XML);
        assertThat(tenantJson(CREATE_TENANT_JSON)).isEqualTo(fromXml);
        assertThat(tenantJson("{\"CreateCloudTenantSpec\": " + CREATE_TENANT_JSON + "}")).isEqualTo(fromXml);
        assertThat(tenantXml(CREATE_TENANT_XML).equals(CreateCloudTenantSpec.from(
                lenient(CREATE_TENANT_XML, CreateCloudTenantSpec.ROOT, CreateCloudTenantSpec.KEEP_EMPTY), NOW))).isTrue();

        assertThat(fromXml.name()).isEqualTo("Tri-M Company");
        assertThat(fromXml.description()).isEqualTo("Tenant account for Tri-M Company");
        assertThat(fromXml.password()).isEqualTo("Str0ng-Pa55");
        assertThat(fromXml.enabled()).isTrue();
        assertThat(fromXml.leaseExpiration()).isEqualTo(Instant.parse("2099-12-31T00:00:00Z"));
        assertThat(fromXml.resources()).containsExactly(new CreateCloudTenantResourceSpec("Cloud Repository 01",
                new UidRef(UUID.fromString("a0f35f34-8d58-4470-b52d-071e1417732a"), REPO), 307200, null));
        assertThat(fromXml.computeResources()).containsExactly(new CloudTenantComputeResourceCreateSpec(
                new UidRef(UUID.fromString("91156f8d-8bd3-44af-bec3-b6ac2ea24288"), PLAN), null, Platform.VMware, false, null));
        assertThat(fromXml.throttlingEnabled()).isFalse();
        assertThat(fromXml.throttlingSpeedLimit()).isEqualTo(1);
        assertThat(fromXml.throttlingSpeedUnit()).isEqualTo(ThrottlingUnit.MBps);
        assertThat(fromXml.publicIpCount()).isZero();
        assertThat(fromXml.backupServerUid().id()).isEqualTo(UUID.fromString("8ea5406b-a6e9-42d9-bca5-44b6a5d94af1"));
        assertThat(fromXml.backupServerIdOrName()).isNull();
        assertThat(fromXml.maxConcurrentTasks()).isEqualTo(2);
        assertThat(fromXml.backupProtectionEnabled()).isFalse();
        assertThat(fromXml.backupProtectionPeriod()).isEqualTo(1);
        assertThat(fromXml.tenantType()).isEqualTo(TenantType.Standalone);
        assertThat(fromXml.organizationRef()).isNull();
        assertThat(fromXml.vCloudComputeResources()).isEmpty();
        assertThat(fromXml.cloudGatewayPools()).extracting(UidRef::sent).containsExactly(POOL);
        assertThat(fromXml.failoverToOtherGatewaysIfFail()).isTrue();
        assertThat(fromXml.domain()).isNull();
    }

    @Test
    void aMinimalStandaloneCreateTakesTheDefaultsOfTheTable() {
        CreateCloudTenantSpec spec = tenantJson("{\"Name\": \" Tri-M \", \"Password\": \"p\", \"BackupServerUid\": \"8EA5406B-A6E9-42D9-BCA5-44B6A5D94AF1\"}");
        assertThat(spec).isEqualTo(new CreateCloudTenantSpec(null, new UidRef(UUID.fromString("8ea5406b-a6e9-42d9-bca5-44b6a5d94af1"),
                "8EA5406B-A6E9-42D9-BCA5-44B6A5D94AF1"), "Tri-M", "", "p", true, null, List.of(), List.of(), false, 1, ThrottlingUnit.MBps,
                0, 1, false, 1, TenantType.Standalone, null, List.of(), List.of(), false, null));
        assertThat(spec.backupServerUid().uid("BackupServer")).isEqualTo(BS);
    }

    @Test
    void vcdCreateBindsAlikeFromXmlAndJsonInEitherPositionOfItsVdcs() {
        CreateCloudTenantSpec fromXml = tenantXml(CREATE_VCD_XML);
        assertThat(tenantJson(CREATE_VCD_JSON)).isEqualTo(fromXml);
        assertThat(fromXml.tenantType()).isEqualTo(TenantType.vCD);
        assertThat(fromXml.password()).isNull();
        assertThat(fromXml.organizationRef()).startsWith("urn:vCloud:Organization:7b8c3fa3");
        assertThat(fromXml.vCloudComputeResources()).containsExactly(new VCloudComputeResourceSpec(
                "urn:vCloud:OrgVdc:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:vdc:64318a39-a879-4a27-8e5d-58fae0fafaab", false, null, null));
        // T-A5: the vendor table's position, right after the backup resources, is accepted as well.
        String vdcs = CREATE_VCD_XML.substring(CREATE_VCD_XML.indexOf("  <VCloudComputeResources>"),
                CREATE_VCD_XML.indexOf("</VCloudComputeResources>") + "</VCloudComputeResources>\n".length());
        String tablePosition = CREATE_VCD_XML.replace(vdcs, "").replace("  </Resources>\n", "  </Resources>\n" + vdcs);
        assertThat(tablePosition).isNotEqualTo(CREATE_VCD_XML);
        assertThat(tenantXml(tablePosition)).isEqualTo(fromXml);
        // … but once only.
        String twice = CREATE_VCD_XML.replace("  </Resources>\n", "  </Resources>\n" + vdcs);
        assertThatThrownBy(() -> tenantXml(twice)).isInstanceOf(BodyException.class).hasMessageStartingWith("Element '");
        // T-A6: the type in any case.
        assertThat(tenantXml(CREATE_VCD_XML.replace(">vCD<", ">VCD<")).tenantType()).isEqualTo(TenantType.vCD);
        assertThat(tenantJson(CREATE_VCD_JSON.replace("\"vCD\"", "\"Vcd\"")).tenantType()).isEqualTo(TenantType.vCD);
    }

    @Test
    void activeDirectoryCreateBindsAlikeFromXmlAndJson() {
        CreateCloudTenantSpec fromXml = tenantXml(CREATE_AD_XML);
        assertThat(tenantJson(CREATE_AD_JSON)).isEqualTo(fromXml);
        assertThat(fromXml.name()).isEqualTo("TECH\\william.fox");
        assertThat(fromXml.tenantType()).isEqualTo(TenantType.ActiveDirectory);
        assertThat(fromXml.domain()).isEqualTo(new DomainSpec("tech.local", "TECH\\administrator", 389));
        assertThat(fromXml.password()).isNull();
        // T-A4: the vendor's JSON spelling DomainAccout; the port defaults to 389.
        assertThat(tenantJson(CREATE_AD_JSON.replace("DomainAccount", "DomainAccout").replace(", \"Port\": 389", "")).domain())
                .isEqualTo(fromXml.domain());
    }

    @Test
    void createAcceptsTheVendorsOtherSpellings() {
        String aliases = CREATE_TENANT_XML.replace("PublicIpCount", "PublicIPCount").replace("BackupServerUid>", "BackupServerUID>")
                .replace("FailoverToOtherGatewaysIfFail", "FailoverToOthersGatewaysIfFail");
        assertThat(tenantXml(aliases)).isEqualTo(tenantXml(CREATE_TENANT_XML));
        String jsonAliases = CREATE_TENANT_JSON.replace("PublicIpCount", "PublicIPCount").replace("BackupServerUid", "BackupServerUID")
                .replace("FailoverToOtherGatewaysIfFail", "FailoverToOthersGatewaysIfFail");
        assertThat(tenantJson(jsonAliases)).isEqualTo(tenantJson(CREATE_TENANT_JSON));
        // The legacy backup server element (9.x XSD), first in the sequence.
        String legacy = CREATE_TENANT_XML.replace("  <BackupServerUid>urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1</BackupServerUid>\n", "")
                .replace("  <Name>Tri-M Company</Name>", "  <BackupServerIdOrName>vbr01.tech.local</BackupServerIdOrName>\n  <Name>Tri-M Company</Name>");
        CreateCloudTenantSpec spec = tenantXml(legacy);
        assertThat(spec.backupServerIdOrName()).isEqualTo("vbr01.tech.local");
        assertThat(spec.backupServerUid()).isNull();
    }

    @Test
    void createCollapsesDuplicatePoolsAndAcceptsBareArraysAndEmptyForms() {
        String twice = CREATE_TENANT_JSON.replace("[\"" + POOL + "\"]", "[\"" + POOL + "\", \"64BF55FB-B53F-4214-950A-FCC3A241622B\"]");
        assertThat(tenantJson(twice).cloudGatewayPools()).extracting(UidRef::sent).containsExactly(POOL);
        String bare = CREATE_TENANT_JSON.replace("{\"BackupResources\": [", "[").replace("307200}]}", "307200}]");
        assertThat(tenantJson(bare).resources()).isEqualTo(tenantJson(CREATE_TENANT_JSON).resources());
        String empty = CREATE_TENANT_JSON.replaceFirst("\"Resources\": \\{.*]},", "\"Resources\": {},")
                .replaceFirst("\"ComputeResources\": \\{.*]},", "\"ComputeResources\": {\"ComputeResources\": null},");
        assertThat(tenantJson(empty).resources()).isEmpty();
        assertThat(tenantJson(empty).computeResources()).isEmpty();
    }

    @Test
    void backupResourceBindsAlikeAndAnEmptyNameMeansTheRepositorysName() {
        CreateCloudTenantResourceSpec fromXml = CreateCloudTenantResourceSpec.from(
                xml(CREATE_RESOURCE_XML, CreateCloudTenantResourceSpec.ROOT, CreateCloudTenantResourceSpec.KEEP_EMPTY));
        assertThat(CreateCloudTenantResourceSpec.from(json(CREATE_RESOURCE_JSON, CreateCloudTenantResourceSpec.ROOT))).isEqualTo(fromXml);
        assertThat(fromXml).isEqualTo(new CreateCloudTenantResourceSpec("Cloud Repository 02", new UidRef(
                UUID.fromString("0a9c15f5-bc17-4848-a14b-b2ec3f9919ea"), "urn:veeam:Repository:0a9c15f5-bc17-4848-a14b-b2ec3f9919ea"), 102400, null));
        String emptyName = CREATE_RESOURCE_XML.replace("<Name>Cloud Repository 02</Name>", "<Name />");
        assertThat(CreateCloudTenantResourceSpec.from(xml(emptyName, CreateCloudTenantResourceSpec.ROOT,
                CreateCloudTenantResourceSpec.KEEP_EMPTY)).name()).isNull();
        assertThat(CreateCloudTenantResourceSpec.from(json("{\"Name\": \"\", \"RepositoryUid\": \"" + REPO + "\", \"QuotaMb\": 1024}",
                CreateCloudTenantResourceSpec.ROOT)).name()).isNull();
        assertThat(CreateCloudTenantResourceSpec.from(json("{\"RepositoryUid\": \"" + REPO + "\", \"QuotaMb\": 1024, \"WanAcceleratorUid\": \""
                + WAN + "\"}", CreateCloudTenantResourceSpec.ROOT)).wanAccelerator().uid("WanAccelerator")).isEqualTo(WAN);
        // The name is required in strict XML (1/1), even if it may be empty.
        String noName = CREATE_RESOURCE_XML.replace("  <Name>Cloud Repository 02</Name>\n", "");
        assertThatThrownBy(() -> xml(noName, CreateCloudTenantResourceSpec.ROOT, CreateCloudTenantResourceSpec.KEEP_EMPTY))
                .isInstanceOf(BodyException.class).hasMessage("Element 'RepositoryUid' is not expected here; expected one of: Name.");
    }

    @Test
    void computeResourceBindsAlikeFromXmlAndJson() {
        CloudTenantComputeResourceCreateSpec fromXml = CloudTenantComputeResourceCreateSpec.from(
                xml(CREATE_COMPUTE_XML, CloudTenantComputeResourceCreateSpec.ROOT, CloudTenantComputeResourceCreateSpec.KEEP_EMPTY));
        assertThat(CloudTenantComputeResourceCreateSpec.from(json(CREATE_COMPUTE_JSON, CloudTenantComputeResourceCreateSpec.ROOT)))
                .isEqualTo(fromXml);
        assertThat(fromXml.platform()).isEqualTo(Platform.VMware);
        assertThat(fromXml.useNetworkFailoverResources()).isTrue();
        assertThat(fromXml.wanAccelerator().uid("WanAccelerator")).isEqualTo(WAN);
        assertThat(fromXml.appliance()).isEqualTo(new NetworkApplianceSpec("ABC Company Appliance", "VM Network", false,
                new NetworkApplianceSpec.ManualIp("172.17.52.37", "255.255.254.0", "172.17.52.1"), null, false));
        String alias = CREATE_COMPUTE_XML.replace("ObtainIPAddressAutomatically", "ObtainIpAddressAutomatically");
        assertThat(CloudTenantComputeResourceCreateSpec.from(xml(alias, CloudTenantComputeResourceCreateSpec.ROOT, Set.of())))
                .isEqualTo(fromXml);
        assertThat(CloudTenantComputeResourceCreateSpec.from(json(CREATE_COMPUTE_JSON.replace("\"VMware\"", "\"hyperv\""),
                CloudTenantComputeResourceCreateSpec.ROOT)).platform()).isEqualTo(Platform.HyperV);
    }

    @Test
    void subtenantCreateBindsAlikeFromXmlAndJson() {
        CloudSubtenantCreateSpec fromXml = CloudSubtenantCreateSpec.from(
                xml(CREATE_SUBTENANT_XML, CloudSubtenantCreateSpec.ROOT, CloudSubtenantCreateSpec.KEEP_EMPTY));
        assertThat(CloudSubtenantCreateSpec.from(json(CREATE_SUBTENANT_JSON, CloudSubtenantCreateSpec.ROOT))).isEqualTo(fromXml);
        assertThat(fromXml).isEqualTo(new CloudSubtenantCreateSpec("ABC Company User 02", "ABC Company Laptop User", "12345678", true,
                UUID.fromString("2fcc7f11-2a33-448d-a242-ba8f0618c97b"), "User 02 Quota", 10240L, false));
        // T-A29: unlimited without a quota keeps none here (the server stores the resource's).
        CloudSubtenantCreateSpec unlimited = CloudSubtenantCreateSpec.from(json(CREATE_SUBTENANT_JSON.replace(", \"QuotaMb\": 10240", "")
                .replace("\"UnlimitedQuota\": false", "\"UnlimitedQuota\": true"), CloudSubtenantCreateSpec.ROOT));
        assertThat(unlimited.quotaMb()).isNull();
        assertThat(unlimited.unlimitedQuota()).isTrue();
    }

    @Test
    void hardwarePlanCreateBindsAlikeFromXmlAndJson() {
        CloudHardwarePlanCreateSpec fromXml = CloudHardwarePlanCreateSpec.from(
                xml(CREATE_PLAN_XML, CloudHardwarePlanCreateSpec.ROOT, CloudHardwarePlanCreateSpec.KEEP_EMPTY));
        assertThat(CloudHardwarePlanCreateSpec.from(json(CREATE_PLAN_JSON, CloudHardwarePlanCreateSpec.ROOT))).isEqualTo(fromXml);
        assertThat(fromXml.backupServer().uid("BackupServer")).isEqualTo(BS);
        assertThat(fromXml.name()).isEqualTo("VMware Gold");
        assertThat(fromXml.processorUsageLimitMhz()).isEqualTo(10000);
        assertThat(fromXml.memoryUsageLimitMb()).isEqualTo(20000);
        assertThat(fromXml.details()).isEqualTo(new PlanDetails(Platform.VMware,
                "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438", "HostSystem", "esx01.tech.local",
                List.of(new PlanDetails.StorageSpec(null, "Cloud Replicas", "Datastore",
                        "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441", null, 500)), 1, 0));
        String hyperV = """
                {"BackupServerUid": "8ea5406b-a6e9-42d9-bca5-44b6a5d94af1", "Name": "Hyper-V Gold", "ProcessorUsageLimitMhz": -1,
                 "MemoryUsageLimitMb": -1, "HardwarePlanDetails": {"HvCloudHardwarePlan": {"HypervisorHostRef": "urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb.",
                 "Volumes": {"Volumes": [{"FriendlyName": "Cloud Replicas", "VolumePath": "D:\\\\Replicas", "QuotaGb": 300, "Id": "66d75e14-a35a-4dfe-a919-9b2a3bf87e4a"}]}}}}
                """;
        CloudHardwarePlanCreateSpec hv = CloudHardwarePlanCreateSpec.from(json(hyperV, CloudHardwarePlanCreateSpec.ROOT));
        assertThat(hv.description()).isEmpty();
        assertThat(hv.details()).isEqualTo(new PlanDetails(Platform.HyperV, "urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb.", null, null,
                List.of(new PlanDetails.StorageSpec("66d75e14-a35a-4dfe-a919-9b2a3bf87e4a", "Cloud Replicas", null, null, "D:\\Replicas", 300)), 0, 0));
    }

    @Test
    void tenantEditsOfTheSpecBindAlikeFromXmlAndJson() {
        CloudTenantEdit fromXml = CloudTenantEdit.from(xml(EDIT_TENANT_XML, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY));
        assertThat(CloudTenantEdit.from(json(EDIT_TENANT_JSON, CloudTenantEdit.ROOT))).isEqualTo(fromXml);
        assertThat(fromXml).isEqualTo(new CloudTenantEdit(null, "Tenant account for ABC Company (gold)", false, true,
                Instant.parse("2028-06-30T00:00:00Z"), true, 100, "Mbps", 4, null, null, List.of(), null));
        assertThat(fromXml.check(NOW, CloudTenantEdit.Lease.NONE)).isEqualTo(new CloudTenantEdit.Lease(true, Instant.parse("2028-06-30T00:00:00Z")));
        assertThat(fromXml.throttlingUnit()).isEqualTo(ThrottlingUnit.Mbps);
    }

    @Test
    void thePowerShellPasswordResetIsAValidEditDespiteItsMalformedIdentity() {
        CloudTenantEdit reset = CloudTenantEdit.from(xml(PASSWORD_RESET_XML, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY));
        assertThat(reset).isEqualTo(new CloudTenantEdit("N3w-Pa55", null, null, null, null, null, null, null, null, null, null, null, null));
        CloudTenantEdit.Lease stored = new CloudTenantEdit.Lease(true, Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(reset.check(NOW, stored)).isEqualTo(stored);
    }
}
