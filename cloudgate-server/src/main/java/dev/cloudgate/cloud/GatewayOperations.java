package dev.cloudgate.cloud;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.store.IdSource;
import dev.cloudgate.store.StoreException;
import dev.cloudgate.tasks.TaskFailure;
import dev.cloudgate.tasks.TaskRegistry;
import dev.cloudgate.wire.Operations;
import java.util.UUID;

/**
 * The gateway operations as they run in a task, inside the transaction that finishes it. Every
 * check that depends on the inventory or other objects is made here (SPEC §8 B2–B7, B11, B12).
 */
public record GatewayOperations(InfrastructureStore infrastructure, GatewayStore gateways, IdSource ids) {
    /** The gateway family of task commands, each under the vendor's operation name. */
    public void registerIn(TaskRegistry registry) {
        registry.register(Operations.CREATE_CLOUD_GATEWAY, GatewayCommand.Create.class, this::create)
                .register(Operations.EDIT_CLOUD_GATEWAY, GatewayCommand.Edit.class, this::edit)
                .register(Operations.DELETE_CLOUD_GATEWAY, GatewayCommand.Delete.class, this::delete);
    }

    private UUID create(GatewayCommand.Create c) {
        UUID backupServerId = c.backupServerId();
        String host = c.host();
        BackupServer backupServer = infrastructure.backupServer(backupServerId)
                .orElseThrow(() -> new TaskFailure("Backup server " + backupServerId + " was not found."));
        if (!backupServer.cloudConnectEnabled()) {
            throw new TaskFailure("Cloud Connect is not available on backup server " + backupServer.name() + ".");
        }
        ManagedServer server = infrastructure.managedServerByHost(backupServer.id(), host).orElseThrow(() -> new TaskFailure(
                "Server " + host + " is not added to the backup infrastructure of backup server " + backupServer.name() + "."));
        if (!server.isWindows()) {
            throw new TaskFailure("Server " + host + " is not a Microsoft Windows server.");
        }
        if (gateways.onManagedServer(server.id()).isPresent()) {
            throw duplicate(host);
        }
        String externalIp = c.externalIp() != null ? c.externalIp() : server.ownAddress(host);
        Gateway gateway = new Gateway(ids.next(), backupServerId, server.id(), host, true, c.networkMode(), externalIp,
                c.externalPort(), c.internalPort(), c.description());
        try {
            gateways.insert(gateway);
        } catch (StoreException e) {
            if (e.isUniqueViolation()) {
                throw duplicate(host);
            }
            throw e;
        }
        return gateway.id();
    }

    private UUID edit(GatewayCommand.Edit c) {
        Gateway current = existing(c.gatewayId());
        NetworkMode mode = or(c.networkMode(), current.networkMode());
        String externalIp = or(c.externalIp(), current.externalIp());
        if (mode == NetworkMode.NAT && externalIp.isBlank()) {
            throw new TaskFailure("ExternalIp must be specified when the network mode is NAT.");
        }
        gateways.update(new Gateway(current.id(), current.backupServerId(), current.managedServerId(), current.name(),
                or(c.enabled(), current.enabled()),
                mode,
                externalIp,
                or(c.externalPort(), current.externalPort()),
                or(c.internalPort(), current.internalPort()),
                or(c.description(), current.description())));
        return null;
    }

    private UUID delete(GatewayCommand.Delete c) {
        Gateway current = existing(c.gatewayId());
        var pools = gateways.poolsOf(current.id());
        if (!pools.isEmpty()) {
            // SPEC §8 B7: a pool must keep at least one gateway, so members are never dropped silently.
            throw new TaskFailure("Cloud gateway " + current.name() + " is a member of cloud gateway pool "
                    + pools.get(0).name() + ". Remove it from the pool first.");
        }
        gateways.delete(current.id());
        return null;
    }

    private Gateway existing(UUID id) {
        return gateways.find(id).orElseThrow(() -> new TaskFailure("Cloud gateway " + id + " was not found."));
    }

    /** An edit's value, or the current one where the edit leaves it unchanged (null). */
    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }

    private static TaskFailure duplicate(String host) {
        return new TaskFailure("Cloud gateway already exists on server " + host + ".");
    }
}
