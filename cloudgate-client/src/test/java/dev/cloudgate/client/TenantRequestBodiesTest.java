package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.wire.Bodies;
import dev.cloudgate.wire.JsonWriter;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.XmlWriter;
import dev.cloudgate.wire.tenants.CloudTenantEdit;
import dev.cloudgate.wire.tenants.CreateCloudTenantResourceSpec;
import dev.cloudgate.wire.tenants.CreateCloudTenantSpec;
import dev.cloudgate.wire.tenants.DomainSpec;
import dev.cloudgate.wire.tenants.TenantType;
import dev.cloudgate.wire.tenants.ThrottlingUnit;
import dev.cloudgate.wire.tenants.UidRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tenant bodies the client sends are read by the server's own wire records (strict XSD for XML,
 * SPEC-tenants §6.2, §6.3, §6.5) into exactly the values the client was given: one request shape.
 */
class TenantRequestBodiesTest {
    static final String BS_UID = "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
    static final String REPO = "urn:veeam:Repository:a0f35f34-8d58-4470-b52d-071e1417732a";
    static final String WAN = "urn:veeam:WanAccelerator:34ebeeb4-75d0-4e71-b315-fbc16eb2975f";
    static final String POOL = "urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b";
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aFullStandaloneCreateIsBoundAsSent(MediaFormat format) {
        TenantSpec spec = TenantSpec.standalone(BS_UID, "Tri-M Company", "Str0ng-Pa55").withDescription("Tenant account for Tri-M Company")
                .withEnabled(false).withLease(Instant.parse("2099-12-31T00:00:00Z"))
                .withResource(BackupResourceSpec.of(REPO, 307200).withName("Cloud Repository 01").withWanAccelerator(WAN))
                .withThrottling(100, ThrottlingUnit.Mbps).withPublicIpCount(0).withMaxConcurrentTasks(2).withBackupProtection(14)
                .withGatewayPools(List.of(POOL)).withFailoverToOtherGateways(true);
        CreateCloudTenantSpec bound = CreateCloudTenantSpec.from(read(spec.toNode(), format, CreateCloudTenantSpec.ROOT, CreateCloudTenantSpec.KEEP_EMPTY), NOW);
        assertThat(bound.name()).isEqualTo("Tri-M Company");
        assertThat(bound.password()).isEqualTo("Str0ng-Pa55");
        assertThat(bound.description()).isEqualTo("Tenant account for Tri-M Company");
        assertThat(bound.enabled()).isFalse();
        assertThat(bound.leaseExpiration()).isEqualTo(Instant.parse("2099-12-31T00:00:00Z"));
        assertThat(bound.backupServerUid().id()).isEqualTo(UUID.fromString("8ea5406b-a6e9-42d9-bca5-44b6a5d94af1"));
        assertThat(bound.resources()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Cloud Repository 01");
            assertThat(r.repository().uid("Repository")).isEqualTo(REPO);
            assertThat(r.quotaMb()).isEqualTo(307200);
            assertThat(r.wanAccelerator().uid("WanAccelerator")).isEqualTo(WAN);
        });
        assertThat(bound.throttlingEnabled()).isTrue();
        assertThat(bound.throttlingSpeedLimit()).isEqualTo(100);
        assertThat(bound.throttlingSpeedUnit()).isEqualTo(ThrottlingUnit.Mbps);
        assertThat(bound.maxConcurrentTasks()).isEqualTo(2);
        assertThat(bound.backupProtectionEnabled()).isTrue();
        assertThat(bound.backupProtectionPeriod()).isEqualTo(14);
        assertThat(bound.tenantType()).isEqualTo(TenantType.Standalone);
        assertThat(bound.cloudGatewayPools()).extracting(p -> p.uid("CloudGatewayPool")).containsExactly(POOL);
        assertThat(bound.failoverToOtherGatewaysIfFail()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aMinimalCreateByBackupServerNameTakesTheServersDefaults(MediaFormat format) {
        TenantSpec spec = TenantSpec.standalone("vbr01.tech.local", "Tri-M Company", "pw").withResource(BackupResourceSpec.of(REPO, 1024));
        CreateCloudTenantSpec bound = CreateCloudTenantSpec.from(read(spec.toNode(), format, CreateCloudTenantSpec.ROOT, CreateCloudTenantSpec.KEEP_EMPTY), NOW);
        assertThat(bound.backupServerIdOrName()).isEqualTo("vbr01.tech.local");
        assertThat(bound.backupServerUid()).isNull();
        assertThat(bound.enabled()).isTrue();
        assertThat(bound.leaseExpiration()).isNull();
        assertThat(bound.resources()).singleElement().satisfies(r -> assertThat(r.name()).as("empty name: the repository's").isNull());
        assertThat(bound.maxConcurrentTasks()).isEqualTo(1);
        assertThat(bound.throttlingSpeedUnit()).isEqualTo(ThrottlingUnit.MBps);
        assertThat(bound.cloudGatewayPools()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void vcdAndActiveDirectoryCreatesCarryWhatTheirTypeNeeds(MediaFormat format) {
        String org = "urn:vCloud:Organization:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:org:49c8966b-260a-4d3b-9bca-d0cc6349a9a6";
        CreateCloudTenantSpec vcd = CreateCloudTenantSpec.from(read(TenantSpec.vcd(BS_UID, "TechCompanyOrg", org).toNode(), format,
                CreateCloudTenantSpec.ROOT, CreateCloudTenantSpec.KEEP_EMPTY), NOW);
        assertThat(vcd.tenantType()).isEqualTo(TenantType.vCD);
        assertThat(vcd.organizationRef()).isEqualTo(org);
        CreateCloudTenantSpec ad = CreateCloudTenantSpec.from(read(TenantSpec.activeDirectory(BS_UID, "TECH\\william.fox",
                new DomainSpec("tech.local", "TECH\\administrator", 389)).toNode(), format, CreateCloudTenantSpec.ROOT,
                CreateCloudTenantSpec.KEEP_EMPTY), NOW);
        assertThat(ad.tenantType()).isEqualTo(TenantType.ActiveDirectory);
        assertThat(ad.domain()).isEqualTo(new DomainSpec("tech.local", "TECH\\administrator", 389));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aPasswordChangeSendsThePasswordAlone(MediaFormat format) {
        Node body = TenantChanges.none().withPassword("N3w-Pa55").toNode();
        assertThat(text(body, format)).doesNotContain("Enabled", "Description", "LeaseOptions", "CloudGatewayPools");
        CloudTenantEdit edit = CloudTenantEdit.from(read(body, format, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY));
        assertThat(edit).isEqualTo(new CloudTenantEdit("N3w-Pa55", null, null, null, null, null, null, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void everyWritableElementOfAnEditIsBoundAsSent(MediaFormat format) {
        TenantChanges changes = TenantChanges.none().withDescription("").withEnabled(false).withLease(Instant.parse("2028-06-30T00:00:00Z"))
                .withThrottlingEnabled(true).withThrottlingSpeedLimit(100).withThrottlingSpeedUnit(ThrottlingUnit.Mbps).withMaxConcurrentTasks(4)
                .withBackupProtectionEnabled(true).withBackupProtectionPeriod(7).withGatewayPools(List.of()).withFailoverToOtherGateways(false);
        CloudTenantEdit edit = CloudTenantEdit.from(read(changes.toNode(), format, CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY));
        assertThat(edit).isEqualTo(new CloudTenantEdit(null, "", false, true, Instant.parse("2028-06-30T00:00:00Z"), true, 100, "Mbps", 4,
                true, 7, List.of(), false));
        CloudTenantEdit noLease = CloudTenantEdit.from(read(TenantChanges.none().withoutLease().withGatewayPools(List.of(POOL)).toNode(), format,
                CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY));
        assertThat(noLease.leaseEnabled()).isFalse();
        assertThat(noLease.leaseExpiration()).isNull();
        assertThat(noLease.cloudGatewayPools()).extracting(UidRef::sent).containsExactly(POOL);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aQuotaIsBoundAsSent(MediaFormat format) {
        CreateCloudTenantResourceSpec bound = CreateCloudTenantResourceSpec.from(read(BackupResourceSpec.of(REPO, 102400).toNode(), format,
                CreateCloudTenantResourceSpec.ROOT, CreateCloudTenantResourceSpec.KEEP_EMPTY));
        assertThat(bound.name()).isNull();
        assertThat(bound.repository().sent()).isEqualTo(REPO);
        assertThat(bound.quotaMb()).isEqualTo(102400);
        assertThat(bound.wanAccelerator()).isNull();
    }

    @org.junit.jupiter.api.Test
    void specsAndChangesNeverShowAPasswordInTheirText() {
        assertThat(TenantSpec.standalone(BS_UID, "Tri-M Company", "Str0ng-Pa55").toString()).contains("password=***").doesNotContain("Str0ng");
        assertThat(TenantChanges.none().withPassword("N3w-Pa55").toString()).contains("password=***").doesNotContain("N3w");
    }

    private static dev.cloudgate.wire.BodyNode read(Node body, MediaFormat format, String root, java.util.Set<String> keepEmpty) {
        byte[] bytes = format == MediaFormat.JSON ? JsonWriter.write(body) : XmlWriter.write(body);
        return Bodies.read(bytes, format, root, true, keepEmpty);
    }

    private static String text(Node body, MediaFormat format) {
        return new String(format == MediaFormat.JSON ? JsonWriter.write(body) : XmlWriter.write(body), StandardCharsets.UTF_8);
    }
}
