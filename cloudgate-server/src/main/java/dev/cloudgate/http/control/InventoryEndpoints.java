package dev.cloudgate.http.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.InventoryControl;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.seed.CloudSeed;
import dev.cloudgate.seed.Seed;
import java.util.List;
import java.util.UUID;

/** Backup servers and their managed servers, added and removed at run time; shown as in a seed file. */
final class InventoryEndpoints {
    private final InventoryControl inventory;
    private final StateControl state;

    InventoryEndpoints(InventoryControl inventory, StateControl state) {
        this.inventory = inventory;
        this.state = state;
    }

    void register(ControlRoutes routes) {
        routes.add("GET", "/backup-servers", this::list)
                .add("POST", "/backup-servers", this::addBackupServer)
                .add("GET", "/backup-servers/{backupServer}", this::get)
                .add("DELETE", "/backup-servers/{backupServer}", this::removeBackupServer)
                .add("POST", "/backup-servers/{backupServer}/managed-servers", this::addManagedServer)
                .add("DELETE", "/backup-servers/{backupServer}/managed-servers/{managedServer}", this::removeManagedServer)
                .add("POST", "/backup-servers/{backupServer}/repositories", this::addRepository)
                .add("DELETE", "/backup-servers/{backupServer}/repositories/{repository}", this::removeRepository)
                .add("POST", "/backup-servers/{backupServer}/wan-accelerators", this::addWanAccelerator)
                .add("DELETE", "/backup-servers/{backupServer}/wan-accelerators/{wanAccelerator}", this::removeWanAccelerator)
                .add("POST", "/tenants/{tenant}/password-check", this::checkTenantPassword)
                .add("POST", "/tenants/{tenant}/subtenants/{subtenant}/password-check", this::checkSubtenantPassword);
    }

    private ControlReply list(ControlCall call) {
        return ControlReply.ok(new BackupServers(state.export().backupServers()));
    }

    private ControlReply get(ControlCall call) {
        return ControlReply.ok(view(inventory.backupServer(call.param("backupServer")).id()));
    }

    private ControlReply addBackupServer(ControlCall call) {
        return ControlReply.created(view(inventory.addBackupServer(call.json(Seed.SeedBackupServer.class)).id()));
    }

    private ControlReply removeBackupServer(ControlCall call) {
        inventory.removeBackupServer(call.param("backupServer"));
        return ControlReply.noContent();
    }

    private ControlReply addManagedServer(ControlCall call) {
        var added = inventory.addManagedServer(call.param("backupServer"), call.json(Seed.SeedManagedServer.class));
        return ControlReply.created(new Seed.SeedManagedServer(added.id(), added.name(), added.type().name(), added.description(),
                added.ipAddress()));
    }

    private ControlReply removeManagedServer(ControlCall call) {
        inventory.removeManagedServer(call.param("backupServer"), call.param("managedServer"));
        return ControlReply.noContent();
    }

    private ControlReply addRepository(ControlCall call) {
        var r = inventory.addRepository(call.param("backupServer"), call.json(CloudSeed.SeedRepository.class));
        return ControlReply.created(new CloudSeed.SeedRepository(r.id(), r.name(), r.kind().name(), r.capacity(), r.freeSpace()));
    }

    private ControlReply removeRepository(ControlCall call) {
        inventory.removeRepository(call.param("backupServer"), call.param("repository"));
        return ControlReply.noContent();
    }

    private ControlReply addWanAccelerator(ControlCall call) {
        var w = inventory.addWanAccelerator(call.param("backupServer"), call.json(CloudSeed.SeedWanAccelerator.class));
        return ControlReply.created(new CloudSeed.SeedWanAccelerator(w.id(), w.name(), w.description(), w.version(), w.cacheCapacityGb(),
                w.trafficPort(), w.connectionsCount(), w.cachePath(), w.highBandwidthMode(), w.outOfDate()));
    }

    private ControlReply removeWanAccelerator(ControlCall call) {
        inventory.removeWanAccelerator(call.param("backupServer"), call.param("wanAccelerator"));
        return ControlReply.noContent();
    }

    private ControlReply checkSubtenantPassword(ControlCall call) {
        return ControlReply.ok(new PasswordMatch(inventory.passwordMatches(call.param("tenant"), call.param("subtenant"),
                call.json(PasswordCheck.class).password())));
    }

    private ControlReply checkTenantPassword(ControlCall call) {
        PasswordCheck check = call.json(PasswordCheck.class);
        return ControlReply.ok(new PasswordMatch(inventory.tenantPasswordMatches(call.param("tenant"), check.password())));
    }

    record PasswordCheck(String password) {
    }

    record PasswordMatch(boolean matches) {
    }

    private Seed.SeedBackupServer view(UUID id) {
        return state.export().backupServers().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> Failure.notFound("Backup server " + id + " was not found."));
    }

    record BackupServers(List<Seed.SeedBackupServer> backupServers) {
    }
}
