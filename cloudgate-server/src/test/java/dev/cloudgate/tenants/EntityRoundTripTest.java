package dev.cloudgate.tenants;

import static dev.cloudgate.tenants.SpecExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.wire.Bodies;
import dev.cloudgate.wire.BodyNode;
import dev.cloudgate.wire.JsonWriter;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.XmlWriter;
import dev.cloudgate.wire.tenants.CloudHardwarePlanEdit;
import dev.cloudgate.wire.tenants.CloudSubtenantEdit;
import dev.cloudgate.wire.tenants.CloudTenantEdit;
import dev.cloudgate.wire.tenants.PlanDetails;
import dev.cloudgate.wire.tenants.UidRef;
import dev.cloudgate.wire.tenants.VlanConfigurationEdit;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SPEC-tenants §2.7 (1): an entity read with GET and sent back is a valid PUT body, in strict XML and in
 * JSON, and it changes nothing; the C# client's enable/disable is exactly that with Enabled and Password set.
 */
class EntityRoundTripTest {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static BodyNode read(Node entity, MediaFormat format, String root, Set<String> keepEmpty) {
        byte[] bytes = format == MediaFormat.XML ? XmlWriter.write(entity) : JsonWriter.write(entity);
        return Bodies.read(bytes, format, root, true, keepEmpty);
    }

