package dev.cloudgate.infrastructure;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.Uids;
import dev.cloudgate.store.Transactor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the inventory, and the lookups the cloud features need. */
public final class Infrastructure {
    private final Transactor tx;
    private final InfrastructureStore store;

    public Infrastructure(Transactor tx, InfrastructureStore store) {
        this.tx = tx;
        this.store = store;
    }

    public List<BackupServer> backupServers() {
        return tx.inTransaction(store::backupServers);
    }

    public BackupServer backupServer(UUID id) {
        return tx.inTransaction(() -> store.backupServer(id))
                .orElseThrow(() -> Failure.notFound("Backup server [" + id + "] was not found."));
    }

    public Optional<BackupServer> findBackupServer(UUID id) {
        return tx.inTransaction(() -> store.backupServer(id));
    }

    public List<ManagedServer> managedServers() {
        return tx.inTransaction(store::managedServers);
    }

    public List<ManagedServer> managedServersOf(UUID backupServerId) {
        return tx.inTransaction(() -> store.managedServersOf(backupServerId));
    }

    public ManagedServer managedServer(UUID id) {
        return tx.inTransaction(() -> store.managedServer(id))
                .orElseThrow(() -> Failure.notFound("Managed server [" + id + "] was not found."));
    }

    public List<Tenant> tenants() {
        return tx.inTransaction(store::tenants);
    }

    public Tenant tenant(UUID id) {
        return findTenant(id).orElseThrow(() -> Failure.notFound("Cloud tenant [" + id + "] was not found."));
    }

    public Optional<Tenant> findTenant(UUID id) {
        return tx.inTransaction(() -> store.tenant(id));
    }

    /**
     * The backup server a request names by {@code BackupServerUid} and/or the legacy
     * {@code BackupServerIdOrName} (UID or name, case-insensitive). Neither, unknown, or two that
     * disagree: 400 (SPEC §7 A2: EM knows its backup servers, so this is judged synchronously).
     */
    public BackupServer resolve(String backupServerUid, String idOrName) {
        BackupServer byUid = null;
        if (backupServerUid != null && !backupServerUid.isBlank()) {
            UUID id = Failure.requireUid(BackupServer.KIND, backupServerUid, "BackupServerUid");
            byUid = findBackupServer(id).orElseThrow(() -> Failure.invalid("Backup server " + backupServerUid.trim() + " was not found."));
        }
        BackupServer byIdOrName = null;
        if (idOrName != null && !idOrName.isBlank()) {
            byIdOrName = tx.inTransaction(() -> store.backupServerByIdOrName(idOrName))
                    .orElseThrow(() -> Failure.invalid("Backup server " + idOrName.trim() + " was not found."));
        }
        if (byUid == null && byIdOrName == null) {
            throw Failure.invalid("The backup server must be specified in BackupServerUid.");
        }
        if (byUid != null && byIdOrName != null && !byUid.id().equals(byIdOrName.id())) {
            throw Failure.invalid("BackupServerUid and BackupServerIdOrName name different backup servers.");
        }
        return byUid != null ? byUid : byIdOrName;
    }
}
