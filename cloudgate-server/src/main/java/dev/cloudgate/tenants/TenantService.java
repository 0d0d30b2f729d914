package dev.cloudgate.tenants;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.Passwords;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.OrganizationVdc;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.wire.tenants.CloudTenantComputeResourceCreateSpec;
import dev.cloudgate.wire.tenants.CloudSubtenantCreateSpec;
import dev.cloudgate.wire.tenants.CloudSubtenantEdit;
import dev.cloudgate.wire.tenants.CloudTenantEdit;
import dev.cloudgate.wire.tenants.CreateCloudTenantResourceSpec;
import dev.cloudgate.wire.tenants.CreateCloudTenantSpec;
import dev.cloudgate.wire.tenants.NetworkApplianceSpec;
import dev.cloudgate.wire.tenants.UidRef;
import dev.cloudgate.wire.tenants.VCloudComputeResourceSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenants: reads in one transaction each, and the requests that become tasks. What the request
 * alone shows wrong is a 400 (SPEC-tenants §7.1, judged by the wire records and here); everything
 * that depends on other objects is judged when the task runs ({@link TenantOperations}, §7.3).
 * Passwords are hashed here, before anything is stored: a task never holds one (§2.4).
 */
public final class TenantService {
    private final Transactor tx;
    private final TenantStore tenants;
    private final HardwarePlanStore plans;
    private final CloudInventoryStore inventory;
    private final InfrastructureStore infrastructureStore;
    private final Infrastructure infrastructure;
    private final TaskService tasks;
    private final Clock clock;