    static BodyNode read(String body, MediaFormat format, String root, Set<String> keepEmpty) {
        return Bodies.read(body.getBytes(StandardCharsets.UTF_8), format, root, true, keepEmpty);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aTenantEntitySentBackChangesNothing(MediaFormat format) {
        TenantDetails full = new TenantDetails(ABC, VBR01, List.of(ABC_QUOTA), List.of(new TenantDetails.Subscription(ABC_SUBSCRIPTION, SILVER)),
                List.of(), List.of(POOL_ID));
        CloudTenantEdit edit = CloudTenantEdit.from(read(TenantViews.entity(H, full), format, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY));
        assertThat(edit).isEqualTo(new CloudTenantEdit(null, ABC.description(), true, true, ABC.leaseExpiration(), true, 10, "MBps", 2, true, 14,
                List.of(new UidRef(POOL_ID, "urn:veeam:CloudGatewayPool:" + POOL_ID)), true));
        CloudTenantEdit.Lease stored = new CloudTenantEdit.Lease(true, ABC.leaseExpiration());
        assertThat(edit.check(NOW, stored)).isEqualTo(stored);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void theCsharpClientsDisableSendsTheEntityWithEnabledAndPasswordSet(MediaFormat format) {
        Node entity = TenantViews.entity(H, ABC_DETAILS);
        String body = new String(format == MediaFormat.XML ? XmlWriter.write(entity) : JsonWriter.write(entity), StandardCharsets.UTF_8);
        body = format == MediaFormat.XML
                ? body.replace("<Password />", "<Password>S3cret</Password>").replace("<Enabled>true</Enabled>", "<Enabled>false</Enabled>")
                : body.replace("\"Enabled\":true", "\"Password\":\"S3cret\",\"Enabled\":false");
        CloudTenantEdit edit = CloudTenantEdit.from(read(body, format, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY));
        assertThat(edit.password()).isEqualTo("S3cret");
        assertThat(edit.enabled()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void vcdAndActiveDirectoryEntitiesAreValidBodiesToo(MediaFormat format) {
        UUID vcdId = UUID.fromString("55d37e56-4f2f-40a9-894e-e094f57e6dd9");
        CloudTenant vcd = TenantViewsTest.tenant(vcdId, "TechCompanyOrg", new TenantLogon.Vcd("TechCompanyOrg", "urn:vCloud:Organization:x"));
        Node vcdEntity = TenantViews.entity(H, new TenantDetails(vcd, VBR01, List.of(), List.of(), List.of(TenantViewsTest.vdc(vcdId)), List.of()));
        assertThat(CloudTenantEdit.from(read(vcdEntity, format, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY)).cloudGatewayPools()).isNull();
        CloudTenant ad = TenantViewsTest.tenant(ABC_ID, "TECH\\william.fox", new TenantLogon.ActiveDirectory("tech.local", UUID.randomUUID(), 389));
        Node adEntity = TenantViews.entity(H, new TenantDetails(ad, VBR01, List.of(), List.of(), List.of(), List.of()));
        assertThat(CloudTenantEdit.from(read(adEntity, format, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY)).enabled()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aSubtenantEntitySentBackWithANewQuota(MediaFormat format) {
        Node entity = TenantViews.subtenant(H, ABC_USER, ABC, VBR01);
        String body = new String(format == MediaFormat.XML ? XmlWriter.write(entity) : JsonWriter.write(entity), StandardCharsets.UTF_8)
                .replace("<QuotaMb>10240</QuotaMb>", "<QuotaMb>20480</QuotaMb>").replace("\"QuotaMb\":10240", "\"QuotaMb\":20480");
        CloudSubtenantEdit edit = CloudSubtenantEdit.from(read(body, format, CloudSubtenantEdit.ROOT, CloudSubtenantEdit.KEEP_EMPTY));
        assertThat(edit).isEqualTo(new CloudSubtenantEdit("ABC Company PC User", null, true, false, "Cloud Vol User 01",
                ABC_QUOTA.id().toString(), 20480L));
        assertThat(edit.check(new CloudSubtenantEdit.Quota(false, "Cloud Vol User 01", ABC_QUOTA.id(), 10240)))
                .isEqualTo(new CloudSubtenantEdit.Quota(false, "Cloud Vol User 01", ABC_QUOTA.id(), 20480));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aHardwarePlanEntitySentBackKeepsItsItemsAndChecksAgainstItself(MediaFormat format) {
        CloudHardwarePlanEdit.StoredPlan stored = new CloudHardwarePlanEdit.StoredPlan(SILVER.name(), dev.cloudgate.wire.tenants.Platform.VMware,
                SILVER.hostRef(), 1, 1, Set.of(REPLICAS_DS));
        CloudHardwarePlanEdit edit = CloudHardwarePlanEdit.from(read(HardwarePlanViews.entity(H, SILVER, VBR01, ESX01), format,
                CloudHardwarePlanEdit.ROOT, CloudHardwarePlanEdit.KEEP_EMPTY));
        edit.check(stored);
        assertThat(edit.description()).isEqualTo("Hardware plan for VMware VMs");
        assertThat(edit.processorUsageLimitMhz()).isEqualTo(10000);
        assertThat(edit.details().storage()).containsExactly(new PlanDetails.StorageSpec(REPLICAS_DS.toString(), "Cloud Replicas", "Datastore", DS_REF,
                null, 300));

        HardwarePlan hv = new HardwarePlan(UUID.randomUUID(), BS1, "Hyper-V", "", -1, -1, "urn:HyperV:Host:x.", Platform.HyperV,
                List.of(new PlanStorage.Volume(UUID.randomUUID(), "R", "D:\\R", 5)), 0, 2);
        Host host = new Host(UUID.randomUUID(), BS1, "urn:HyperV:Host:x.", "hv01", Platform.HyperV, null, List.of());
        CloudHardwarePlanEdit hvEdit = CloudHardwarePlanEdit.from(read(HardwarePlanViews.entity(H, hv, VBR01, host), format,
                CloudHardwarePlanEdit.ROOT, CloudHardwarePlanEdit.KEEP_EMPTY));
        hvEdit.check(new CloudHardwarePlanEdit.StoredPlan(hv.name(), dev.cloudgate.wire.tenants.Platform.HyperV, hv.hostRef(), 0, 2,
                Set.of(hv.storage().get(0).id())));
        assertThat(hvEdit.details().storage()).extracting(PlanDetails.StorageSpec::volumePath).containsExactly("D:\\R");
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aVlanEntitySentBackWithNewBounds(MediaFormat format) {
        Node entity = InventoryViews.vlan(H, InfrastructureViewsTest.VLAN, VBR01, VlanConfigurationEdit.ROOT);
        String body = new String(format == MediaFormat.XML ? XmlWriter.write(entity) : JsonWriter.write(entity), StandardCharsets.UTF_8)
                .replace(">500<", ">490<").replace(">520<", ">530<").replace(":500,", ":490,").replace(":520,", ":530,");
        VlanConfigurationEdit edit = VlanConfigurationEdit.from(read(body, format, VlanConfigurationEdit.ROOT, VlanConfigurationEdit.KEEP_EMPTY));
        assertThat(edit.merge(new VlanConfigurationEdit.Bounds(500, 510, 511, 520))).isEqualTo(new VlanConfigurationEdit.Bounds(490, 510, 511, 530));
    }
}
