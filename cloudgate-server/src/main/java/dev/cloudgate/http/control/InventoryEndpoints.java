package dev.cloudgate.http.control;

import dev.cloudgate.http.Access;
import dev.cloudgate.http.Call;
import dev.cloudgate.http.Reply;
import dev.cloudgate.http.Routes;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.InventoryControl;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.seed.Seed;
import java.util.List;
import java.util.UUID;

/** Backup servers and their managed servers, added and removed at run time; shown as in a seed file. */
record InventoryEndpoints(InventoryControl inventory, StateControl state) {
    void register(Routes routes) {
        routes.add("GET", "/backup-servers", Access.CONTROL, this::list)
                .add("POST", "/backup-servers", Access.CONTROL, this::addBackupServer)
                .add("GET", "/backup-servers/{backupServer}", Access.CONTROL, this::get)
                .add("DELETE", "/backup-servers/{backupServer}", Access.CONTROL, this::removeBackupServer)
                .add("POST", "/backup-servers/{backupServer}/managed-servers", Access.CONTROL, this::addManagedServer)
                .add("DELETE", "/backup-servers/{backupServer}/managed-servers/{managedServer}", Access.CONTROL, this::removeManagedServer);
    }

    private Reply list(Call call) {
        return ControlJson.ok(new BackupServers(state.export().backupServers()));
    }

    private Reply get(Call call) {
        return ControlJson.ok(view(inventory.backupServer(call.pathParam("backupServer")).id()));
    }

    private Reply addBackupServer(Call call) {
        return ControlJson.created(view(inventory.addBackupServer(ControlJson.read(call, Seed.SeedBackupServer.class)).id()));
    }

    private Reply removeBackupServer(Call call) {
        inventory.removeBackupServer(call.pathParam("backupServer"));
        return Reply.noContent();
    }

    private Reply addManagedServer(Call call) {
        var added = inventory.addManagedServer(call.pathParam("backupServer"), ControlJson.read(call, Seed.SeedManagedServer.class));
        return ControlJson.created(new Seed.SeedManagedServer(added.id(), added.name(), added.type().name(), added.description(),
                added.ipAddress()));
    }

    private Reply removeManagedServer(Call call) {
        inventory.removeManagedServer(call.pathParam("backupServer"), call.pathParam("managedServer"));
        return Reply.noContent();
    }

    private Seed.SeedBackupServer view(UUID id) {
        return state.export().backupServers().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> Failure.notFound("Backup server " + id + " was not found."));
    }

    record BackupServers(List<Seed.SeedBackupServer> backupServers) {
    }
}
