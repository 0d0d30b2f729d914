package dev.cloudgate.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The seeded inventory: backup servers, their managed servers and tenants, in creation order. */
public interface InfrastructureStore {
    List<BackupServer> backupServers();

    Optional<BackupServer> backupServer(UUID id);

    /** A backup server named by its UID, bare UUID or name (any case), as requests name it (SPEC §7 A2). */
    default Optional<BackupServer> backupServerByIdOrName(String idOrName) {
        return dev.cloudgate.wire.Uids.parse(BackupServer.KIND, idOrName).flatMap(this::backupServer)
                .or(() -> backupServerNamed(idOrName.trim()));
    }

    /** The first made backup server of this name, in any case. */
    Optional<BackupServer> backupServerNamed(String name);

    List<ManagedServer> managedServers();

    List<ManagedServer> managedServersOf(UUID backupServerId);

    /** The managed server a client's host name or address names on a backup server (SPEC §8 B2, see {@link HostLookup}). */
    Optional<ManagedServer> managedServerByHost(UUID backupServerId, String host);

    Optional<ManagedServer> managedServer(UUID id);

    List<Tenant> tenants();

    Optional<Tenant> tenant(UUID id);

    void add(BackupServer server);

    void add(ManagedServer server);

    void add(Tenant tenant);

    boolean isEmpty();
}
