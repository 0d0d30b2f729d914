package dev.cloudgate.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The seeded inventory: backup servers, their managed servers and tenants, in creation order. */
public interface InfrastructureStore {
    List<BackupServer> backupServers();

    Optional<BackupServer> backupServer(UUID id);

    List<ManagedServer> managedServers();

    List<ManagedServer> managedServersOf(UUID backupServerId);

    Optional<ManagedServer> managedServer(UUID id);

    List<Tenant> tenants();

    Optional<Tenant> tenant(UUID id);

    void add(BackupServer server);

    void add(ManagedServer server);

    void add(Tenant tenant);

    boolean isEmpty();
}
