package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.DatastoreType;
import dev.cloudgate.infrastructure.Host;
import dev.cloudgate.infrastructure.HostDatastore;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.Platform;
import dev.cloudgate.store.IdSource;
import dev.cloudgate.store.StoreException;
import dev.cloudgate.tasks.TaskFailure;
import dev.cloudgate.tasks.TaskRegistry;
import dev.cloudgate.wire.Operations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The hardware plan operations as they run in a task, inside the transaction that finishes it
 * (SPEC-tenants §6.11). The checks of §7.3 come first, in the order listed there; a failure
 * throws, so the transaction takes nothing with it.
 */
public final class PlanOperations {
    private final InfrastructureStore infrastructure;
    private final CloudInventoryStore inventory;
    private final HardwarePlanStore plans;
    private final TenantStore tenants;
    private final IdSource ids;

    public PlanOperations(InfrastructureStore infrastructure, CloudInventoryStore inventory, HardwarePlanStore plans, TenantStore tenants,
            IdSource ids) {
        this.infrastructure = infrastructure;
        this.inventory = inventory;
        this.plans = plans;
        this.tenants = tenants;
        this.ids = ids;
    }

    public void registerIn(TaskRegistry registry) {
        registry.register(Operations.CREATE_CLOUD_HARDWARE_PLAN, PlanCommand.Create.class, this::create)
                .register(Operations.EDIT_CLOUD_HARDWARE_PLAN, PlanCommand.Edit.class, this::edit)
                .register(Operations.DELETE_CLOUD_HARDWARE_PLAN, PlanCommand.Delete.class, this::delete);
    }

    private UUID create(PlanCommand.Create c) {
        BackupServer server = infrastructure.backupServer(c.backupServerId())
                .orElseThrow(() -> new TaskFailure("Backup server " + c.backupServerId() + " was not found."));
        if (!server.cloudConnectEnabled()) {
            throw new TaskFailure("Cloud Connect is not available on backup server " + server.name() + ".");
        }
        String name = c.name().trim();
        String key = CloudTenant.keyOf(name);
        if (plans.all().stream().anyMatch(p -> p.backupServerId().equals(server.id()) && p.nameKey().equals(key))) {
            throw alreadyExists(name, server);
        }
        Platform platform = Platform.valueOf(c.platform());
        Host host = host(c.hostRef(), platform, server);
        UUID id = ids.next();
        HardwarePlan plan = new HardwarePlan(id, server.id(), name, c.description(), c.cpuMhz(), c.memoryMb(), host.ref(), platform,
                storage(c.storage(), host, Map.of()), c.networksWithInternet(), c.networksWithoutInternet());
        try {
            plans.insert(plan);
        } catch (StoreException e) {
            // Another node made a plan of this name since the check above (T-B11): the database refused this one.
            if (e.isUniqueViolation()) {
                throw alreadyExists(name, server);
            }
            throw e;
        }
        return id;
    }

    private UUID edit(PlanCommand.Edit c) {
        HardwarePlan p = plans.lock(c.planId()).orElseThrow(() -> gone(c.planId()));
        BackupServer server = infrastructure.backupServer(p.backupServerId()).orElseThrow();
        List<PlanStorage> storage = p.storage();
        if (c.storage() != null) {
            Host host = host(p.hostRef(), p.platform(), server);
            Map<UUID, PlanStorage> existing = new HashMap<>();
            p.storage().forEach(item -> existing.put(item.id(), item));
            storage = storage(c.storage(), host, existing);
        }
        // SPEC §8 B16: the same values again are simply written again. T-B13: subscribers follow at once.
        plans.update(new HardwarePlan(p.id(), p.backupServerId(), p.name(), c.description() != null ? c.description() : p.description(),
                c.cpuMhz() != null ? c.cpuMhz() : p.cpuMhz(), c.memoryMb() != null ? c.memoryMb() : p.memoryMb(), p.hostRef(),
                p.platform(), storage, p.networksWithInternet(), p.networksWithoutInternet()));
        return null;
    }

    private UUID delete(PlanCommand.Delete c) {
        // The lock makes a subscription racing in on another node wait, then fail as "not found" (HardwarePlanStore.lock).
        HardwarePlan p = plans.lock(c.planId()).orElseThrow(() -> gone(c.planId()));
        Set<UUID> subscribers = tenants.computeResources().stream().filter(r -> r.planId().equals(p.id()))
                .map(ComputeResource::tenantId).collect(Collectors.toSet());
        if (!subscribers.isEmpty()) {
            String names = tenants.all().stream().filter(t -> subscribers.contains(t.id())).map(CloudTenant::name)
                    .collect(Collectors.joining(", "));
            throw new TaskFailure("Hardware plan " + p.name() + " cannot be deleted while cloud tenants are subscribed to it (" + names + ").");
        }
        plans.delete(p.id());
        return null;
    }

    /** §7.3: the host must be on the backup server and of the plan's platform. */
    private Host host(String ref, Platform platform, BackupServer server) {
        Host host = inventory.hostsOf(server.id()).stream().filter(h -> h.ref().equalsIgnoreCase(ref.trim())).findFirst()
                .orElseThrow(() -> new TaskFailure("Host " + ref.trim() + " was not found on backup server " + server.name() + "."));
        if (host.platform() != platform) {
            throw new TaskFailure("Host " + host.name() + " is not a " + platform + " host.");
        }
        return host;
    }

    /** New items get new ids; an item naming an existing one keeps its id (§6.11). Datastore refs are emitted as seeded (§2.3). */
    private List<PlanStorage> storage(List<PlanCommand.Item> items, Host host, Map<UUID, PlanStorage> existing) {
        List<PlanStorage> result = new ArrayList<>();
        for (PlanCommand.Item item : items) {
            UUID id = item.id() != null && existing.containsKey(item.id()) ? item.id() : ids.next();
            if (host.platform() == Platform.HyperV) {
                result.add(new PlanStorage.Volume(id, item.friendlyName(), item.volumePath(), item.quotaGb()));
                continue;
            }
            HostDatastore datastore = host.datastores().stream().filter(d -> d.ref().equalsIgnoreCase(item.reference().trim())).findFirst()
                    .orElseThrow(() -> new TaskFailure("Datastore " + item.reference().trim() + " is not available on host " + host.name() + "."));
            result.add(new PlanStorage.Datastore(id, item.friendlyName(), DatastoreType.valueOf(item.datastoreType()), datastore.ref(),
                    item.quotaGb()));
        }
        return result;
    }

    private static TaskFailure gone(UUID id) {
        return new TaskFailure("Hardware plan " + id + " was not found.");
    }

    private static TaskFailure alreadyExists(String name, BackupServer server) {
        return new TaskFailure("Hardware plan " + name + " already exists on backup server " + server.name() + ".");
    }
}
