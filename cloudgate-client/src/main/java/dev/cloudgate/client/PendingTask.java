package dev.cloudgate.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An operation the server accepted (202) and runs in the background (SPEC §4). {@link #task()} is the
 * task as first returned; {@link #await(Duration)} polls it until it is {@code Finished}:
 * <pre>{@code
 * Task done = client.createGateway(spec).await(Duration.ofSeconds(30));
 * if (!done.succeeded()) { ... done.message() says why ... }
 * }</pre>
 */
public final class PendingTask {
    private static final Duration FIRST_POLL = Duration.ofMillis(20);
    private final CloudgateClient client;
    private final Task task;
    private final Duration maxPollInterval;

    PendingTask(CloudgateClient client, Task task, Duration maxPollInterval) {
        this.client = Objects.requireNonNull(client);
        this.task = Objects.requireNonNull(task);
        this.maxPollInterval = maxPollInterval;
    }

    /** The task as the server first returned it (always {@code Running} for a fresh 202, SPEC §4). */
    public Task task() {
        return task;
    }

    /**
     * Polls until the task is {@code Finished} and returns it, successful or not.
     *
     * @throws TaskTimeoutException when it is not finished within {@code timeout}
     * @throws CloudgateException   when the server refuses the poll (e.g. 404 once the session ended)
     */
    public Task await(Duration timeout) {
        return await(timeout, polled -> {
        });
    }

    /**
     * As {@link #await(Duration)}, and hands every polled state of the task to {@code onPoll}, for
     * progress displays.
     */
    public Task await(Duration timeout, Consumer<Task> onPoll) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_POLL;
        Task current = task;
        while (true) {
            // By id under our own base: a configured public URL may name a host this client cannot reach.
            current = client.task(current.taskId());
            onPoll.accept(current);
            if (current.finished()) {
                return current;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TaskTimeoutException(current, timeout);
            }
            sleep(Math.min(pause.toNanos(), left));
            pause = pause.multipliedBy(2).compareTo(maxPollInterval) > 0 ? maxPollInterval : pause.multipliedBy(2);
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("Waiting for the task was interrupted.", e);
        }
    }
}
