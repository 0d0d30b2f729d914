package dev.cloudgate.tenants;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.wire.tenants.VlanConfigurationEdit;
import java.util.List;
import java.util.UUID;

/** VLAN configurations (SPEC-tenants §6.14): seeded, read, their ranges edited, deleted; no create. */
public final class VlanService {
    private final Transactor tx;
    private final CloudInventoryStore inventory;
    private final TaskService tasks;

    public VlanService(Transactor tx, CloudInventoryStore inventory, TaskService tasks) {
        this.tx = tx;
        this.inventory = inventory;
        this.tasks = tasks;
    }

    public List<VlanConfiguration> all() {
        return tx.inTransaction(inventory::vlans);
    }

    /** The configuration named in a path (§7.2: the message quotes the path segment as sent). */
    public VlanConfiguration get(UUID id, String sent) {
        return tx.inTransaction(() -> inventory.vlan(id))
                .orElseThrow(() -> Failure.notFound("VLAN configuration [" + sent + "] was not found."));
    }

    /** S30 is judged on the ranges merged with the stored ones (§2.7 rule 6); the task merges again with what it finds. */
    public Task requestUpdate(UUID sessionId, VlanConfiguration vlan, VlanConfigurationEdit edit) {
        edit.merge(new VlanConfigurationEdit.Bounds(vlan.withInternet().left(), vlan.withInternet().right(),
                vlan.withoutInternet().left(), vlan.withoutInternet().right()));
        return tasks.submit(sessionId, new VlanCommand.Update(vlan.id(), edit.withInternetLeftBound(), edit.withInternetRightBound(),
                edit.withoutInternetLeftBound(), edit.withoutInternetRightBound()));
    }

    public Task requestDelete(UUID sessionId, VlanConfiguration vlan) {
        return tasks.submit(sessionId, new VlanCommand.Delete(vlan.id()));
    }
}
