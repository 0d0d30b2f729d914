package dev.cloudgate.tenants;

import dev.cloudgate.cloud.Pool;
import dev.cloudgate.cloud.PoolStore;
import dev.cloudgate.infrastructure.AdDomain;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.OrganizationVdc;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.VcdOrganization;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.store.IdSource;
import dev.cloudgate.store.StoreException;
import dev.cloudgate.tasks.TaskFailure;
import dev.cloudgate.tasks.TaskRegistry;
import dev.cloudgate.wire.Operations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant operations as they run in a task, inside the transaction that finishes it. Every check
 * of SPEC-tenants §7.3 is made here, in the order listed there, before anything changes; a failure
 * throws, so the transaction takes nothing with it (T-B10).
 */
public final class TenantOperations {
    private final InfrastructureStore infrastructure;
    private final CloudInventoryStore inventory;
    private final TenantStore tenants;
    private final HardwarePlanStore plans;
    private final PoolStore pools;
    private final IdSource ids;

    public TenantOperations(InfrastructureStore infrastructure, CloudInventoryStore inventory, TenantStore tenants, HardwarePlanStore plans,
            PoolStore pools, IdSource ids) {
        this.ids = ids;
        this.infrastructure = infrastructure;
        this.inventory = inventory;
        this.tenants = tenants;
        this.plans = plans;
        this.pools = pools;
    }

    /** The tenant family of task commands, each under the vendor's operation name (§5). */
    public void registerIn(TaskRegistry registry) {
        registry.register(Operations.CREATE_CLOUD_TENANT, TenantCommand.Create.class, this::create)
                .register(Operations.EDIT_CLOUD_TENANT, TenantCommand.Edit.class, this::edit)
                .register(Operations.DELETE_CLOUD_TENANT, TenantCommand.Delete.class, this::delete)
                .register(Operations.CREATE_CLOUD_TENANT_RESOURCE, TenantCommand.CreateResource.class, this::createResource)
                .register(Operations.DELETE_CLOUD_TENANT_RESOURCE, TenantCommand.DeleteResource.class, this::deleteResource)
                .register(Operations.DELETE_CLOUD_TENANT_COMPUTE_RESOURCE, TenantCommand.DeleteComputeResource.class, this::deleteComputeResource)
                .register(Operations.ADD_CLOUD_SUBTENANT, TenantCommand.AddSubtenant.class, this::addSubtenant)
                .register(Operations.EDIT_CLOUD_SUBTENANT, TenantCommand.EditSubtenant.class, this::editSubtenant)
                .register(Operations.DELETE_CLOUD_SUBTENANT, TenantCommand.DeleteSubtenant.class, this::deleteSubtenant);
    }

    private UUID create(TenantCommand.Create c) {
        BackupServer server = infrastructure.backupServer(c.backupServerId())
                .orElseThrow(() -> new TaskFailure("Backup server " + c.backupServerId() + " was not found."));
        if (!server.cloudConnectEnabled()) {
            throw new TaskFailure("Cloud Connect is not available on backup server " + server.name() + ".");
        }
        String name = c.name().trim();
        if (tenants.named(server.id(), CloudTenant.keyOf(name)).isPresent()) {
            throw alreadyExists(name, server);
        }
        TenantType type = TenantType.valueOf(c.tenantType());
        UUID id = ids.next();
        TenantLogon logon = logon(c, type, name, server);
        CloudTenant tenant = new CloudTenant(id, server.id(), name, c.description(), c.passwordHash(), c.enabled(),
                c.leaseExpiration() == null ? null : Instant.ofEpochMilli(c.leaseExpiration()),
                new Throttling(c.throttlingEnabled(), c.throttlingSpeedLimit(), ThrottlingUnit.valueOf(c.throttlingSpeedUnit())),
                c.maxConcurrentTasks(), new BackupProtection(c.backupProtectionEnabled(), c.backupProtectionPeriod()), c.failover(),
                c.publicIpCount(), LastResult.None, null, TenantCounters.ZERO, FreeLicenseCounters.ZERO, logon);
        List<VCloudComputeResource> vdcs = vdcs(c, tenant, server);
        List<BackupResource> resources = new ArrayList<>();
        for (TenantCommand.Quota quota : c.resources()) {
            resources.add(quota(quota, tenant, server, resources));
        }
        List<ComputeResource> subscriptions = new ArrayList<>();
        Set<Platform> platforms = new HashSet<>();
        for (TenantCommand.Subscription s : c.computeResources()) {
            subscriptions.add(subscription(s, tenant, server, platforms));
        }
        long free = inventory.freePublicIps(server.id());
        if (c.publicIpCount() > free) {
            throw new TaskFailure("Cannot assign " + c.publicIpCount() + " public IP addresses: only " + free + " are free on backup server "
                    + server.name() + ".");
        }
        List<UUID> poolIds = poolIds(c.pools(), server);
        try {
            tenants.insert(tenant);
        } catch (StoreException e) {
            // Another node made a tenant of this name since the check above (T-B11): the database refused this one.
            if (e.isUniqueViolation()) {
                throw alreadyExists(name, server);
            }
            throw e;
        }
        resources.forEach(tenants::insert);
        subscriptions.forEach(tenants::insert);
        vdcs.forEach(tenants::insert);
        if (c.publicIpCount() > 0 && inventory.assignPublicIps(server.id(), id, c.publicIpCount()) < c.publicIpCount()) {
            throw new TaskFailure("Cannot assign " + c.publicIpCount() + " public IP addresses: only " + free + " are free on backup server "
                    + server.name() + ".");
        }
        tenants.setPools(id, poolIds);
        return id;
    }

