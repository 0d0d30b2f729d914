package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.wire.Bodies;
import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.JsonWriter;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.XmlWriter;
import dev.cloudgate.wire.tenants.CloudHardwarePlanCreateSpec;
import dev.cloudgate.wire.tenants.CloudHardwarePlanEdit;
import dev.cloudgate.wire.tenants.CloudSubtenantCreateSpec;
import dev.cloudgate.wire.tenants.CloudSubtenantEdit;
import dev.cloudgate.wire.tenants.CloudTenantComputeResourceCreateSpec;
import dev.cloudgate.wire.tenants.DatastoreType;
import dev.cloudgate.wire.tenants.ParentType;
import dev.cloudgate.wire.tenants.PlanDetails;
import dev.cloudgate.wire.tenants.Platform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hardware plan, compute resource and subtenant bodies the client sends are read by the server's own
 * wire records (strict XSD for XML; SPEC-tenants §6.6, §6.8, §6.11) into exactly the values the client
 * was given.
 */
class PlanAndSubtenantRequestBodiesTest {
    static final String BS_UID = "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
    static final String ESX = "urn:VMware:Host:b7f17482-2f34-446c-976c-924539a98b0b.host-438";
    static final String DS1 = "urn:VMware:Datastore:ed6ad5f1-671b-4875-9d81-72a431953aca.datastore-441";
    static final String HV = "urn:HyperV:Host:849a937a-3416-4f03-8111-67b06393afcb.";
    static final String PLAN = "urn:veeam:CloudHardwarePlan:91156f8d-8bd3-44af-bec3-b6ac2ea24288";
    static final String WAN = "urn:veeam:WanAccelerator:34ebeeb4-75d0-4e71-b315-fbc16eb2975f";
    static final String RESOURCE = "2fcc7f11-2a33-448d-a242-ba8f0618c97b";

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aVmwarePlanIsBoundAsSent(MediaFormat format) {
        HardwarePlanSpec spec = HardwarePlanSpec.vmware(BS_UID, "VMware Gold", ESX, "esx01.tech.local",
                        List.of(PlanStorage.datastore("Cloud Replicas", DS1, 500)))
                .withDescription("Hardware Plan for VMware").withLimits(10000, 20000).withNetworks(1, 0);
        CloudHardwarePlanCreateSpec bound = CloudHardwarePlanCreateSpec.from(read(spec.toNode(), format, CloudHardwarePlanCreateSpec.ROOT,
                CloudHardwarePlanCreateSpec.KEEP_EMPTY));
        assertThat(bound.backupServer().sent()).isEqualTo(BS_UID);
        assertThat(bound.name()).isEqualTo("VMware Gold");
        assertThat(bound.description()).isEqualTo("Hardware Plan for VMware");
        assertThat(bound.processorUsageLimitMhz()).isEqualTo(10000);
        assertThat(bound.memoryUsageLimitMb()).isEqualTo(20000);
        assertThat(bound.details()).isEqualTo(new PlanDetails(Platform.VMware, ESX, "HostSystem", "esx01.tech.local",
                List.of(new PlanDetails.StorageSpec(null, "Cloud Replicas", "Datastore", DS1, null, 500)), 1, 0));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aHyperVPlanIsUnlimitedWithoutNetworksUnlessSaidOtherwise(MediaFormat format) {
        HardwarePlanSpec spec = HardwarePlanSpec.hyperV(BS_UID, "Hyper-V Gold", HV, List.of(PlanStorage.volume("Replicas", "D:\\Replicas", 300)));
        CloudHardwarePlanCreateSpec bound = CloudHardwarePlanCreateSpec.from(read(spec.toNode(), format, CloudHardwarePlanCreateSpec.ROOT,
                CloudHardwarePlanCreateSpec.KEEP_EMPTY));
        assertThat(bound.processorUsageLimitMhz()).isEqualTo(-1);
        assertThat(bound.memoryUsageLimitMb()).isEqualTo(-1);
        assertThat(bound.description()).isEmpty();
        assertThat(bound.details()).isEqualTo(new PlanDetails(Platform.HyperV, HV, null, null,
                List.of(new PlanDetails.StorageSpec(null, "Replicas", null, null, "D:\\Replicas", 300)), 0, 0));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aPlanEditSendsOnlyWhatChangesAndKeepsTheIdsOfItemsReadBack(MediaFormat format) {
        PlanStorage read = new PlanStorage("5df6b488-3a56-4dde-88d2-5e1c93280395", "Cloud Replicas", DatastoreType.Datastore, DS1, null, 300);
        HardwarePlanChanges changes = HardwarePlanChanges.none().withDescription("").withMemoryLimit(-1)
                .withStorage(Platform.VMware, List.of(read.withQuotaGb(700), PlanStorage.datastore("More", DS1.replace("441", "442"), 50)));
        assertThat(text(changes.toNode(), format)).doesNotContain("ProcessorUsageLimitMhz", "Network", "ParentType", "HypervisorHostRef");
        CloudHardwarePlanEdit edit = CloudHardwarePlanEdit.from(read(changes.toNode(), format, CloudHardwarePlanEdit.ROOT,
                CloudHardwarePlanEdit.KEEP_EMPTY));
        assertThat(edit.description()).isEmpty();
        assertThat(edit.processorUsageLimitMhz()).isNull();
        assertThat(edit.memoryUsageLimitMb()).isEqualTo(-1);
        assertThat(edit.detailsSent()).isTrue();
        assertThat(edit.details().platform()).isEqualTo(Platform.VMware);
        assertThat(edit.details().storage()).containsExactly(
                new PlanDetails.StorageSpec("5df6b488-3a56-4dde-88d2-5e1c93280395", "Cloud Replicas", "Datastore", DS1, null, 700),
                new PlanDetails.StorageSpec(null, "More", "Datastore", DS1.replace("441", "442"), null, 50));

        CloudHardwarePlanEdit limitsOnly = CloudHardwarePlanEdit.from(read(HardwarePlanChanges.none().withProcessorLimit(5000).toNode(), format,
                CloudHardwarePlanEdit.ROOT, CloudHardwarePlanEdit.KEEP_EMPTY));
        assertThat(limitsOnly).isEqualTo(new CloudHardwarePlanEdit(null, 5000, null, false, null));
        assertThatThrownBy(() -> HardwarePlanChanges.none().withStorage(null, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aSubscriptionWithAManualApplianceIsBoundAsSent(MediaFormat format) {
        ComputeResourceSpec spec = ComputeResourceSpec.of(PLAN, Platform.VMware).withWanAccelerator(WAN).withNetworkFailover(
                NetworkAppliance.manual("ABC Company Appliance", "VM Network", "172.17.52.37", "255.255.254.0", "172.17.52.1"));
        CloudTenantComputeResourceCreateSpec bound = CloudTenantComputeResourceCreateSpec.from(read(spec.toNode(), format,
                CloudTenantComputeResourceCreateSpec.ROOT, CloudTenantComputeResourceCreateSpec.KEEP_EMPTY));
        assertThat(bound.hardwarePlan().uid("CloudHardwarePlan")).isEqualTo(PLAN);
        assertThat(bound.wanAccelerator().uid("WanAccelerator")).isEqualTo(WAN);
        assertThat(bound.platform()).isEqualTo(Platform.VMware);
        assertThat(bound.useNetworkFailoverResources()).isTrue();
        assertThat(bound.appliance().name()).isEqualTo("ABC Company Appliance");
        assertThat(bound.appliance().obtainIpAddressAutomatically()).isFalse();
        assertThat(bound.appliance().manual()).isEqualTo(new dev.cloudgate.wire.tenants.NetworkApplianceSpec.ManualIp("172.17.52.37",
                "255.255.254.0", "172.17.52.1"));
        assertThat(bound.appliance().productionNetworkUnderDvs()).isFalse();

        CloudTenantComputeResourceCreateSpec plain = CloudTenantComputeResourceCreateSpec.from(read(ComputeResourceSpec.of(
                "91156f8d-8bd3-44af-bec3-b6ac2ea24288", Platform.HyperV).toNode(), format, CloudTenantComputeResourceCreateSpec.ROOT,
                CloudTenantComputeResourceCreateSpec.KEEP_EMPTY));
        assertThat(plain.useNetworkFailoverResources()).isFalse();
        assertThat(plain.appliance()).isNull();
        assertThat(plain.wanAccelerator()).isNull();
        assertThat(plain.platform()).isEqualTo(Platform.HyperV);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void subtenantCreatesAreBoundAsSent(MediaFormat format) {
        SubtenantSpec limited = SubtenantSpec.limited("ABC Company User 02", "12345678", RESOURCE, 10240).withDescription("Laptop User")
                .withEnabled(false).withQuotaName("User 02 Quota");
        CloudSubtenantCreateSpec bound = CloudSubtenantCreateSpec.from(read(limited.toNode(), format, CloudSubtenantCreateSpec.ROOT,
                CloudSubtenantCreateSpec.KEEP_EMPTY));
        assertThat(bound).isEqualTo(new CloudSubtenantCreateSpec("ABC Company User 02", "Laptop User", "12345678", false, UUID.fromString(RESOURCE),
                "User 02 Quota", 10240L, false));
        CloudSubtenantCreateSpec unlimited = CloudSubtenantCreateSpec.from(read(SubtenantSpec.unlimited("User 03", "pw", RESOURCE).toNode(),
                format, CloudSubtenantCreateSpec.ROOT, CloudSubtenantCreateSpec.KEEP_EMPTY));
        assertThat(unlimited).isEqualTo(new CloudSubtenantCreateSpec("User 03", "", "pw", true, UUID.fromString(RESOURCE), null, null, true));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void subtenantEditsSendOnlyWhatChanges(MediaFormat format) {
        Node password = SubtenantChanges.none().withPassword("N3w-Pa55").toNode();
        assertThat(text(password, format)).doesNotContain("RepositoryQuota", "Enabled", "Description");
        assertThat(CloudSubtenantEdit.from(read(password, format, CloudSubtenantEdit.ROOT, CloudSubtenantEdit.KEEP_EMPTY)))
                .isEqualTo(new CloudSubtenantEdit(null, "N3w-Pa55", null, null, null, null, null));
        SubtenantChanges quota = SubtenantChanges.none().withDescription("").withEnabled(false).withQuotaMb(20480).withQuotaName("Bigger")
                .withTenantResource(RESOURCE);
        assertThat(CloudSubtenantEdit.from(read(quota.toNode(), format, CloudSubtenantEdit.ROOT, CloudSubtenantEdit.KEEP_EMPTY)))
                .isEqualTo(new CloudSubtenantEdit("", null, false, false, "Bigger", RESOURCE, 20480L));
        assertThat(CloudSubtenantEdit.from(read(SubtenantChanges.none().withUnlimitedQuota().toNode(), format, CloudSubtenantEdit.ROOT,
                CloudSubtenantEdit.KEEP_EMPTY)).unlimited()).isTrue();
    }

    @Test
    void subtenantSpecsAndChangesNeverShowAPasswordInTheirText() {
        assertThat(SubtenantSpec.limited("User", "Str0ng-Pa55", RESOURCE, 2048).toString()).contains("password=***").doesNotContain("Str0ng");
        assertThat(SubtenantChanges.none().withPassword("N3w-Pa55").toString()).contains("password=***").doesNotContain("N3w");
        assertThat(SubtenantChanges.none().withEnabled(true).toString()).contains("password=null");
    }

    @Test
    void aVmwareSpecCanNameAClusterAsItsParent() {
        HardwarePlanSpec cluster = HardwarePlanSpec.vmware(BS_UID, "C", ESX, "Cluster 1", List.of(PlanStorage.datastore("D", DS1, 1)))
                .withParentType(ParentType.ClusterComputeResource);
        assertThat(text(cluster.toNode(), MediaFormat.XML)).contains("<ParentType>ClusterComputeResource</ParentType>", "<ParentName>Cluster 1</ParentName>");
    }

    private static BodyNode read(Node body, MediaFormat format, String root, Set<String> keepEmpty) {
        byte[] bytes = format == MediaFormat.JSON ? JsonWriter.write(body) : XmlWriter.write(body);
        return Bodies.read(bytes, format, root, true, keepEmpty);
    }

    private static String text(Node body, MediaFormat format) {
        return new String(format == MediaFormat.JSON ? JsonWriter.write(body) : XmlWriter.write(body), StandardCharsets.UTF_8);
    }
}
