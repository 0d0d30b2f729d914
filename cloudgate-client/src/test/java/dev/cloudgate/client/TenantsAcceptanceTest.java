package dev.cloudgate.client;

import static dev.cloudgate.acceptance.DemoSeed.REPO_01;
import static dev.cloudgate.acceptance.DemoSeed.REPO_02;
import static dev.cloudgate.acceptance.DemoSeed.REPO_CLOUD;
import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static dev.cloudgate.acceptance.DemoSeed.UNKNOWN;
import static dev.cloudgate.acceptance.DemoSeed.WAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Operations;
import dev.cloudgate.wire.tenants.DomainSpec;
import dev.cloudgate.wire.tenants.TenantType;
import dev.cloudgate.wire.tenants.ThrottlingUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tenants, their backup resources, repositories and WAN accelerators (SPEC-tenants §6.1–§6.5, §6.10,
 * §6.12, §6.13) through the client, against a real server with the demo seed, in XML and JSON.
 */
class TenantsAcceptanceTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DemoServer server = new DemoServer();

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void theSeededTenantReadsAsEntityAndReference(MediaFormat format) {
        CloudgateClient client = server.admin(format);
        Tenant abc = client.tenant(TENANT_ABC);
        assertThat(abc.name()).isEqualTo("ABC Company");
        assertThat(abc.id()).isEqualTo(TENANT_ABC);
        assertThat(abc.type()).isEqualTo(TenantType.Standalone);
        assertThat(abc.description()).isEqualTo("Tenant account for ABC Company");
        assertThat(abc.enabled()).isTrue();
        assertThat(abc.lease()).isEqualTo(new Tenant.Lease(true, Instant.parse("2027-12-31T00:00:00Z")));
        assertThat(abc.throttling()).isEqualTo(new Tenant.Throttling(true, 10, ThrottlingUnit.MBps));
        assertThat(abc.maxConcurrentTasks()).isEqualTo(2);
        assertThat(abc.backupProtection()).isEqualTo(new Tenant.BackupProtection(true, 14));
        assertThat(abc.counters().backups()).isEqualTo(2);
        assertThat(abc.lastResult()).isEqualTo("Success");
        assertThat(abc.lastActive()).isEqualTo(Instant.parse("2025-01-11T01:24:51.137Z"));
        assertThat(abc.backupServerName()).isEqualTo("vbr01.tech.local");
        assertThat(abc.resources()).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("Cloud Repository 01");
            assertThat(r.repositoryUid()).isEqualTo("urn:veeam:Repository:" + REPO_01);
            assertThat(r.wanAcceleratorUid()).isEqualTo("urn:veeam:WanAccelerator:" + WAN);
            assertThat(r.quotaMb()).isEqualTo(307200);
            assertThat(r.usedQuotaMb()).isEqualTo(20609);
            assertThat(r.links()).isEmpty();
        });
        assertThat(client.tenants()).extracting(Tenant::name).contains("ABC Company", "XYZ Corporation", "Second Site Tenant");
        assertThat(client.tenants()).contains(abc);
        assertThat(client.tenantRefs()).extracting(Ref::name).contains("ABC Company", "XYZ Corporation");
        assertThat(client.tenantRef("urn:veeam:CloudTenant:" + TENANT_ABC).name()).isEqualTo("ABC Company");

        List<BackupResource> quotas = client.backupResources(TENANT_ABC);
        assertThat(quotas).singleElement().satisfies(r -> {
            assertThat(r.tenantName()).isEqualTo("ABC Company");
            assertThat(r.quotaMb()).isEqualTo(307200);
        });
        assertThat(client.backupResource(TENANT_ABC, quotas.get(0).id())).isEqualTo(quotas.get(0));
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void aTenantIsCreatedWithAQuotaAndAPoolEditedAndDeleted(MediaFormat format) throws Exception {
        CloudgateClient client = server.admin(format);
        String host = format == MediaFormat.XML ? "gw01.tech.local" : "gw02.tech.local";
        String name = "Tri-M " + format;
        Task gateway = client.createGateway(GatewaySpec.direct(Api.BS1, host)).await(WAIT);
        String gatewayUid = client.gateway(gateway.relatedId().orElseThrow(() -> new AssertionError(gateway.message()))).uid();
        Task pooled = client.createPool(PoolSpec.of(Api.BS1, "Tenant pool " + format, List.of(gatewayUid))).await(WAIT);
        String poolId = pooled.relatedId().orElseThrow(() -> new AssertionError(pooled.message()));

        PendingTask pending = client.createTenant(TenantSpec.standalone("vbr01.tech.local", name, "Str0ng-Pa55")
                .withDescription("by the client").withLease(Instant.parse("2099-12-31T00:00:00Z"))
                .withResource(BackupResourceSpec.of("urn:veeam:Repository:" + REPO_01, 102400).withName(name + " quota"))
                .withThrottling(50, ThrottlingUnit.Mbps).withMaxConcurrentTasks(3).withGatewayPools(List.of(poolId))
                .withFailoverToOtherGateways(true));
        assertThat(pending.task().operation()).isEqualTo(Operations.CREATE_CLOUD_TENANT);
        Task created = pending.await(WAIT);
        assertThat(created.succeeded()).as(created.message()).isTrue();
        assertThat(created.related().orElseThrow().name()).isEqualTo(name);
        String id = created.relatedId().orElseThrow();

        Tenant tenant = client.tenant(id);
        assertThat(tenant.name()).isEqualTo(name);
        assertThat(tenant.description()).isEqualTo("by the client");
        assertThat(tenant.lease()).isEqualTo(new Tenant.Lease(true, Instant.parse("2099-12-31T00:00:00Z")));
        assertThat(tenant.throttling()).isEqualTo(new Tenant.Throttling(true, 50, ThrottlingUnit.Mbps));
        assertThat(tenant.maxConcurrentTasks()).isEqualTo(3);
        assertThat(tenant.resources()).extracting(BackupResource::displayName).containsExactly(name + " quota");
        assertThat(tenant.gatewayPoolUids()).containsExactly("urn:veeam:CloudGatewayPool:" + poolId);
        assertThat(tenant.failoverToOtherGateways()).isTrue();
        assertThat(client.tenantPools(id)).extracting(GatewayPool::id).containsExactly(poolId);
        assertThat(client.tenantPoolRefs(id)).extracting(Ref::id).containsExactly(poolId);
        assertThat(client.poolTenants(poolId)).containsExactly(tenant);
        assertThat(client.poolTenantRefs(poolId)).extracting(Ref::name).containsExactly(name);

        // Quotas: add one, read it by the task's Related link, remove it.
        PendingTask addQuota = client.createBackupResource(id, BackupResourceSpec.of(REPO_02, 2048));
        assertThat(addQuota.task().operation()).isEqualTo(Operations.CREATE_CLOUD_TENANT_RESOURCE);
        Task added = addQuota.await(WAIT);
        assertThat(added.succeeded()).as(added.message()).isTrue();
        String quotaId = added.relatedId().orElseThrow();
        BackupResource quota = client.backupResource(id, quotaId);
        assertThat(quota.displayName()).isEqualTo("Cloud Repository 02");
        assertThat(quota.quotaMb()).isEqualTo(2048);
        assertThat(quota.usedQuotaMb()).isZero();
        assertThat(client.backupResources(id)).extracting(BackupResource::id).hasSize(2).contains(quotaId);
        Task removed = client.deleteBackupResource(id, quotaId).await(WAIT);
        assertThat(removed.succeeded()).as(removed.message()).isTrue();
        assertThat(removed.operation()).isEqualTo(Operations.DELETE_CLOUD_TENANT_RESOURCE);
        assertThatThrownBy(() -> client.backupResource(id, quotaId)).isInstanceOf(NotFoundException.class);

        // Edits: one call for a password change and for disable; the rest merges (SPEC-tenants §2.7).
        String hashBefore = server.passwordHash("tenant", name);
        Task password = client.changeTenantPassword(id, "N3w-Pa55-" + format).await(WAIT);
        assertThat(password.succeeded()).as(password.message()).isTrue();
        assertThat(password.operation()).isEqualTo(Operations.EDIT_CLOUD_TENANT);
        assertThat(server.passwordHash("tenant", name)).isNotBlank().isNotEqualTo(hashBefore).doesNotContain("N3w-Pa55");
        assertThat(client.tenant(id)).as("a password change changes nothing else").isEqualTo(tenant);

        assertThat(client.disableTenant(id).await(WAIT).succeeded()).isTrue();
        assertThat(client.tenant(id).enabled()).isFalse();
        assertThat(client.enableTenant(id).await(WAIT).succeeded()).isTrue();
        assertThat(client.tenant(id).enabled()).isTrue();

        Task edited = client.editTenant(id, TenantChanges.none().withDescription("").withoutLease().withMaxConcurrentTasks(5)
                .withThrottlingEnabled(false).withGatewayPools(List.of())).await(WAIT);
        assertThat(edited.succeeded()).as(edited.message()).isTrue();
        Tenant after = client.tenant(id);
        assertThat(after.description()).isEmpty();
        assertThat(after.lease()).isEqualTo(Tenant.Lease.NONE);
        assertThat(after.maxConcurrentTasks()).isEqualTo(5);
        assertThat(after.throttling()).isEqualTo(new Tenant.Throttling(false, 50, ThrottlingUnit.Mbps));
        assertThat(after.gatewayPoolUids()).isEmpty();
        assertThat(client.poolTenants(poolId)).isEmpty();

        Task deleted = client.deleteTenant(id, true).await(WAIT);
        assertThat(deleted.succeeded()).as(deleted.message()).isTrue();
        assertThat(deleted.operation()).isEqualTo(Operations.DELETE_CLOUD_TENANT);
        assertThatThrownBy(() -> client.tenant(id)).isInstanceOf(NotFoundException.class);
        assertThat(client.tenants()).extracting(Tenant::name).doesNotContain(name);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void refusalsArriveTyped(MediaFormat format) {
        CloudgateClient client = server.admin(format);
        assertThatThrownBy(() -> client.tenant(UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Cloud tenant [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.backupResource(TENANT_ABC, UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Backup resource [" + UNKNOWN + "] was not found."));
        assertThatThrownBy(() -> client.createTenant(TenantSpec.standalone(Api.BS1, "Tiny", "pw").withResource(BackupResourceSpec.of(REPO_01, 10))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.serverMessage()).isEqualTo("QuotaMb must be between 1024 and 2147483647."));
        assertThatThrownBy(() -> client.editTenant(TENANT_ABC, TenantChanges.none().withMaxConcurrentTasks(0)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.serverMessage()).isEqualTo("MaxConcurrentTasks must be between 1 and 10000."));
        assertThatThrownBy(() -> client.deleteTenant(UNKNOWN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.repository(UNKNOWN)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.serverMessage()).isEqualTo("Repository [" + UNKNOWN + "] was not found."));

        Task twice = client.createTenant(TenantSpec.standalone(Api.BS1, "abc company", "pw")).await(WAIT);
        assertThat(twice.succeeded()).isFalse();
        assertThat(twice.message()).isEqualTo("Cloud tenant abc company already exists on backup server vbr01.tech.local.");
        Task cloudRepo = client.createBackupResource(TENANT_ABC, BackupResourceSpec.of(REPO_CLOUD, 2048)).await(WAIT);
        assertThat(cloudRepo.succeeded()).isFalse();
        assertThat(cloudRepo.message()).isEqualTo("Repository Object Storage 01 cannot hold tenant quotas.");
        assertThat(client.backupResources(TENANT_ABC)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void repositoriesAndWanAcceleratorsAreListedAndShown(MediaFormat format) {
        CloudgateClient client = server.admin(format);
        Repository repo = client.repository(REPO_01);
        assertThat(repo.name()).isEqualTo("Cloud Repository 01");
        assertThat(repo.capacityBytes()).isEqualTo(1079639011328L);
        assertThat(repo.freeBytes()).isEqualTo(881812750336L);
        assertThat(repo.kind()).isEqualTo("WindowsLocal");
        assertThat(repo.backupServerName()).isEqualTo("vbr01.tech.local");
        assertThat(client.repositories()).contains(repo).extracting(Repository::name).contains("Cloud Repository 02", "Site B Repository");
        assertThat(client.repositoriesOf(Api.BS1)).extracting(Repository::name).contains("Object Storage 01").doesNotContain("Site B Repository");
        assertThat(client.repositoryRefs()).extracting(Ref::id).contains(REPO_01, REPO_02);
        assertThat(client.repositoryRef(REPO_01).name()).isEqualTo("Cloud Repository 01");

        WanAccelerator wan = client.wanAccelerator(WAN);
        assertThat(wan.name()).isEqualTo("wan01.tech.local");
        assertThat(wan.description()).isEqualTo("Target WAN accelerator");
        assertThat(wan.cacheCapacityGb()).isEqualTo(100);
        assertThat(wan.trafficPort()).isEqualTo(6165);
        assertThat(wan.cachePath()).isEqualTo("C:\\VeeamWAN");
        assertThat(client.wanAccelerators()).contains(wan);
        assertThat(client.wanAcceleratorRefs()).extracting(Ref::id).contains(WAN);
        assertThat(client.wanAcceleratorRef(WAN).name()).isEqualTo("wan01.tech.local");
    }

    @Test
    void vcdAndActiveDirectoryTenantsAreCreatedAndReadAsTheirType() {
        CloudgateClient client = server.admin(MediaFormat.XML);
        String org = "urn:vCloud:Organization:7b8c3fa3-b664-43d6-8a59-19803997ce48.urn:vcloud:org:49c8966b-260a-4d3b-9bca-d0cc6349a9a6";
        Task vcd = client.createTenant(TenantSpec.vcd(Api.BS1, "TechCompanyOrg", org)).await(WAIT);
        assertThat(vcd.succeeded()).as(vcd.message()).isTrue();
        assertThat(client.tenant(vcd.relatedId().orElseThrow()).type()).isEqualTo(TenantType.vCD);
        Task ad = client.createTenant(TenantSpec.activeDirectory(Api.BS1, "TECH\\anna.lee",
                new DomainSpec("tech.local", "TECH\\administrator", 389))).await(WAIT);
        assertThat(ad.succeeded()).as(ad.message()).isTrue();
        Tenant anna = client.tenant(ad.relatedId().orElseThrow());
        assertThat(anna.type()).isEqualTo(TenantType.ActiveDirectory);
        assertThat(anna.name()).isEqualTo("TECH\\anna.lee");
        Task unknown = client.createTenant(TenantSpec.activeDirectory(Api.BS1, "TECH\\nobody",
                new DomainSpec("tech.local", "TECH\\administrator", 389))).await(WAIT);
        assertThat(unknown.succeeded()).isFalse();
        assertThat(unknown.message()).isEqualTo("Account TECH\\nobody was not found in domain tech.local.");
    }
}