    private TenantLogon logon(TenantCommand.Create c, TenantType type, String name, BackupServer server) {
        return switch (type) {
            case Standalone -> TenantLogon.Standalone.INSTANCE;
            case vCD -> {
                VcdOrganization org = organization(c, server);
                if (!org.name().equalsIgnoreCase(name)) {
                    throw new TaskFailure("A vCD tenant must be named after its organization (" + org.name() + ").");
                }
                yield new TenantLogon.Vcd(org.name(), org.ref());
            }
            case ActiveDirectory -> {
                AdDomain domain = inventory.domain(server.id(), c.domainName()).orElseThrow(() -> new TaskFailure(
                        "Active Directory domain " + c.domainName() + " was not found on backup server " + server.name() + "."));
                if (!domain.hasAccount(name)) {
                    throw new TaskFailure("Account " + name + " was not found in domain " + domain.name() + ".");
                }
                // T-A27: the entity shows the id of the stored LDAP credentials, never the account that was sent.
                yield new TenantLogon.ActiveDirectory(domain.name(), ids.next(), c.domainPort() == null ? domain.port() : c.domainPort());
            }
        };
    }

    private VcdOrganization organization(TenantCommand.Create c, BackupServer server) {
        return inventory.organization(server.id(), c.organizationRef()).orElseThrow(() -> new TaskFailure(
                "vCloud Director organization " + c.organizationRef().trim() + " was not found on backup server " + server.name() + "."));
    }

    /** The VDC checks come with the organization's, before the backup resources (§7.3 CreateCloudTenant). */
    private List<VCloudComputeResource> vdcs(TenantCommand.Create c, CloudTenant tenant, BackupServer server) {
        if (!(tenant.logon() instanceof TenantLogon.Vcd vcd)) {
            return List.of();
        }
        VcdOrganization org = organization(c, server);
        List<VCloudComputeResource> result = new ArrayList<>();
        for (TenantCommand.Vdc v : c.vdcs()) {
            OrganizationVdc vdc = org.vdc(v.vdcRef()).orElseThrow(() -> new TaskFailure(
                    "Organization VDC " + v.vdcRef().trim() + " was not found in organization " + vcd.organizationName() + "."));
            result.add(new VCloudComputeResource(ids.next(), tenant.id(), vdc.ref(), v.useNetworkFailover(), 0, 0, 0,
                    v.wanAccelerator() == null ? null : wan(v.wanAccelerator(), server).id(), v.appliance()));
        }
        return result;
    }

    /** Backup resource checks 1–5 of §7.3; {@code earlier} are the quotas of the same body, already judged. */
    private BackupResource quota(TenantCommand.Quota q, CloudTenant tenant, BackupServer server, List<BackupResource> earlier) {
        Repository repository = inventory.repository(q.repository().id())
                .orElseThrow(() -> new TaskFailure("Repository " + q.repository().sent() + " was not found."));
        if (!repository.backupServerId().equals(server.id())) {
            throw new TaskFailure("Repository " + repository.name() + " does not belong to backup server " + server.name() + ".");
        }
        if (!repository.canHoldQuotas()) {
            throw new TaskFailure("Repository " + repository.name() + " cannot hold tenant quotas.");
        }
        boolean taken = earlier.stream().anyMatch(r -> r.repositoryId().equals(repository.id()))
                || tenants.resourcesOf(tenant.id()).stream().anyMatch(r -> r.repositoryId().equals(repository.id()));
        if (taken) {
            throw new TaskFailure("Cloud tenant " + tenant.name() + " already has a quota on repository " + repository.name() + ".");
        }
        UUID wanId = q.wanAccelerator() == null ? null : wan(q.wanAccelerator(), server).id();
        return new BackupResource(ids.next(), tenant.id(), repository.id(), q.name() == null ? repository.name() : q.name(),
                q.quotaMb(), 0, wanId);
    }

