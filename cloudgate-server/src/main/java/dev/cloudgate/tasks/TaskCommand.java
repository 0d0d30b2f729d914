package dev.cloudgate.tasks;

import java.util.List;
import java.util.UUID;

/**
 * One task operation with its arguments: a record, validated when built, stored as JSON whose keys
 * are its component names (so a component is never renamed; old rows must still read). A feature
 * declares a sealed family of them and registers each with its handler in a {@link TaskRegistry}.
 * The runner, the fault injector and the audit log ask the command, never its stored form.
 */
public interface TaskCommand {
    /** What the operation acts on, for its audit line: {@code gateway <id>}, {@code host <name>}, … */
    String target();

    /** The hosts the operation deploys to (deployment faults match them); none unless it deploys. */
    default List<HostRef> hosts() {
        return List.of();
    }

    /** A host as an operation names it: by name on a backup server, or as the server a gateway runs on. */
    sealed interface HostRef {
        record Named(UUID backupServerId, String name) implements HostRef {
        }

        record OfGateway(UUID gatewayId) implements HostRef {
        }
    }
}
