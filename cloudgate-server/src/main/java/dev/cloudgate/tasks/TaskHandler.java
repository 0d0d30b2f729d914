package dev.cloudgate.tasks;

import java.util.UUID;

/**
 * Applies one kind of operation. It runs inside the transaction that also finishes the task, so
 * its changes and the task's result commit together or not at all (a crash leaves nothing half made).
 */
@FunctionalInterface
public interface TaskHandler<C extends TaskCommand> {
    /**
     * @return the id of the object the operation made or names for the {@code Related} link, or null
     * @throws TaskFailure when the operation cannot be applied
     */
    UUID apply(C command);
}
