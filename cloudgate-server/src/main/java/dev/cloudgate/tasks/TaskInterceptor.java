package dev.cloudgate.tasks;

/**
 * Runs before an operation is applied, outside any transaction: the place where the simulated
 * deployment takes its time, or where an injected fault makes it fail (by throwing {@link TaskFailure}).
 */
@FunctionalInterface
public interface TaskInterceptor {
    TaskInterceptor NONE = (operation, command) -> { };

    void beforeApply(String operation, TaskCommand command) throws InterruptedException;
}
