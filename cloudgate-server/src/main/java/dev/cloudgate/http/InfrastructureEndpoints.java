package dev.cloudgate.http;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.wire.Node;
import java.util.List;

/** {@code /backupServers} and {@code /managedServers} (SPEC §5.4, §5.5). */
final class InfrastructureEndpoints {
    private static final OwnedViews.View<ManagedServer> MANAGED_SERVER = new OwnedViews.View<>(InfrastructureViews::managedServer,
            InfrastructureViews::managedServerRef);
    private final Infrastructure infrastructure;

    InfrastructureEndpoints(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    Reply backupServers(Call call) {
        List<BackupServer> all = infrastructure.backupServers();
        if (Formats.entity(call)) {
            return Reply.ok(Node.list("BackupServers", "BackupServer")
                    .addAll(all.stream().map(s -> InfrastructureViews.backupServer(call.hrefs(), s)).toList()));
        }
        return Reply.ok(References.refList(all.stream()
                .map(s -> InfrastructureViews.backupServerRef(call.hrefs(), s, References.REF)).toList()));
    }

    Reply backupServer(Call call) {
        BackupServer server = infrastructure.backupServer(call.pathId(BackupServer.KIND, "Backup server"));
        return Reply.ok(Formats.entity(call)
                ? InfrastructureViews.backupServer(call.hrefs(), server)
                : InfrastructureViews.backupServerRef(call.hrefs(), server, References.ENTITY_REF));
    }

    Reply managedServersOfBackupServer(Call call) {
        BackupServer server = infrastructure.backupServer(call.pathId(BackupServer.KIND, "Backup server"));
        return managedServerList(call, infrastructure.managedServersOf(server.id()));
    }

    Reply managedServers(Call call) {
        return managedServerList(call, infrastructure.managedServers());
    }

    Reply managedServer(Call call) {
        ManagedServer server = infrastructure.managedServer(call.pathId(ManagedServer.KIND, "Managed server"));
        return Reply.ok(OwnedViews.one(call, server, infrastructure.backupServer(server.backupServerId()), MANAGED_SERVER));
    }

    private Reply managedServerList(Call call, List<ManagedServer> servers) {
        return Reply.ok(OwnedViews.list(call, infrastructure, servers, ManagedServer::backupServerId, "ManagedServers", "ManagedServer",
                MANAGED_SERVER));
    }
}
