package dev.cloudgate.client;

import java.time.Duration;

/** A task was still not {@code Finished} when the caller's patience ran out (SPEC §4: clients poll until Finished). */
public final class TaskTimeoutException extends RuntimeException {
    private final transient Task lastSeen;

    /**
     * A task that outlasted the wait.
     *
     * @param lastSeen the task as it was last read from the server
     * @param waited   how long the caller waited
     */
    public TaskTimeoutException(Task lastSeen, Duration waited) {
        super("Task " + lastSeen.taskId() + " (" + lastSeen.operation() + ") was still " + lastSeen.state() + " after " + waited.toMillis() + " ms.");
        this.lastSeen = lastSeen;
    }

    /** The task as it was last read; its operation may still complete on the server. */
    public Task lastSeen() {
        return lastSeen;
    }
}
