package dev.cloudgate.tasks;

import java.util.UUID;

/**
 * An asynchronous operation as its session sees it (SPEC §4). {@code number} gives the
 * {@code task-<n>} id; {@code relatedId} names the object a successful operation made.
 */
public record Task(
        long id,
        UUID sessionId,
        int number,
        String operation,
        TaskState state,
        Boolean success,
        String message,
        UUID relatedId) {

    public String taskId() {
        return "task-" + number;
    }

    public boolean finished() {
        return state == TaskState.Finished;
    }
}
