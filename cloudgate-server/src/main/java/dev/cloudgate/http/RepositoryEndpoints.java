package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.tenants.CloudInventory;
import dev.cloudgate.tenants.InventoryViews;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /repositories}, {@code /backupServers/{id}/repositories}, {@code /wanAccelerators} (SPEC-tenants §6.12, §6.13): read-only inventory. */
final class RepositoryEndpoints {
    private final CloudInventory inventory;
    private final Infrastructure infrastructure;

    RepositoryEndpoints(CloudInventory inventory, Infrastructure infrastructure) {
        this.inventory = inventory;
        this.infrastructure = infrastructure;
    }

    Reply repositories(Call call) {
        return repositoryList(call, inventory.repositories());
    }

    Reply repositoriesOfBackupServer(Call call) {
        BackupServer server = infrastructure.backupServer(call.pathId(BackupServer.KIND, "Backup server"));
        return repositoryList(call, inventory.repositories().stream().filter(r -> r.backupServerId().equals(server.id())).toList());
    }

    Reply repository(Call call) {
        UUID id = call.pathId(Repository.KIND, "Repository");
        Repository r = inventory.repository(id).orElseThrow(() -> notFound("Repository", call));
        BackupServer owner = infrastructure.backupServer(r.backupServerId());
        return Reply.ok(Formats.entity(call) ? InventoryViews.repository(call.hrefs(), r, owner)
                : InventoryViews.repositoryRef(call.hrefs(), r, owner, References.ENTITY_REF));
    }

    Reply wanAccelerators(Call call) {
        List<WanAccelerator> all = inventory.wanAccelerators();
        Map<UUID, BackupServer> owners = owners();
        if (Formats.entity(call)) {
            return Reply.ok(InventoryViews.wanAccelerators(call.hrefs(), all.stream()
                    .map(w -> new InventoryViews.Owned<>(w, owners.get(w.backupServerId()))).toList()));
        }
        return Reply.ok(References.refList(all.stream()
                .map(w -> InventoryViews.wanAcceleratorRef(call.hrefs(), w, owners.get(w.backupServerId()), References.REF)).toList()));
    }

    Reply wanAccelerator(Call call) {
        UUID id = call.pathId(WanAccelerator.KIND, "WAN accelerator");
        WanAccelerator w = inventory.wanAccelerator(id).orElseThrow(() -> notFound("WAN accelerator", call));
        BackupServer owner = infrastructure.backupServer(w.backupServerId());
        return Reply.ok(Formats.entity(call) ? InventoryViews.wanAccelerator(call.hrefs(), w, owner)
                : InventoryViews.wanAcceleratorRef(call.hrefs(), w, owner, References.ENTITY_REF));
    }

    private Reply repositoryList(Call call, List<Repository> list) {
        Map<UUID, BackupServer> owners = owners();
        if (Formats.entity(call)) {
            return Reply.ok(InventoryViews.repositories(call.hrefs(), list.stream()
                    .map(r -> new InventoryViews.Owned<>(r, owners.get(r.backupServerId()))).toList()));
        }
        return Reply.ok(References.refList(list.stream()
                .map(r -> InventoryViews.repositoryRef(call.hrefs(), r, owners.get(r.backupServerId()), References.REF)).toList()));
    }

    private Map<UUID, BackupServer> owners() {
        return infrastructure.backupServers().stream().collect(Collectors.toMap(BackupServer::id, Function.identity()));
    }

    /** SPEC-tenants §7.2: the message quotes the path segment as sent. */
    private static Failure notFound(String what, Call call) {
        return Failure.notFound(what + " [" + call.pathParam("id") + "] was not found.");
    }
}
