package dev.cloudgate.http.control;

import dev.cloudgate.http.Access;
import dev.cloudgate.http.Call;
import dev.cloudgate.http.Reply;
import dev.cloudgate.http.Routes;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.control.InventoryControl;
import dev.cloudgate.control.StateControl;
import dev.cloudgate.seed.CloudSeed;
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
                .add("DELETE", "/backup-servers/{backupServer}/managed-servers/{managedServer}", Access.CONTROL, this::removeManagedServer)
                .add("POST", "/backup-servers/{backupServer}/repositories", Access.CONTROL, this::addRepository)
                .add("DELETE", "/backup-servers/{backupServer}/repositories/{repository}", Access.CONTROL, this::removeRepository)
                .add("POST", "/backup-servers/{backupServer}/wan-accelerators", Access.CONTROL, this::addWanAccelerator)
                .add("DELETE", "/backup-servers/{backupServer}/wan-accelerators/{wanAccelerator}", Access.CONTROL, this::removeWanAccelerator)
                .add("POST", "/tenants/{tenant}/password-check", Access.CONTROL, this::checkTenantPassword)
                .add("POST", "/tenants/{tenant}/subtenants/{subtenant}/password-check", Access.CONTROL, this::checkSubtenantPassword);
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

    private Reply addRepository(Call call) {
        var r = inventory.addRepository(call.pathParam("backupServer"), ControlJson.read(call, CloudSeed.SeedRepository.class));
        return ControlJson.created(new CloudSeed.SeedRepository(r.id(), r.name(), r.kind().name(), r.capacity(), r.freeSpace()));
    }

    private Reply removeRepository(Call call) {
        inventory.removeRepository(call.pathParam("backupServer"), call.pathParam("repository"));
        return Reply.noContent();
    }

    private Reply addWanAccelerator(Call call) {
        var w = inventory.addWanAccelerator(call.pathParam("backupServer"), ControlJson.read(call, CloudSeed.SeedWanAccelerator.class));
        return ControlJson.created(new CloudSeed.SeedWanAccelerator(w.id(), w.name(), w.description(), w.version(), w.cacheCapacityGb(),
                w.trafficPort(), w.connectionsCount(), w.cachePath(), w.highBandwidthMode(), w.outOfDate()));
    }

    private Reply removeWanAccelerator(Call call) {
        inventory.removeWanAccelerator(call.pathParam("backupServer"), call.pathParam("wanAccelerator"));
        return Reply.noContent();
    }

    /** SPEC-tenants T-B17 for a subtenant, named by its Id under its tenant. */
    private Reply checkSubtenantPassword(Call call) {
        return ControlJson.ok(new PasswordMatch(inventory.passwordMatches(call.pathParam("tenant"), call.pathParam("subtenant"),
                ControlJson.read(call, PasswordCheck.class).password())));
    }

    /** SPEC-tenants T-B17: whether a password opens a tenant; no representation returns one. */
    private Reply checkTenantPassword(Call call) {
        PasswordCheck check = ControlJson.read(call, PasswordCheck.class);
        return ControlJson.ok(new PasswordMatch(inventory.tenantPasswordMatches(call.pathParam("tenant"), check.password())));
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
