package dev.cloudgate.cloud;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.Uids;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.Tenant;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.wire.CloudGatewayPoolEdit;
import dev.cloudgate.wire.CreateCloudGatewayPoolSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Cloud gateway pools: reads, and the requests that become tasks. The request alone is judged here
 * (400, SPEC §5.8.4); membership, ownership and name clashes are judged when the task runs
 * ({@link PoolOperations}, §8 B8).
 */
public final class PoolService {

    private final Transactor tx;
    private final PoolStore pools;
    private final GatewayStore gateways;
    private final Infrastructure infrastructure;
    private final TaskService tasks;

    public PoolService(Transactor tx, PoolStore pools, GatewayStore gateways, Infrastructure infrastructure, TaskService tasks) {
        this.tx = tx;
        this.pools = pools;
        this.gateways = gateways;
        this.infrastructure = infrastructure;
        this.tasks = tasks;
    }

    public List<Pool> all() {
        return tx.inTransaction(pools::all);
    }

    public Pool get(UUID id) {
        return tx.inTransaction(() -> pools.find(id)).orElseThrow(() -> notFound(id));
    }

    public List<Pool> byIds(List<UUID> ids) {
        return tx.inTransaction(() -> pools.byIds(ids));
    }

    /** The member gateways, in the pool's order. */
    public List<Gateway> gatewaysOf(Pool pool) {
        return tx.inTransaction(() -> gateways.byIds(pool.gatewayIds()));
    }

    /** The assigned tenants, in the pool's order. */
    public List<Tenant> tenantsOf(Pool pool) {
        return pool.tenantIds().stream().map(infrastructure::findTenant).flatMap(java.util.Optional::stream).toList();
    }

    /** The pools a tenant is assigned to (SPEC §8 B9: derived from the pools). */
    public List<Pool> poolsOf(Tenant tenant) {
        return tx.inTransaction(() -> pools.withTenant(tenant.id()));
    }

    public Task requestCreate(UUID sessionId, CreateCloudGatewayPoolSpec request) {
        String name = name(request.name());
        String description = description(request.description());
        List<UUID> members = gatewayIds(request.cloudGatewayUids());
        List<UUID> tenants = tenantIds(request.cloudTenantUids());
        BackupServer backupServer = infrastructure.resolve(request.backupServerUid(), request.backupServerIdOrName());
        return tasks.submit(sessionId, new PoolCommand.Create(backupServer.id(), name, description, members, tenants));
    }

    /** SPEC §5.8.5, §7 A11, A39: all optional; identity comes from the path alone. */
    public Task requestUpdate(UUID sessionId, UUID id, CloudGatewayPoolEdit request) {
        get(id);
        return tasks.submit(sessionId, new PoolCommand.Update(id,
                request.name() == null ? null : name(request.name()),
                description(request.description()),
                request.cloudGatewayUids() == null ? null : gatewayIds(request.cloudGatewayUids()),
                request.cloudTenantUids() == null ? null : tenantIds(request.cloudTenantUids())));
    }

    public Task requestDelete(UUID sessionId, UUID id) {
        get(id);
        return tasks.submit(sessionId, new PoolCommand.Delete(id));
    }

    static Failure notFound(UUID id) {
        return Failure.notFound("Cloud gateway pool [" + id + "] was not found.");
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw Failure.invalid("Element 'Name' is required and must not be empty.");
        }
        if (name.length() > Pool.MAX_NAME) {
            throw Failure.invalid("Element 'Name' must not be longer than " + Pool.MAX_NAME + " characters.");
        }
        return name;
    }

    private static String description(String description) {
        if (description != null && description.length() > Pool.MAX_DESCRIPTION) {
            throw Failure.invalid("Element 'Description' must not be longer than " + Pool.MAX_DESCRIPTION + " characters.");
        }
        return description;
    }

    /** At least one gateway; duplicates collapsed (SPEC §5.8.4); malformed or wrong-kind UIDs are 400 (§7 A49). */
    private static List<UUID> gatewayIds(List<String> uids) {
        if (uids == null || uids.isEmpty()) {
            throw Failure.invalid("Element 'CloudGateways' must hold at least one CloudGatewayUid.");
        }
        return ids(uids, Gateway.KIND, "CloudGatewayUid");
    }

    private static List<UUID> tenantIds(List<String> uids) {
        return uids == null ? List.of() : ids(uids, Tenant.KIND, "CloudTenantUid");
    }

    private static List<UUID> ids(List<String> uids, String kind, String element) {
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (String uid : uids) {
            ids.add(Failure.requireUid(kind, uid, element));
        }
        return List.copyOf(ids);
    }
}