    /** Compute resource checks 2–5 of §7.3 (check 1 is for T11 only). */
    private ComputeResource subscription(TenantCommand.Subscription s, CloudTenant tenant, BackupServer server, Set<Platform> platforms) {
        HardwarePlan plan = plans.find(s.plan().id())
                .orElseThrow(() -> new TaskFailure("Hardware plan " + s.plan().sent() + " was not found."));
        if (!plan.backupServerId().equals(server.id())) {
            throw new TaskFailure("Hardware plan " + plan.name() + " does not belong to backup server " + server.name() + ".");
        }
        if (!plan.platform().name().equals(s.platform())) {
            throw new TaskFailure("Hardware plan " + plan.name() + " is a " + plan.platform() + " plan, not " + s.platform() + ".");
        }
        platforms.add(plan.platform());
        if (platforms.size() > 1) {
            throw new TaskFailure("Cloud tenant " + tenant.name() + " cannot use VMware and Hyper-V hardware plans together.");
        }
        UUID wanId = s.wanAccelerator() == null ? null : wan(s.wanAccelerator(), server).id();
        return new ComputeResource(ids.next(), tenant.id(), plan.id(), wanId, s.useNetworkFailover(), s.appliance(), 0, 0, List.of());
    }

    private WanAccelerator wan(TenantCommand.Ref ref, BackupServer server) {
        WanAccelerator wan = inventory.wanAccelerator(ref.id())
                .orElseThrow(() -> new TaskFailure("WAN accelerator " + ref.sent() + " was not found."));
        if (!wan.backupServerId().equals(server.id())) {
            throw new TaskFailure("WAN accelerator " + wan.name() + " does not belong to backup server " + server.name() + ".");
        }
        return wan;
    }

    /** §7.3 pool checks; T-B2: every pool must be on the tenant's backup server. */
    private List<UUID> poolIds(List<TenantCommand.Ref> refs, BackupServer server) {
        List<UUID> ids = new ArrayList<>();
        for (TenantCommand.Ref ref : refs) {
            Pool pool = pools.find(ref.id()).orElseThrow(() -> new TaskFailure("Cloud gateway pool " + ref.sent() + " was not found."));
            if (!pool.backupServerId().equals(server.id())) {
                throw new TaskFailure("Cloud gateway pool " + pool.name() + " does not belong to backup server " + server.name() + ".");
            }
            ids.add(pool.id());
        }
        return ids;
    }

    private UUID edit(TenantCommand.Edit c) {
        CloudTenant t = existing(c.tenantId());
        BackupServer server = infrastructure.backupServer(t.backupServerId()).orElseThrow();
        List<UUID> poolIds = c.pools() == null ? null : poolIds(c.pools(), server);
        Instant lease = t.leaseExpiration();
        if (Boolean.FALSE.equals(c.leaseEnabled())) {
            lease = null;
        } else if (c.leaseExpiration() != null) {
            lease = Instant.ofEpochMilli(c.leaseExpiration());
        } else if (Boolean.TRUE.equals(c.leaseEnabled()) && lease == null) {
            throw new TaskFailure("An expiration date is required when the lease is enabled.");
        }
        Throttling th = t.throttling();
        CloudTenant edited = new CloudTenant(t.id(), t.backupServerId(), t.name(), or(c.description(), t.description()),
                or(c.passwordHash(), t.passwordHash()), or(c.enabled(), t.enabled()), lease,
                new Throttling(or(c.throttlingEnabled(), th.enabled()), or(c.throttlingSpeedLimit(), th.speedLimit()),
                        c.throttlingSpeedUnit() == null ? th.unit() : ThrottlingUnit.valueOf(c.throttlingSpeedUnit())),
                or(c.maxConcurrentTasks(), t.maxConcurrentTasks()),
                new BackupProtection(or(c.backupProtectionEnabled(), t.backupProtection().enabled()),
                        or(c.backupProtectionPeriod(), t.backupProtection().periodDays())),
                or(c.failover(), t.failoverToOtherGateways()), t.publicIpCount(), t.lastResult(), t.lastActive(), t.counters(),
                t.freeLicenseCounters(), t.logon());
        // SPEC §8 B16: the same values again are simply written again.
        tenants.update(edited);
        if (poolIds != null) {
            tenants.setPools(t.id(), poolIds);
        }
        return null;
    }