    public TenantService(Transactor tx, TenantStore tenants, HardwarePlanStore plans, CloudInventoryStore inventory,
            InfrastructureStore infrastructureStore, Infrastructure infrastructure, TaskService tasks, Clock clock) {
        this.tx = tx;
        this.tenants = tenants;
        this.plans = plans;
        this.inventory = inventory;
        this.infrastructureStore = infrastructureStore;
        this.infrastructure = infrastructure;
        this.tasks = tasks;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    // --- reads

    public List<CloudTenant> all() {
        return tx.inTransaction(tenants::all);
    }

    /** The tenant named in a path (SPEC-tenants §7.2: the message quotes the path segment as sent). */
    public CloudTenant get(UUID id, String sent) {
        return tx.inTransaction(() -> tenants.find(id)).orElseThrow(() -> notFound(sent));
    }

    public Optional<CloudTenant> find(UUID id) {
        return tx.inTransaction(() -> tenants.find(id));
    }

    /** Everything the entity of each tenant shows, in creation order, read in one transaction. */
    public List<TenantDetails> details(List<CloudTenant> list) {
        return tx.inTransaction(() -> {
            Map<UUID, BackupServer> owners = new HashMap<>();
            infrastructureStore.backupServers().forEach(s -> owners.put(s.id(), s));
            Map<UUID, HardwarePlan> planById = new HashMap<>();
            plans.all().forEach(p -> planById.put(p.id(), p));
            return list.stream().map(t -> details(t, owners.get(t.backupServerId()), planById)).toList();
        });
    }

    public TenantDetails details(CloudTenant tenant) {
        return details(List.of(tenant)).get(0);
    }

    private TenantDetails details(CloudTenant t, BackupServer owner, Map<UUID, HardwarePlan> planById) {
        List<TenantDetails.Subscription> subscriptions = tenants.computeResourcesOf(t.id()).stream()
                .map(c -> new TenantDetails.Subscription(c, planById.get(c.planId()))).toList();
        List<TenantDetails.Vdc> vdcs = List.of();
        if (t.logon() instanceof TenantLogon.Vcd vcd) {
            var org = inventory.organization(t.backupServerId(), vcd.organizationRef());
            vdcs = tenants.vCloudComputeResourcesOf(t.id()).stream().map(v -> new TenantDetails.Vdc(v, org.flatMap(o -> o.vdc(v.vdcRef()))
                    .orElse(new OrganizationVdc(v.vdcRef(), "", dev.cloudgate.infrastructure.AllocationModel.Unknown, false)))).toList();
        }
        return new TenantDetails(t, owner, tenants.resourcesOf(t.id()), subscriptions, vdcs, tenants.poolIdsOf(t.id()));
    }

    public List<BackupResource> resourcesOf(CloudTenant tenant) {
        return tx.inTransaction(() -> tenants.resourcesOf(tenant.id()));
    }

    /** A backup resource of the tenant in the path, by its bare UUID (§2.2); another tenant's is unknown. */
    public BackupResource resource(CloudTenant tenant, String sent) {
        return UidRef.parseUuid(sent).flatMap(id -> tx.inTransaction(() -> tenants.resource(id)))
                .filter(r -> r.tenantId().equals(tenant.id()))
                .orElseThrow(() -> Failure.notFound("Backup resource [" + sent + "] was not found."));
    }

    /** The tenant that holds a backup resource, for a task's Related link (§5). */
    public Optional<CloudTenant> ownerOfResource(UUID resourceId) {
        return tx.inTransaction(() -> tenants.resource(resourceId).flatMap(r -> tenants.find(r.tenantId())));
    }

    // --- requests

    public Task requestCreate(UUID sessionId, CreateCloudTenantSpec spec) {
        BackupServer server = infrastructure.resolve(spec.backupServerUid() == null ? null : spec.backupServerUid().sent(),
                spec.backupServerIdOrName());
        String hash = spec.password() == null ? null : Passwords.hash(spec.password());
        return tasks.submit(sessionId, new TenantCommand.Create(server.id(), spec.name(), spec.description(), hash, spec.enabled(),
                millis(spec.leaseExpiration()), spec.resources().stream().map(TenantService::quota).toList(),
                spec.computeResources().stream().map(TenantService::subscription).toList(), spec.throttlingEnabled(),
                spec.throttlingSpeedLimit(), spec.throttlingSpeedUnit().name(), spec.publicIpCount(), spec.maxConcurrentTasks(),
                spec.backupProtectionEnabled(), spec.backupProtectionPeriod(), spec.tenantType().name(), spec.organizationRef(),
                spec.vCloudComputeResources().stream().map(TenantService::vdc).toList(), refs(spec.cloudGatewayPools()),
                spec.failoverToOtherGatewaysIfFail(), spec.domain() == null ? null : spec.domain().domainName(),
                spec.domain() == null ? null : spec.domain().port()));
    }

    /** §6.3: the body is judged against the tenant's stored lease (§2.7 rule 6), then merged when the task runs. */
    public Task requestEdit(UUID sessionId, CloudTenant tenant, CloudTenantEdit edit) {
        edit.check(clock.instant(), tenant.leaseEnabled() ? new CloudTenantEdit.Lease(true, tenant.leaseExpiration())
                : CloudTenantEdit.Lease.NONE);
        String hash = edit.password() == null ? null : Passwords.hash(edit.password());
        return tasks.submit(sessionId, new TenantCommand.Edit(tenant.id(), hash, edit.description(), edit.enabled(), edit.leaseEnabled(),
                millis(edit.leaseExpiration()), edit.throttlingEnabled(), edit.throttlingSpeedLimit(),
                edit.throttlingUnit() == null ? null : edit.throttlingUnit().name(), edit.maxConcurrentTasks(),
                edit.backupProtectionEnabled(), edit.backupProtectionPeriod(),
                edit.cloudGatewayPools() == null ? null : refs(edit.cloudGatewayPools()), edit.failoverToOtherGatewaysIfFail()));
    }

    public Task requestDelete(UUID sessionId, CloudTenant tenant, boolean includeBackups) {
        return tasks.submit(sessionId, new TenantCommand.Delete(tenant.id(), includeBackups));
    }

    public Task requestCreateResource(UUID sessionId, CloudTenant tenant, CreateCloudTenantResourceSpec spec) {
        return tasks.submit(sessionId, new TenantCommand.CreateResource(tenant.id(), quota(spec), null));
    }

    public Task requestDeleteResource(UUID sessionId, CloudTenant tenant, BackupResource resource) {
        return tasks.submit(sessionId, new TenantCommand.DeleteResource(tenant.id(), resource.id()));
    }

    // --- compute resources, vCloud compute resources, subtenants (§6.6–§6.9)

    public List<TenantDetails.Subscription> computeResourcesOf(CloudTenant tenant) {
        return details(tenant).computeResources();
    }

    /** A subscription of the tenant in the path, by its bare UUID (§2.2); another tenant's is unknown. */
    public TenantDetails.Subscription computeResource(CloudTenant tenant, String sent) {
        return UidRef.parseUuid(sent).flatMap(id -> computeResourcesOf(tenant).stream().filter(s -> s.resource().id().equals(id)).findFirst())
                .orElseThrow(() -> Failure.notFound("Compute resource [" + sent + "] was not found."));
    }

    public List<TenantDetails.Vdc> vCloudComputeResourcesOf(CloudTenant tenant) {
        return details(tenant).vCloudComputeResources();
    }

    public TenantDetails.Vdc vCloudComputeResource(CloudTenant tenant, String sent) {
        return UidRef.parseUuid(sent).flatMap(id -> vCloudComputeResourcesOf(tenant).stream().filter(v -> v.resource().id().equals(id))
                .findFirst()).orElseThrow(() -> Failure.notFound("vCloud compute resource [" + sent + "] was not found."));
    }

    public List<Subtenant> subtenantsOf(CloudTenant tenant) {
        return tx.inTransaction(() -> tenants.subtenantsOf(tenant.id()));
    }

    /** Every subtenant of every tenant, in creation order (the {@code CloudSubtenant} query). */
    public List<Subtenant> subtenants() {
        return tx.inTransaction(tenants::subtenants);
    }

    public Subtenant subtenant(CloudTenant tenant, String sent) {
        return UidRef.parseUuid(sent).flatMap(id -> subtenantsOf(tenant).stream().filter(s -> s.id().equals(id)).findFirst())
                .orElseThrow(() -> Failure.notFound("Subtenant [" + sent + "] was not found."));
    }

    public Task requestCreateComputeResource(UUID sessionId, CloudTenant tenant, CloudTenantComputeResourceCreateSpec spec) {
        return tasks.submit(sessionId, new TenantCommand.CreateResource(tenant.id(), null, subscription(spec)));
    }

    public Task requestDeleteComputeResource(UUID sessionId, CloudTenant tenant, TenantDetails.Subscription subscription) {
        return tasks.submit(sessionId, new TenantCommand.DeleteComputeResource(tenant.id(), subscription.resource().id()));
    }

    /** The password is hashed here: the task never holds it (§2.4). */
    public Task requestAddSubtenant(UUID sessionId, CloudTenant tenant, CloudSubtenantCreateSpec spec) {
        return tasks.submit(sessionId, new TenantCommand.AddSubtenant(tenant.id(), spec.name(), spec.description(),
                Passwords.hash(spec.password()), spec.enabled(), spec.tenantResourceId(), spec.quotaName(), spec.quotaMb(),
                spec.unlimitedQuota()));
    }

    /** §6.8: judged against the stored quota (§2.7 rule 6), merged again when the task runs. */
    public Task requestEditSubtenant(UUID sessionId, CloudTenant tenant, Subtenant subtenant, CloudSubtenantEdit edit) {
        CloudSubtenantEdit.Quota merged = edit.check(new CloudSubtenantEdit.Quota(subtenant.unlimited(), subtenant.quotaDisplayName(),
                subtenant.backupResourceId(), subtenant.quotaMb()));
        String hash = edit.password() == null ? null : Passwords.hash(edit.password());
        return tasks.submit(sessionId, new TenantCommand.EditSubtenant(tenant.id(), subtenant.id(), edit.description(), hash,
                edit.enabled(), edit.unlimited(), edit.quotaName(), edit.tenantResourceId() == null ? null : merged.resourceId(),
                edit.quotaMb() == null ? null : merged.quotaMb()));
    }

    public Task requestDeleteSubtenant(UUID sessionId, CloudTenant tenant, Subtenant subtenant) {
        return tasks.submit(sessionId, new TenantCommand.DeleteSubtenant(tenant.id(), subtenant.id()));
    }

    static Failure notFound(String sent) {
        return Failure.notFound("Cloud tenant [" + sent + "] was not found.");
    }

    private static TenantCommand.Quota quota(CreateCloudTenantResourceSpec r) {
        return new TenantCommand.Quota(r.name(), ref(r.repository()), r.quotaMb(), ref(r.wanAccelerator()));
    }

    private static TenantCommand.Subscription subscription(CloudTenantComputeResourceCreateSpec c) {
        return new TenantCommand.Subscription(ref(c.hardwarePlan()), ref(c.wanAccelerator()), c.platform().name(),
                c.useNetworkFailoverResources(), appliance(c.appliance()));
    }

    private static TenantCommand.Vdc vdc(VCloudComputeResourceSpec v) {
        return new TenantCommand.Vdc(v.virtualDataCenterRef().trim(), v.useNetworkFailoverResources(), appliance(v.appliance()),
                ref(v.wanAccelerator()));
    }

    private static NetworkAppliance appliance(NetworkApplianceSpec a) {
        if (a == null) {
            return null;
        }
        ManualIpSettings manual = a.manual() == null || a.obtainIpAddressAutomatically() ? null
                : new ManualIpSettings(a.manual().ipAddress(), a.manual().subnetMask(), a.manual().defaultGateway());
        return new NetworkAppliance(a.name(), a.productionNetwork(), a.obtainIpAddressAutomatically(), manual,
                a.viDistributedSwitchUuid() == null ? "" : a.viDistributedSwitchUuid(), a.productionNetworkUnderDvs());
    }

    private static List<TenantCommand.Ref> refs(List<UidRef> uids) {
        return uids.stream().map(TenantService::ref).toList();
    }

    private static TenantCommand.Ref ref(UidRef uid) {
        return uid == null ? null : new TenantCommand.Ref(uid.id(), uid.sent());
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
