package dev.cloudgate.tasks;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.store.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Accepts operations as tasks of a logon session and shows them to that session only (SPEC §4, §5.10). */
public final class TaskService {
    private static final Pattern TASK_ID = Pattern.compile("(?i)task-(\\d{1,9})");

    private final Transactor tx;
    private final TaskStore store;
    private final ToIntFunction<UUID> nextNumber;
    private final Clock clock;
    private final Duration completionDelay;
    private final Runnable wake;
    private final java.util.function.Function<UUID, String> userOf;
    private final TaskRegistry registry;

    /**
     * @param nextNumber the session's next task number, taken in the same transaction as the insert
     * @param completionDelay how long a task stays Running before it is applied (SPEC §4 "about 1 s")
     * @param wake tells the runner that work has arrived
     */
    /** @param userOf the user of a logon session, for the audit trail; null when unknown */
    public TaskService(Transactor tx, TaskStore store, TaskRegistry registry, ToIntFunction<UUID> nextNumber, Clock clock,
            Duration completionDelay, Runnable wake, java.util.function.Function<UUID, String> userOf) {
        this.userOf = userOf;
        this.registry = registry;
        this.tx = tx;
        this.store = store;
        this.nextNumber = nextNumber;
        this.clock = clock;
        this.completionDelay = completionDelay;
        this.wake = wake;
    }

    /** Accepts {@code command} as a Running task of the session; its operation name is the one it is registered under. */
    public Task submit(UUID sessionId, TaskCommand command) {
        long now = clock.millis();
        String operation = registry.operationOf(command);
        String stored = registry.encode(command, userOf.apply(sessionId));
        Task task = tx.inTransaction(() -> store.insert(sessionId, nextNumber.applyAsInt(sessionId), operation, stored, now,
                now + completionDelay.toMillis()));
        wake.run();
        return task;
    }

    public Task find(UUID sessionId, String taskId) {
        int number = number(taskId);
        return tx.inTransaction(() -> store.find(sessionId, number)).orElseThrow(() -> notFound(taskId));
    }

    public List<Task> list(UUID sessionId) {
        return tx.inTransaction(() -> store.ofSession(sessionId));
    }

    /** DELETE /tasks/{id}: forgets the task; one not yet applied is cancelled (SPEC §5.10). */
    public void delete(UUID sessionId, String taskId) {
        int number = number(taskId);
        if (!tx.inTransaction(() -> store.delete(sessionId, number))) {
            throw notFound(taskId);
        }
    }

    public void forgetSession(UUID sessionId) {
        tx.run(() -> store.forgetSession(sessionId));
    }

    private static int number(String taskId) {
        Matcher m = TASK_ID.matcher(taskId);
        if (!m.matches()) {
            throw notFound(taskId);
        }
        return Integer.parseInt(m.group(1));
    }

    private static Failure notFound(String taskId) {
        return Failure.notFound("Task [" + taskId + "] was not found.");
    }
}
