package dev.cloudgate.http;

import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /backupServers} and {@code /managedServers} (SPEC §5.4, §5.5). */
final class InfrastructureEndpoints {
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
        BackupServer owner = infrastructure.backupServer(server.backupServerId());
        return Reply.ok(Formats.entity(call)
                ? InfrastructureViews.managedServer(call.hrefs(), server, owner)
                : InfrastructureViews.managedServerRef(call.hrefs(), server, owner, References.ENTITY_REF));
    }

    private Reply managedServerList(Call call, List<ManagedServer> servers) {
        boolean entity = Formats.entity(call);
        Map<UUID, BackupServer> owners = infrastructure.backupServers().stream()
                .collect(Collectors.toMap(BackupServer::id, Function.identity()));
        if (entity) {
            return Reply.ok(Node.list("ManagedServers", "ManagedServer").addAll(servers.stream()
                    .map(m -> InfrastructureViews.managedServer(call.hrefs(), m, owners.get(m.backupServerId()))).toList()));
        }
        return Reply.ok(References.refList(servers.stream()
                .map(m -> InfrastructureViews.managedServerRef(call.hrefs(), m, owners.get(m.backupServerId()), References.REF)).toList()));
    }
}
