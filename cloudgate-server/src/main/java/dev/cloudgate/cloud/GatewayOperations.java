package dev.cloudgate.cloud;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.store.StoreException;
import dev.cloudgate.tasks.TaskFailure;
import dev.cloudgate.tasks.TaskHandler;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway operations as they run in a task, inside the transaction that finishes it. Every
 * check that depends on the inventory or other objects is made here (SPEC §8 B2–B7, B11, B12).
 */
public final class GatewayOperations {
    private final InfrastructureStore infrastructure;
    private final GatewayStore gateways;

    public GatewayOperations(InfrastructureStore infrastructure, GatewayStore gateways) {
        this.infrastructure = infrastructure;
        this.gateways = gateways;
    }

    public Map<String, TaskHandler> handlers() {
        return Map.of(
                GatewayService.CREATE, this::create,
                GatewayService.EDIT, this::edit,
                GatewayService.DELETE, this::delete);
    }

    private UUID create(Map<String, String> p) {
        UUID backupServerId = UUID.fromString(p.get("backupServerId"));
        String host = p.get("host");
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
        NetworkMode mode = NetworkMode.valueOf(p.get("networkMode"));
        String externalIp = p.get("externalIp");
        if (externalIp == null) {
            externalIp = server.ownAddress(host);
        }
        Gateway gateway = new Gateway(UUID.randomUUID(), backupServerId, server.id(), host, true, mode, externalIp,
                Integer.parseInt(p.get("externalPort")), Integer.parseInt(p.get("internalPort")), p.get("description"));
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

    private UUID edit(Map<String, String> p) {
        Gateway current = existing(p);
        NetworkMode mode = p.containsKey("networkMode") ? NetworkMode.valueOf(p.get("networkMode")) : current.networkMode();
        String externalIp = p.getOrDefault("externalIp", current.externalIp());
        if (mode == NetworkMode.NAT && externalIp.isBlank()) {
            throw new TaskFailure("ExternalIp must be specified when the network mode is NAT.");
        }
        gateways.update(new Gateway(current.id(), current.backupServerId(), current.managedServerId(), current.name(),
                p.containsKey("enabled") ? Boolean.parseBoolean(p.get("enabled")) : current.enabled(),
                mode,
                externalIp,
                p.containsKey("externalPort") ? Integer.parseInt(p.get("externalPort")) : current.externalPort(),
                p.containsKey("internalPort") ? Integer.parseInt(p.get("internalPort")) : current.internalPort(),
                p.getOrDefault("description", current.description())));
        return null;
    }

    private UUID delete(Map<String, String> p) {
        Gateway current = existing(p);
        var pools = gateways.poolsOf(current.id());
        if (!pools.isEmpty()) {
            // SPEC §8 B7: a pool must keep at least one gateway, so members are never dropped silently.
            throw new TaskFailure("Cloud gateway " + current.name() + " is a member of cloud gateway pool "
                    + pools.get(0).name() + ". Remove it from the pool first.");
        }
        gateways.delete(current.id());
        return null;
    }

    private Gateway existing(Map<String, String> p) {
        UUID id = UUID.fromString(p.get("gatewayId"));
        return gateways.find(id).orElseThrow(() -> new TaskFailure("Cloud gateway " + id + " was not found."));
    }

    private static TaskFailure duplicate(String host) {
        return new TaskFailure("Cloud gateway already exists on server " + host + ".");
    }
}
