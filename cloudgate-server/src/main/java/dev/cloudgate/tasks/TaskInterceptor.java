package dev.cloudgate.tasks;

/**
 * Runs before an operation is applied, outside any transaction: the place where the simulated
 * deployment takes its time, or where an injected fault makes it fail (by throwing {@link TaskFailure}).
 */
@FunctionalInterface
public interface TaskInterceptor {
    TaskInterceptor NONE = new TaskInterceptor() {
        @Override
        public void beforeApply(String operation, TaskCommand command) {
        }

        @Override
        public boolean passesThrough() {
            return true;
        }
    };

    void beforeApply(String operation, TaskCommand command) throws InterruptedException;

    /**
     * True when {@link #beforeApply} would neither wait nor fail for any task right now; the runner may then
     * claim, apply and finish a task in one transaction, since nothing happens between claim and apply.
     */
    default boolean passesThrough() {
        return false;
    }
}
