package dev.cloudgate.tenants;

import dev.cloudgate.infrastructure.CloudInventoryStore;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.infrastructure.VlanRange;
import dev.cloudgate.tasks.TaskFailure;
import dev.cloudgate.tasks.TaskRegistry;
import dev.cloudgate.wire.Operations;
import java.util.UUID;

/** The VLAN configuration operations as they run in a task (SPEC-tenants §6.14); nothing else refers to a configuration (T-B12). */
public final class VlanOperations {
    private final CloudInventoryStore inventory;

    public VlanOperations(CloudInventoryStore inventory) {
        this.inventory = inventory;
    }

    public void registerIn(TaskRegistry registry) {
        registry.register(Operations.UPDATE_VLAN_CONFIGURATION, VlanCommand.Update.class, this::update)
                .register(Operations.DELETE_VLAN_CONFIGURATION, VlanCommand.Delete.class, this::delete);
    }

    private UUID update(VlanCommand.Update c) {
        VlanConfiguration v = inventory.vlan(c.vlanId()).orElseThrow(() -> gone(c.vlanId()));
        // Merged again with the ranges as they are now: an edit of the other range since the request is kept.
        VlanConfiguration merged = v.withRanges(
                new VlanRange(or(c.withInternetLeft(), v.withInternet().left()), or(c.withInternetRight(), v.withInternet().right())),
                new VlanRange(or(c.withoutInternetLeft(), v.withoutInternet().left()), or(c.withoutInternetRight(), v.withoutInternet().right())));
        if (!merged.rangesValid()) {
            throw new TaskFailure("VLAN IDs must lie in 1-4094, each range must not be reversed, and the two ranges must not overlap.");
        }
        inventory.update(merged);
        return null;
    }

    private UUID delete(VlanCommand.Delete c) {
        if (!inventory.removeVlan(c.vlanId())) {
            throw gone(c.vlanId());
        }
        return null;
    }

    private static TaskFailure gone(UUID id) {
        return new TaskFailure("VLAN configuration " + id + " was not found.");
    }

    private static int or(Integer value, int otherwise) {
        return value != null ? value : otherwise;
    }
}
