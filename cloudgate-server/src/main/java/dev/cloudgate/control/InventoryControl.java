package dev.cloudgate.control;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.Uids;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.seed.CloudSeed;
import dev.cloudgate.tenants.TenantStore;
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
    private final CloudInventoryStore cloud;
    private final TenantStore tenants;

    public InventoryControl(Transactor tx, InfrastructureStore infrastructure, GatewayStore gateways, StateStore state,
            SeedLoader loader, CloudInventoryStore cloud, TenantStore tenants) {
        this.tx = tx;
        this.infrastructure = infrastructure;
        this.gateways = gateways;
        this.state = state;
        this.loader = loader;
        this.cloud = cloud;
        this.tenants = tenants;
    }

    /**
     * SPEC-tenants T-B17: whether {@code password} is that subtenant's (or, with {@code subtenantId} null,
     * the tenant's, as {@link #tenantPasswordMatches}), so a test can see a password change take effect; the hash itself never leaves.
     * A tenant or subtenant without a password matches nothing.
     */
    public boolean passwordMatches(String tenantId, String subtenantId, String password) {
        String hash = tx.inTransaction(() -> {
            UUID id = dev.cloudgate.wire.Uids.parse(dev.cloudgate.tenants.CloudTenant.KIND, tenantId)
                    .orElseThrow(() -> Failure.notFound("Cloud tenant " + tenantId + " was not found."));
            var tenant = tenants.find(id).orElseThrow(() -> Failure.notFound("Cloud tenant " + tenantId + " was not found."));
            if (subtenantId == null) {
                return tenant.passwordHash();
            }
            return tenants.subtenantsOf(tenant.id()).stream().filter(s -> s.id().toString().equalsIgnoreCase(subtenantId.trim())).findFirst()
                    .orElseThrow(() -> Failure.notFound("Subtenant " + subtenantId + " was not found.")).passwordHash();
        });
        return hash != null && password != null && dev.cloudgate.auth.Passwords.matches(password, hash);
    }

    /** SPEC-tenants §1.2: repositories change only through the seed and here. Names are unique per backup server. */
    public Repository addRepository(String backupServerIdOrName, CloudSeed.SeedRepository spec) {
        return tx.inTransaction(() -> {
            BackupServer owner = backupServer(backupServerIdOrName);
            if (spec.name() != null && findRepository(owner, spec.name()).isPresent()
                    || spec.id() != null && cloud.repository(spec.id()).isPresent()) {
                throw Failure.conflict("Repository " + (spec.name() != null ? spec.name() : spec.id()) + " already exists.");
            }
            return invalidAsBadRequest(() -> loader.addRepository(owner, spec));
        });
    }

    /** Refused while a tenant holds a quota on it: quotas are removed through the API first. */
    public void removeRepository(String backupServerIdOrName, String idOrName) {
        tx.run(() -> {
            BackupServer owner = backupServer(backupServerIdOrName);
            Repository repository = findRepository(owner, idOrName)
                    .orElseThrow(() -> Failure.notFound("Repository " + idOrName + " was not found on " + owner.name() + "."));
            tenants.resources().stream().filter(r -> r.repositoryId().equals(repository.id())).findFirst().ifPresent(r -> {
                throw Failure.conflict("Repository " + repository.name() + " holds the quota " + r.displayName()
                        + " of a cloud tenant. Remove the quota first.");
            });
            cloud.removeRepository(repository.id());
        });
    }

    public WanAccelerator addWanAccelerator(String backupServerIdOrName, CloudSeed.SeedWanAccelerator spec) {
        return tx.inTransaction(() -> {
            BackupServer owner = backupServer(backupServerIdOrName);
            if (spec.name() != null && findWanAccelerator(owner, spec.name()).isPresent()
                    || spec.id() != null && cloud.wanAccelerator(spec.id()).isPresent()) {
                throw Failure.conflict("WAN accelerator " + (spec.name() != null ? spec.name() : spec.id()) + " already exists.");
            }
            return invalidAsBadRequest(() -> loader.addWanAccelerator(owner, spec));
        });
    }

    /** Refused while a quota or a subscription names it. */
    public void removeWanAccelerator(String backupServerIdOrName, String idOrName) {
        tx.run(() -> {
            BackupServer owner = backupServer(backupServerIdOrName);
            WanAccelerator accelerator = findWanAccelerator(owner, idOrName)
                    .orElseThrow(() -> Failure.notFound("WAN accelerator " + idOrName + " was not found on " + owner.name() + "."));
            boolean used = tenants.resources().stream().anyMatch(r -> accelerator.id().equals(r.wanAcceleratorId()))
                    || tenants.computeResources().stream().anyMatch(r -> accelerator.id().equals(r.wanAcceleratorId()));
            if (used) {
                throw Failure.conflict("WAN accelerator " + accelerator.name() + " is used by a cloud tenant. Remove that use first.");
            }
            cloud.removeWanAccelerator(accelerator.id());
        });
    }

    /**
     * SPEC-tenants T-B17: no representation returns a password, so tests check one here. A tenant is
     * named by its UUID or UID; a tenant without a password (vCD, AD, or seeded without) matches nothing.
     */
    public boolean tenantPasswordMatches(String tenantIdOrUid, String password) {
        java.util.UUID id = Uids.parse("CloudTenant", tenantIdOrUid)
                .orElseThrow(() -> Failure.notFound("Cloud tenant " + tenantIdOrUid + " was not found."));
        String hash = tx.inTransaction(() -> tenants.find(id))
                .orElseThrow(() -> Failure.notFound("Cloud tenant " + tenantIdOrUid + " was not found."))
                .passwordHash();
        return hash != null && password != null && dev.cloudgate.auth.Passwords.matches(password, hash);
    }

    private Optional<Repository> findRepository(BackupServer owner, String idOrName) {
        Optional<UUID> id = Uids.parse(Repository.KIND, idOrName);
        return cloud.repositoriesOf(owner.id()).stream()
                .filter(r -> id.map(r.id()::equals).orElse(false) || r.name().equalsIgnoreCase(idOrName.trim())).findFirst();
    }

    private Optional<WanAccelerator> findWanAccelerator(BackupServer owner, String idOrName) {
        Optional<UUID> id = Uids.parse(WanAccelerator.KIND, idOrName);
        return cloud.wanAccelerators().stream().filter(w -> w.backupServerId().equals(owner.id()))
                .filter(w -> id.map(w.id()::equals).orElse(false) || w.name().equalsIgnoreCase(idOrName.trim())).findFirst();
    }

    private static <T> T invalidAsBadRequest(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw Failure.invalid(e.getMessage());
        }
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
