package dev.cloudgate.cloud;

import dev.cloudgate.wire.Uids;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.Tenant;
import dev.cloudgate.store.IdSource;
import dev.cloudgate.store.StoreException;
import dev.cloudgate.tasks.TaskFailure;
import dev.cloudgate.tasks.TaskRegistry;
import dev.cloudgate.wire.Operations;
import java.util.UUID;

/**
 * The pool operations as they run in a task, inside the transaction that finishes it. The checks
 * of SPEC §8 B8 are made here, all before any change, so that either all pass or nothing changes.
 */
public record PoolOperations(InfrastructureStore infrastructure, GatewayStore gateways, PoolStore pools, IdSource ids) {
    /** The pool family of task commands, each under the vendor's operation name. */
    public void registerIn(TaskRegistry registry) {
        registry.register(Operations.CREATE_CLOUD_GATEWAY_POOL, PoolCommand.Create.class, this::create)
                .register(Operations.UPDATE_CLOUD_GATEWAY_POOL, PoolCommand.Update.class, this::update)
                .register(Operations.DELETE_CLOUD_GATEWAY_POOL, PoolCommand.Delete.class, this::delete);
    }

    private UUID create(PoolCommand.Create c) {
        UUID backupServerId = c.backupServerId();
        BackupServer backupServer = infrastructure.backupServer(backupServerId)
                .orElseThrow(() -> new TaskFailure("Backup server " + backupServerId + " was not found."));
        if (!backupServer.cloudConnectEnabled()) {
            // SPEC §8 B18.
            throw new TaskFailure("Cloud Connect is not available on backup server " + backupServer.name() + ".");
        }
        Pool pool = new Pool(ids.next(), backupServerId, c.name(), c.description(), c.gateways(), c.tenants());
        check(pool, backupServer);
        store(pool, () -> pools.insert(pool));
        return pool.id();
    }

    private UUID update(PoolCommand.Update c) {
        Pool current = existing(c.poolId());
        BackupServer backupServer = infrastructure.backupServer(current.backupServerId())
                .orElseThrow(() -> new TaskFailure("Backup server " + current.backupServerId() + " was not found."));
        Pool changed = new Pool(current.id(), current.backupServerId(),
                c.name() != null ? c.name() : current.name(),
                c.description() != null ? c.description() : current.description(),
                c.gateways() != null ? c.gateways() : current.gatewayIds(),
                c.tenants() != null ? c.tenants() : current.tenantIds());
        check(changed, backupServer);
        // SPEC §8 B16: the same values again are simply written again.
        store(changed, () -> pools.update(changed));
        return null;
    }

    private UUID delete(PoolCommand.Delete c) {
        Pool current = existing(c.poolId());
        // SPEC §8 B9: member gateways stay; tenants lose the assignment with the pool's rows.
        pools.delete(current.id());
        return null;
    }

    /** SPEC §8 B8, in the order a client would fix them: gateways, tenants, then the name. */
    private void check(Pool pool, BackupServer backupServer) {
        for (UUID id : pool.gatewayIds()) {
            Gateway gateway = gateways.find(id)
                    .orElseThrow(() -> new TaskFailure("Cloud gateway " + Uids.of(Gateway.KIND, id) + " was not found."));
            if (!gateway.backupServerId().equals(backupServer.id())) {
                throw new TaskFailure("Cloud gateway " + gateway.name() + " does not belong to backup server " + backupServer.name() + ".");
            }
            for (GatewayStore.PoolRef other : gateways.poolsOf(id)) {
                if (!other.id().equals(pool.id())) {
                    throw alreadyMember(gateway, other.name());
                }
            }
        }
        for (UUID id : pool.tenantIds()) {
            infrastructure.tenant(id).filter(t -> t.backupServerId().equals(backupServer.id()))
                    .orElseThrow(() -> new TaskFailure("Cloud tenant " + Uids.of(Tenant.KIND, id) + " was not found."));
        }
        pools.named(pool.backupServerId(), pool.nameKey()).filter(other -> !other.id().equals(pool.id())).ifPresent(other -> {
            throw nameTaken(pool);
        });
    }

    /**
     * The database's unique keys back the checks above against another node (SPEC §8 B8, B11). A
     * violation aborts the transaction (on PostgreSQL nothing more can be asked), so the message
     * names both possible causes.
     */
    private static void store(Pool pool, Runnable write) {
        try {
            write.run();
        } catch (StoreException e) {
            if (e.isUniqueViolation()) {
                throw new TaskFailure("Cloud gateway pool " + pool.name()
                        + " already exists, or one of its gateways is already a member of another cloud gateway pool.");
            }
            throw e;
        }
    }

    private Pool existing(UUID id) {
        return pools.find(id).orElseThrow(() -> new TaskFailure("Cloud gateway pool " + id + " was not found."));
    }

    private static TaskFailure alreadyMember(Gateway gateway, String poolName) {
        return new TaskFailure("Cloud gateway " + gateway.name() + " is already a member of cloud gateway pool " + poolName + ".");
    }

    private static TaskFailure nameTaken(Pool pool) {
        return new TaskFailure("Cloud gateway pool " + pool.name() + " already exists.");
    }
}
