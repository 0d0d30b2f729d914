package dev.cloudgate.tasks;

import dev.cloudgate.store.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import dev.cloudgate.audit.AuditLog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes tasks, one at a time per node, oldest first (SPEC §8 B11). A task is first claimed
 * under a lease; the work happens outside any transaction; then one transaction re-locks the task,
 * applies the operation and records the result. A node that dies mid-task leaves only a lease,
 * which runs out and lets another node (or this one after a restart) take the task over.
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    static final String INTERRUPTED = "The operation was interrupted and could not be completed.";

    private final Transactor tx;
    private final TaskStore store;
    private final Map<String, TaskHandler> handlers;
    private final TaskInterceptor interceptor;
    private final Clock clock;
    private final String owner = "node-" + UUID.randomUUID();
    private final long leaseMillis;
    private final long pollMillis;
    private final int maxAttempts;
    private final TaskListener listener;
    private final Semaphore wakeups = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    public TaskRunner(Transactor tx, TaskStore store, Map<String, TaskHandler> handlers, TaskInterceptor interceptor, Clock clock,
            Duration lease, Duration poll, int maxAttempts, TaskListener listener) {
        this.tx = tx;
        this.store = store;
        this.handlers = Map.copyOf(handlers);
        this.interceptor = interceptor;
        this.clock = clock;
        this.leaseMillis = lease.toMillis();
        this.pollMillis = poll.toMillis();
        this.maxAttempts = maxAttempts;
        this.listener = listener;
        this.thread = Thread.ofPlatform().name("cloudgate-tasks").daemon().unstarted(this::loop);
    }

    public void start() {
        thread.start();
    }

    public void wake() {
        wakeups.release();
    }

    public String owner() {
        return owner;
    }

    private void loop() {
        while (running) {
            try {
                Optional<TaskStore.Claim> claim = tx.inTransaction(() -> store.claimNext(owner, clock.millis(), clock.millis() + leaseMillis));
                if (claim.isPresent()) {
                    execute(claim.get());
                } else {
                    waitForWork();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("task runner: {}", e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    private void waitForWork() throws InterruptedException {
        long wait = pollMillis;
        Optional<Long> next = tx.inTransaction(store::nextRunAfter);
        if (next.isPresent()) {
            wait = Math.max(1, Math.min(wait, next.get() - clock.millis()));
        }
        if (wakeups.tryAcquire(wait, TimeUnit.MILLISECONDS)) {
            wakeups.drainPermits();
        }
    }

    private void execute(TaskStore.Claim claim) throws InterruptedException {
        long started = System.nanoTime();
        String failure = null;
        if (claim.attempts() > maxAttempts) {
            failure = INTERRUPTED;
        }
        TaskHandler handler = handlers.get(claim.operation());
        if (failure == null && handler == null) {
            failure = "Operation " + claim.operation() + " is not supported.";
        }
        if (failure == null) {
            try {
                interceptor.beforeApply(claim.operation(), claim.payload());
                failure = apply(claim, handler);
            } catch (TaskFailure e) {
                failure = e.getMessage();
            }
        }
        if (failure != null) {
            String message = failure;
            tx.run(() -> store.lockClaimed(claim.taskId(), owner)
                    .ifPresent(c -> store.finish(claim.taskId(), false, message, null, clock.millis())));
        }
        AuditLog.record(claim.payload().get(TaskService.REQUESTED_BY), claim.operation(), target(claim.payload()),
                failure == null ? "success" : "failed: " + failure);
        listener.finished(claim.operation(), failure == null, System.nanoTime() - started);
    }

    /** Applies the operation and finishes the task in one transaction; returns the failure message, if any. */
    private String apply(TaskStore.Claim claim, TaskHandler handler) {
        try {
            tx.run(() -> store.lockClaimed(claim.taskId(), owner).ifPresent(locked -> {
                UUID related = handler.apply(locked.payload());
                store.finish(claim.taskId(), true, "Ok", related, clock.millis());
            }));
            return null;
        } catch (TaskFailure e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("task {} ({}) failed unexpectedly", claim.taskId(), claim.operation(), e);
            return "The operation failed on the server: " + e.getClass().getSimpleName() + ".";
        }
    }

    /** What an operation acts on, as its payload names it: an id, else the name it creates. */
    private static String target(Map<String, String> payload) {
        for (Map.Entry<String, String> entry : payload.entrySet()) {
            if (entry.getKey().endsWith("Id") && !entry.getKey().equals("backupServerId")) {
                return entry.getKey().substring(0, entry.getKey().length() - 2) + " " + entry.getValue();
            }
        }
        for (String key : List.of("host", "name")) {
            if (payload.containsKey(key)) {
                return key + " " + payload.get(key);
            }
        }
        return "-";
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        // No interrupt: an interrupt inside a JDBC call can close the embedded database's file.
        running = false;
        wakeups.release();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Told of every finished task, for metrics. */
    @FunctionalInterface
    public interface TaskListener {
        TaskListener NONE = (operation, success, nanos) -> { };

        void finished(String operation, boolean success, long nanos);
    }
}
