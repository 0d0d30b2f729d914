package dev.cloudgate.tenants;

import dev.cloudgate.tasks.TaskCommand;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The hardware plan operations as task commands (SPEC-tenants §5, §6.11), registered in
 * {@link PlanOperations}. Component names are the stored JSON keys: never rename one. The host and
 * datastore references keep the text as sent, because task messages quote it (T-A39).
 */
public sealed interface PlanCommand extends TaskCommand {

    /**
     * A datastore ({@code datastoreType}, {@code reference}) or a volume ({@code volumePath}) as sent;
     * {@code id} names an existing item of the plan on edit, null for a new one (always null on create).
     */
    record Item(UUID id, String friendlyName, String datastoreType, String reference, String volumePath, int quotaGb) {
        public Item {
            Objects.requireNonNull(friendlyName, "friendlyName");
        }
    }

    /** {@code CreateCloudHardwarePlan}; {@code platform} is {@code VMware} or {@code HyperV}. */
    record Create(UUID backupServerId, String name, String description, int cpuMhz, int memoryMb, String platform, String hostRef,
            List<Item> storage, int networksWithInternet, int networksWithoutInternet) implements PlanCommand {
        public Create {
            Objects.requireNonNull(backupServerId, "backupServerId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(hostRef, "hostRef");
            description = description == null ? "" : description;
            storage = List.copyOf(storage);
        }

        @Override
        public String target() {
            return "name " + name;
        }
    }

    /** {@code EditCloudHardwarePlan}: null = not sent, unchanged (§2.7); {@code storage} non-null replaces the list. */
    record Edit(UUID planId, String description, Integer cpuMhz, Integer memoryMb, List<Item> storage) implements PlanCommand {
        public Edit {
            Objects.requireNonNull(planId, "planId");
            storage = storage == null ? null : List.copyOf(storage);
        }

        @Override
        public String target() {
            return "hardware plan " + planId;
        }
    }

    /** {@code DeleteCloudHardwarePlan}. */
    record Delete(UUID planId) implements PlanCommand {
        public Delete {
            Objects.requireNonNull(planId, "planId");
        }

        @Override
        public String target() {
            return "hardware plan " + planId;
        }
    }
}