    private UUID delete(TenantCommand.Delete c) {
        existing(c.tenantId());
        // T-B4: the tenant takes its sub-objects, pool assignments and public addresses with it.
        tenants.delete(c.tenantId());
        return null;
    }

    private UUID createResource(TenantCommand.CreateResource c) {
        CloudTenant tenant = existing(c.tenantId());
        if (c.subscription() != null) {
            subscribe(tenant, c.subscription());
            // T-A11: no Related link; the client re-reads the list to find the subscription.
            return null;
        }
        BackupServer server = infrastructure.backupServer(tenant.backupServerId()).orElseThrow();
        BackupResource resource = quota(c.quota(), tenant, server, List.of());
        try {
            tenants.insert(resource);
        } catch (StoreException e) {
            if (e.isUniqueViolation()) {
                Repository repository = inventory.repository(resource.repositoryId()).orElseThrow();
                throw new TaskFailure("Cloud tenant " + tenant.name() + " already has a quota on repository " + repository.name() + ".");
            }
            throw e;
        }
        return resource.id();
    }

    private UUID deleteResource(TenantCommand.DeleteResource c) {
        existing(c.tenantId());
        BackupResource resource = tenants.resource(c.resourceId()).filter(r -> r.tenantId().equals(c.tenantId()))
                .orElseThrow(() -> new TaskFailure("Backup resource " + c.resourceId() + " was not found."));
        tenants.subtenantsOf(c.tenantId()).stream().filter(s -> s.backupResourceId().equals(resource.id()))
                .min(Comparator.comparing(Subtenant::nameKey)).ifPresent(s -> {
                    throw new TaskFailure("Backup resource " + resource.displayName() + " is used by subtenant " + s.name()
                            + ". Remove the subtenant or move its quota first.");
                });
        tenants.deleteResource(resource.id());
        return null;
    }

    private CloudTenant existing(UUID id) {
        return tenants.find(id).orElseThrow(() -> new TaskFailure("Cloud tenant " + id + " was not found."));
    }

