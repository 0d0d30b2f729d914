package dev.cloudgate.tenants;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.wire.tenants.CloudHardwarePlanCreateSpec;
import dev.cloudgate.wire.tenants.CloudHardwarePlanEdit;
import dev.cloudgate.wire.tenants.PlanDetails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hardware plans (SPEC-tenants §6.11): reads in one transaction each, and the requests that become
 * tasks. The request alone is judged here and by the wire records (§7.1); what depends on hosts,
 * names and subscribers is judged when the task runs ({@link PlanOperations}, §7.3).
 */
public final class PlanService {
    private final Transactor tx;
    private final HardwarePlanStore plans;
    private final TenantStore tenants;
    private final CloudInventoryStore inventory;
    private final InfrastructureStore infrastructureStore;
    private final Infrastructure infrastructure;
    private final TaskService tasks;

    public PlanService(Transactor tx, HardwarePlanStore plans, TenantStore tenants, CloudInventoryStore inventory,
            InfrastructureStore infrastructureStore, Infrastructure infrastructure, TaskService tasks) {
        this.tx = tx;
        this.plans = plans;
        this.tenants = tenants;
        this.inventory = inventory;
        this.infrastructureStore = infrastructureStore;
        this.infrastructure = infrastructure;
        this.tasks = tasks;
    }

    public List<HardwarePlan> all() {
        return tx.inTransaction(plans::all);
    }

    public Optional<HardwarePlan> find(UUID id) {
        return tx.inTransaction(() -> plans.find(id));
    }

    /** The plan named in a path (§7.2: the message quotes the path segment as sent). */
    public HardwarePlan get(UUID id, String sent) {
        return find(id).orElseThrow(() -> Failure.notFound("Hardware plan [" + sent + "] was not found."));
    }

    /** Each plan with its owner and seeded host (which gives ParentType and ParentName), read in one transaction. */
    public List<HardwarePlanViews.PlanView> views(List<HardwarePlan> list) {
        return tx.inTransaction(() -> {
            Map<UUID, BackupServer> owners = new HashMap<>();
            infrastructureStore.backupServers().forEach(s -> owners.put(s.id(), s));
            List<Host> hosts = inventory.hosts();
            return list.stream().map(p -> new HardwarePlanViews.PlanView(p, owners.get(p.backupServerId()), hosts.stream()
                    .filter(h -> h.backupServerId().equals(p.backupServerId()) && h.ref().equalsIgnoreCase(p.hostRef()))
                    .findFirst().orElse(null))).toList();
        });
    }

    /** The tenants subscribed to the plan, in creation order (§6.11 H6). */
    public List<CloudTenant> subscribers(HardwarePlan plan) {
        return tx.inTransaction(() -> {
            Set<UUID> ids = tenants.computeResources().stream().filter(r -> r.planId().equals(plan.id()))
                    .map(ComputeResource::tenantId).collect(Collectors.toSet());
            return tenants.all().stream().filter(t -> ids.contains(t.id())).toList();
        });
    }

    public Task requestCreate(UUID sessionId, CloudHardwarePlanCreateSpec spec) {
        BackupServer server = infrastructure.resolve(spec.backupServer().sent(), null);
        PlanDetails d = spec.details();
        return tasks.submit(sessionId, new PlanCommand.Create(server.id(), spec.name(), spec.description(), spec.processorUsageLimitMhz(),
                spec.memoryUsageLimitMb(), d.platform().name(), d.hypervisorHostRef().trim(), items(d.storage(), false),
                d.countWithInternet(), d.countWithoutInternet()));
    }

    /** §2.7 rule 6: the body is judged against the plan as stored, then merged when the task runs. */
    public Task requestEdit(UUID sessionId, HardwarePlan plan, CloudHardwarePlanEdit edit) {
        edit.check(new CloudHardwarePlanEdit.StoredPlan(plan.name(), dev.cloudgate.wire.tenants.Platform.valueOf(plan.platform().name()),
                plan.hostRef(), plan.networksWithInternet(), plan.networksWithoutInternet(),
                plan.storage().stream().map(PlanStorage::id).collect(Collectors.toSet())));
        List<PlanCommand.Item> storage = edit.detailsSent() && edit.details().storage() != null ? items(edit.details().storage(), true) : null;
        return tasks.submit(sessionId, new PlanCommand.Edit(plan.id(), edit.description(), edit.processorUsageLimitMhz(),
                edit.memoryUsageLimitMb(), storage));
    }

    public Task requestDelete(UUID sessionId, HardwarePlan plan) {
        return tasks.submit(sessionId, new PlanCommand.Delete(plan.id()));
    }

    private static List<PlanCommand.Item> items(List<PlanDetails.StorageSpec> storage, boolean keepIds) {
        return storage.stream().map(s -> new PlanCommand.Item(keepIds ? CloudHardwarePlanEdit.itemId(s).orElse(null) : null,
                s.friendlyName(), s.type() == null ? null : s.type().name(), s.reference() == null ? null : s.reference().trim(),
                s.volumePath(), s.quotaGb())).toList();
    }
}
