package dev.cloudgate.tasks;

/** Thrown by an operation that cannot be applied; the task ends Finished with Success=false and this message. */
public final class TaskFailure extends RuntimeException {
    public TaskFailure(String message) {
        super(message, null, false, false);
    }
}
