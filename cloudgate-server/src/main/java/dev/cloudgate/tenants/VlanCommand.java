package dev.cloudgate.tenants;

import dev.cloudgate.tasks.TaskCommand;
import java.util.Objects;
import java.util.UUID;

/**
 * The VLAN configuration operations as task commands (SPEC-tenants §6.14), registered in
 * {@link VlanOperations}. Component names are the stored JSON keys: never rename one.
 */
public sealed interface VlanCommand extends TaskCommand {

    /** {@code UpdateVlanConfiguration}: the bounds as sent, null = unchanged; merged with the stored ones when the task runs. */
    record Update(UUID vlanId, Integer withInternetLeft, Integer withInternetRight, Integer withoutInternetLeft,
            Integer withoutInternetRight) implements VlanCommand {
        public Update {
            Objects.requireNonNull(vlanId, "vlanId");
        }

        @Override
        public String target() {
            return "VLAN configuration " + vlanId;
        }
    }

    /** {@code DeleteVlanConfiguration}. */
    record Delete(UUID vlanId) implements VlanCommand {
        public Delete {
            Objects.requireNonNull(vlanId, "vlanId");
        }

        @Override
        public String target() {
            return "VLAN configuration " + vlanId;
        }
    }
}
