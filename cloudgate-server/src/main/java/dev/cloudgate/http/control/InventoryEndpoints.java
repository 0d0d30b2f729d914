package dev.cloudgate.http.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.InventoryControl;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.seed.Seed;
import java.util.List;
import java.util.UUID;

/** Backup servers and their managed servers, added and removed at run time; shown as in a seed file. */
record InventoryEndpoints(InventoryControl inventory, StateControl state) {
    void register(ControlRoutes routes) {
        routes.add("GET", "/backup-servers", this::list)
                .add("POST", "/backup-servers", this::addBackupServer)
                .add("GET", "/backup-servers/{backupServer}", this::get)
                .add("DELETE", "/backup-servers/{backupServer}", this::removeBackupServer)
                .add("POST", "/backup-servers/{backupServer}/managed-servers", this::addManagedServer)
                .add("DELETE", "/backup-servers/{backupServer}/managed-servers/{managedServer}", this::removeManagedServer);
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

    private Seed.SeedBackupServer view(UUID id) {
        return state.export().backupServers().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> Failure.notFound("Backup server " + id + " was not found."));
    }

    record BackupServers(List<Seed.SeedBackupServer> backupServers) {
    }
}
