package dev.cloudgate.tasks;

import java.util.Map;

/**
 * Runs before an operation is applied, outside any transaction: the place where the simulated
 * deployment takes its time, or where an injected fault makes it fail (by throwing {@link TaskFailure}).
 */
@FunctionalInterface
public interface TaskInterceptor {
    TaskInterceptor NONE = (operation, payload) -> { };

    void beforeApply(String operation, Map<String, String> payload) throws InterruptedException;
}
