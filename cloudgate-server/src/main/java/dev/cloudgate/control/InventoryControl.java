package dev.cloudgate.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.Uids;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.seed.Seed;
import dev.cloudgate.seed.SeedLoader;
import dev.cloudgate.store.Transactor;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds and removes backup servers and managed servers while the server runs, in the seed's terms.
 * Names must stay unique (backup servers overall, managed servers per backup server) because
 * requests and seeds find them by name. Removal takes what belongs to the object with it.
 */
public final class InventoryControl {
    private final Transactor tx;
    private final InfrastructureStore infrastructure;
    private final GatewayStore gateways;
    private final StateStore state;
    private final SeedLoader loader;

    public InventoryControl(Transactor tx, InfrastructureStore infrastructure, GatewayStore gateways, StateStore state,
            SeedLoader loader) {
        this.tx = tx;
        this.infrastructure = infrastructure;
        this.gateways = gateways;
        this.state = state;
        this.loader = loader;
    }

    public BackupServer addBackupServer(Seed.SeedBackupServer spec) {
        return tx.inTransaction(() -> {
            if (spec.name() != null && infrastructure.backupServerByIdOrName(spec.name()).isPresent()
                    || spec.id() != null && infrastructure.backupServer(spec.id()).isPresent()) {
                throw Failure.conflict("Backup server " + (spec.name() != null ? spec.name() : spec.id()) + " already exists.");
            }
            return loader.addBackupServer(spec);
        });
    }

    public void removeBackupServer(String idOrName) {
        tx.run(() -> state.removeBackupServer(backupServer(idOrName).id()));
    }

    public ManagedServer addManagedServer(String backupServerIdOrName, Seed.SeedManagedServer spec) {
        return tx.inTransaction(() -> {
            BackupServer owner = backupServer(backupServerIdOrName);
            if (spec.name() != null && findManagedServer(owner, spec.name()).isPresent()
                    || spec.id() != null && infrastructure.managedServer(spec.id()).isPresent()) {
                throw Failure.conflict("Managed server " + (spec.name() != null ? spec.name() : spec.id()) + " already exists.");
            }
            return loader.addManagedServer(owner.id(), spec);
        });
    }

    /** Removes the server and its gateway; refused while that gateway is in a pool (a pool keeps ≥ 1 gateway, SPEC §8 B7). */
    public void removeManagedServer(String backupServerIdOrName, String idOrName) {
        tx.run(() -> {
            BackupServer owner = backupServer(backupServerIdOrName);
            ManagedServer server = findManagedServer(owner, idOrName)
                    .orElseThrow(() -> Failure.notFound("Managed server " + idOrName + " was not found on " + owner.name() + "."));
            gateways.onManagedServer(server.id()).ifPresent(g -> gateways.poolsOf(g.id()).stream().findFirst().ifPresent(pool -> {
                throw Failure.conflict("Cloud gateway " + g.name() + " is a member of cloud gateway pool " + pool.name()
                        + ". Remove it from the pool first.");
            }));
            state.removeManagedServer(server.id());
        });
    }

    public BackupServer backupServer(String idOrName) {
        return tx.inTransaction(() -> infrastructure.backupServerByIdOrName(idOrName))
                .orElseThrow(() -> Failure.notFound("Backup server " + idOrName + " was not found."));
    }

    private Optional<ManagedServer> findManagedServer(BackupServer owner, String idOrName) {
        var servers = infrastructure.managedServersOf(owner.id());
        Optional<UUID> id = Uids.parse(ManagedServer.KIND, idOrName);
        return servers.stream().filter(m -> id.map(m.id()::equals).orElse(false) || m.name().equalsIgnoreCase(idOrName.trim()))
                .findFirst();
    }
}