    private static TaskFailure alreadyExists(String name, BackupServer server) {
        return new TaskFailure("Cloud tenant " + name + " already exists on backup server " + server.name() + ".");
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /** §6.6: compute resource checks 1–5 of §7.3; a second subscription to one plan replaces the first's settings, keeping its id (T-B6). */
    private void subscribe(CloudTenant tenant, TenantCommand.Subscription s) {
        if (tenant.type() != TenantType.Standalone) {
            throw new TaskFailure("Hardware plans can be assigned only to standalone tenants.");
        }
        BackupServer server = infrastructure.backupServer(tenant.backupServerId()).orElseThrow();
        List<ComputeResource> current = tenants.computeResourcesOf(tenant.id());
        Set<Platform> platforms = new HashSet<>();
        for (ComputeResource r : current) {
            if (!r.planId().equals(s.plan().id())) {
                plans.find(r.planId()).ifPresent(p -> platforms.add(p.platform()));
            }
        }
        ComputeResource made = subscription(s, tenant, server, platforms);
        var earlier = current.stream().filter(r -> r.planId().equals(made.planId())).findFirst();
        try {
            if (earlier.isPresent()) {
                ComputeResource e = earlier.get();
                tenants.update(new ComputeResource(e.id(), e.tenantId(), e.planId(), made.wanAcceleratorId(), made.useNetworkFailover(),
                        made.appliance(), e.memoryUsageMb(), e.cpuCount(), e.storageUsage()));
            } else {
                tenants.insert(made);
            }
        } catch (StoreException e) {
            // The plan was deleted on another node since it was read (HardwarePlanStore.lock): it is gone.
            if (e.isForeignKeyViolation()) {
                throw new TaskFailure("Hardware plan " + s.plan().sent() + " was not found.");
            }
            throw e;
        }
    }

    private UUID deleteComputeResource(TenantCommand.DeleteComputeResource c) {
        existing(c.tenantId());
        ComputeResource resource = tenants.computeResourcesOf(c.tenantId()).stream().filter(r -> r.id().equals(c.computeResourceId()))
                .findFirst().orElseThrow(() -> new TaskFailure("Compute resource " + c.computeResourceId() + " was not found."));
        tenants.deleteComputeResource(resource.id());
        return null;
    }

    private UUID addSubtenant(TenantCommand.AddSubtenant c) {
        CloudTenant tenant = subtenantHolder(c.tenantId());
        String name = c.name().trim();
        String key = name.toLowerCase(java.util.Locale.ROOT);
        if (tenants.subtenantsOf(tenant.id()).stream().anyMatch(s -> s.nameKey().equals(key))) {
            throw subtenantExists(name, tenant);
        }
        BackupResource resource = resourceOf(tenant, c.resourceId());
        long quotaMb = c.quotaMb() != null ? c.quotaMb() : resource.quotaMb();
        checkQuota(c.unlimited(), quotaMb, resource);
        Subtenant subtenant = new Subtenant(ids.next(), tenant.id(), name, c.description(), c.passwordHash(), c.enabled(), resource.id(),
                c.quotaName() != null ? c.quotaName() : name, quotaMb, c.unlimited(), 0, ids.next());
        try {
            tenants.insert(subtenant);
        } catch (StoreException e) {
            // Another node added a subtenant of this name since the check above (T-B11).
            if (e.isUniqueViolation()) {
                throw subtenantExists(name, tenant);
            }
            throw e;
        }
        return null;
    }

    private UUID editSubtenant(TenantCommand.EditSubtenant c) {
        CloudTenant tenant = subtenantHolder(c.tenantId());
        Subtenant s = subtenantOf(tenant, c.subtenantId());
        BackupResource resource = resourceOf(tenant, c.resourceId() != null ? c.resourceId() : s.backupResourceId());
        boolean unlimited = c.unlimited() != null ? c.unlimited() : s.unlimited();
        long quotaMb = c.quotaMb() != null ? c.quotaMb() : s.quotaMb();
        checkQuota(unlimited, quotaMb, resource);
        tenants.update(new Subtenant(s.id(), s.tenantId(), s.name(), c.description() != null ? c.description() : s.description(),
                c.passwordHash() != null ? c.passwordHash() : s.passwordHash(), c.enabled() != null ? c.enabled() : s.enabled(),
                resource.id(), c.quotaName() != null ? c.quotaName() : s.quotaDisplayName(), quotaMb, unlimited, s.usedQuotaMb(), s.quotaId()));
        return null;
    }

    private UUID deleteSubtenant(TenantCommand.DeleteSubtenant c) {
        CloudTenant tenant = existing(c.tenantId());
        Subtenant s = subtenantOf(tenant, c.subtenantId());
        tenants.deleteSubtenant(s.id());
        return null;
    }

    /** §7.3 AddCloudSubtenant / EditCloudSubtenant: gone, then standalone only. */
    private CloudTenant subtenantHolder(UUID tenantId) {
        CloudTenant tenant = existing(tenantId);
        if (tenant.type() != TenantType.Standalone) {
            throw new TaskFailure("Subtenants exist only for standalone tenants.");
        }
        return tenant;
    }

    private Subtenant subtenantOf(CloudTenant tenant, UUID id) {
        return tenants.subtenantsOf(tenant.id()).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new TaskFailure("Subtenant " + id + " was not found."));
    }

    private BackupResource resourceOf(CloudTenant tenant, UUID resourceId) {
        return tenants.resource(resourceId).filter(r -> r.tenantId().equals(tenant.id())).orElseThrow(() -> new TaskFailure(
                "Backup resource " + resourceId + " was not found for cloud tenant " + tenant.name() + "."));
    }

    /** T-A29: an unlimited quota is kept but not checked. */
    private static void checkQuota(boolean unlimited, long quotaMb, BackupResource resource) {
        if (!unlimited && quotaMb > resource.quotaMb()) {
            throw new TaskFailure("Subtenant quota of " + quotaMb + " MB exceeds the " + resource.quotaMb() + " MB quota of backup resource "
                    + resource.displayName() + ".");
        }
    }

    private static TaskFailure subtenantExists(String name, CloudTenant tenant) {
        return new TaskFailure("Subtenant " + name + " already exists for cloud tenant " + tenant.name() + ".");
    }
}
