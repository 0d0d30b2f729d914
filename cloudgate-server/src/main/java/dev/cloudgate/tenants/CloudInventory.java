package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.store.Transactor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the repositories and WAN accelerators tenants point at (SPEC-tenants §6.12, §6.13), one transaction per read. */
public final class CloudInventory {
    private final Transactor tx;
    private final CloudInventoryStore store;

    public CloudInventory(Transactor tx, CloudInventoryStore store) {
        this.tx = tx;
        this.store = store;
    }

    public List<Repository> repositories() {
        return tx.inTransaction(store::repositories);
    }

    public Optional<Repository> repository(UUID id) {
        return tx.inTransaction(() -> store.repository(id));
    }

    public List<WanAccelerator> wanAccelerators() {
        return tx.inTransaction(store::wanAccelerators);
    }

    public Optional<WanAccelerator> wanAccelerator(UUID id) {
        return tx.inTransaction(() -> store.wanAccelerator(id));
    }
}
