package dev.cloudgate.cloud;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.cloudgate.tasks.TaskCommand;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The pool operations as task commands (SPEC §5.8, §8 B8), registered in {@link PoolOperations}.
 * Component names are the stored JSON keys: never rename one.
 */
public sealed interface PoolCommand extends TaskCommand {

    record Create(UUID backupServerId, String name, String description,
            @JsonDeserialize(using = MemberIds.class) List<UUID> gateways,
            @JsonDeserialize(using = MemberIds.class) List<UUID> tenants) implements PoolCommand {
        public Create {
            Objects.requireNonNull(backupServerId, "backupServerId");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name is required");
            }
            description = description == null ? "" : description;
            gateways = gateways == null ? List.of() : List.copyOf(gateways);
            tenants = tenants == null ? List.of() : List.copyOf(tenants);
        }

        @Override
        public String target() {
            return "name " + name;
        }
    }

    /** SPEC §5.8.5: null means unchanged; an empty list empties. */
    record Update(UUID poolId, String name, String description,
            @JsonDeserialize(using = MemberIds.class) List<UUID> gateways,
            @JsonDeserialize(using = MemberIds.class) List<UUID> tenants) implements PoolCommand {
        public Update {
            Objects.requireNonNull(poolId, "poolId");
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("a name must not be blank");
            }
            gateways = gateways == null ? null : List.copyOf(gateways);
            tenants = tenants == null ? null : List.copyOf(tenants);
        }

        @Override
        public String target() {
            return "pool " + poolId;
        }
    }

    record Delete(UUID poolId) implements PoolCommand {
        public Delete {
            Objects.requireNonNull(poolId, "poolId");
        }

        @Override
        public String target() {
            return "pool " + poolId;
        }
    }
}
