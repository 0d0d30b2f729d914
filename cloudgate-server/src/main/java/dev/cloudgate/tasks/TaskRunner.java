package dev.cloudgate.tasks;

import dev.cloudgate.failure.Failure;

import dev.cloudgate.store.Transactor;
import dev.cloudgate.store.StoreException;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import dev.cloudgate.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes tasks one at a time, oldest first, across all nodes of one database (SPEC §8 B11). A
 * task is first claimed under a lease, which this node renews while it works; the work happens
 * outside any transaction; then one transaction re-locks the task (only if this node still holds
 * it), applies the operation and records the result. A node that dies mid-task leaves only a
 * lease, which runs out and lets another node (or this one after a restart) take the task over;
 * after {@code maxAttempts} claims the task fails instead of being tried again.
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    static final String INTERRUPTED = "The operation was interrupted and could not be completed.";

    private final Transactor tx;
    private final TaskStore store;
    private final TaskRegistry registry;
    private final TaskInterceptor interceptor;
    private final Clock clock;
    /** Names this node in task leases and in task.finished_by: the process id says which process, the rest makes it unique. */
    private final String owner = "node-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final long leaseMillis;
    private final long pollMillis;
    private final int maxAttempts;
    /** No other node shares the store, so nobody can observe or take over a claim before its commit. */
    private final boolean singleNode;
    private final TaskListener listener;
    private final long renewMillis;
    private final ScheduledExecutorService leases;
    /**
     * The most tasks one commit finishes (the one-transaction path): enough to cover a burst from many clients,
     * few enough that the first of them does not wait long for the last.
     */
    static final int BATCH = 32;
    private final Semaphore wakeups = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    public TaskRunner(Transactor tx, TaskStore store, TaskRegistry registry, TaskInterceptor interceptor, Clock clock,
            Duration lease, Duration poll, int maxAttempts, boolean singleNode, TaskListener listener) {
        this.tx = tx;
        this.store = store;
        this.registry = registry;
        this.interceptor = interceptor;
        this.clock = clock;
        this.leaseMillis = lease.toMillis();
        this.pollMillis = poll.toMillis();
        this.renewMillis = Math.max(1, leaseMillis / 3);
        this.leases = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("cloudgate-task-lease").daemon()
                .unstarted(r));
        this.maxAttempts = maxAttempts;
        this.singleNode = singleNode;
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
                if (singleNode && interceptor.passesThrough()) {
                    AtOnce atOnce = runAtOnce();
                    if (atOnce == AtOnce.NOTHING_TO_RUN) {
                        waitForWork();
                    }
                    if (atOnce != AtOnce.LEFT_AS_IT_WAS) {
                        continue;
                    }
                }
                Optional<TaskStore.Claim> claim = tx.inTransaction(() -> store.claimNext(owner, clock.millis(), clock.millis() + leaseMillis));
                if (claim.isPresent()) {
                    execute(claim.get());
                } else {
                    waitForWork();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Failure e) {
                // A full disk (503): the store logged the state once; the task waits for space without a line per poll.
                if (running) {
                    LOG.debug("task runner: {}", e.getMessage());
                    sleepQuietly();
                }
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
            wait = Math.max(10, Math.min(wait, next.get() - clock.millis()));
        }
        if (wakeups.tryAcquire(wait, TimeUnit.MILLISECONDS)) {
            wakeups.drainPermits();
        }
    }

    private void execute(TaskStore.Claim claim) throws InterruptedException {
        long started = System.nanoTime();
        // The lease is renewed while this node works, so that only a dead node's task is taken over.
        ScheduledFuture<?> renewal = leases.scheduleWithFixedDelay(() -> renew(claim.taskId()), renewMillis, renewMillis,
                TimeUnit.MILLISECONDS);
        Outcome outcome;
        try {
            outcome = run(claim);
        } finally {
            renewal.cancel(false);
        }
        if (outcome == Outcome.APPLIED || outcome == Outcome.FAILED) {
            listener.finished(claim.operation(), outcome == Outcome.APPLIED, System.nanoTime() - started);
        } else if (outcome == Outcome.NOT_OURS) {
            LOG.info("task {} ({}) was cancelled or taken over by another node before it finished here", claim.taskId(),
                    claim.operation());
        }
    }

    private Outcome run(TaskStore.Claim claim) throws InterruptedException {
        if (claim.attempts() > maxAttempts) {
            return fail(claim, INTERRUPTED, readable(claim));
        }
        if (!registry.knows(claim.operation())) {
            return fail(claim, "Operation " + claim.operation() + " is not supported.", null);
        }
        TaskRegistry.Stored stored;
        try {
            stored = registry.decode(claim.operation(), claim.payload());
        } catch (IllegalStateException e) {
            LOG.error("task {} ({}) cannot be read", claim.taskId(), claim.operation(), e);
            return fail(claim, "The operation failed on the server: " + e.getClass().getSimpleName() + ".", null);
        }
        try {
            interceptor.beforeApply(claim.operation(), stored.command());
        } catch (TaskFailure e) {
            return fail(claim, e.getMessage(), stored);
        }
        if (!running) {
            // Stopping: leave the claimed task untouched; its lease lets the next run take it over.
            return Outcome.LEFT_TO_LEASE;
        }
        return apply(claim, stored);
    }

    /**
     * Applies the operation and finishes the task in one transaction, provided this node still holds
     * it; a failing operation changes nothing and its task is finished as failed.
     */
    private Outcome apply(TaskStore.Claim claim, TaskRegistry.Stored stored) {
        try {
            boolean ours = tx.inTransaction(() -> store.lockClaimed(claim.taskId(), owner).map(locked -> {
                UUID related = registry.apply(stored.command());
                store.finish(claim.taskId(), owner, true, "Ok", related, clock.millis());
                return true;
            }).orElse(false));
            if (ours) {
                audit(claim, stored, "success");
            }
            return ours ? Outcome.APPLIED : Outcome.NOT_OURS;
        } catch (TaskFailure e) {
            return fail(claim, e.getMessage(), stored);
        } catch (RuntimeException e) {
            LOG.error("task {} ({}) failed unexpectedly", claim.taskId(), claim.operation(), e);
            return fail(claim, "The operation failed on the server: " + e.getClass().getSimpleName() + ".", stored);
        }
    }

    /**
     * Claims, applies and finishes the tasks that are ready, oldest first, up to {@link #BATCH} of them, in one
     * transaction: one commit (one write of the embedded file) for all of them instead of two each, and a crash
     * leaves them as they were, unclaimed. They are still applied one at a time in arrival order, each seeing
     * the ones before it (SPEC §8 B11). Only for a store no other node shares and an interceptor with nothing
     * to do. A task that does not apply cleanly (a failing operation, an unreadable or exhausted task) is
     * rolled back to its savepoint and ends the batch; the usual path then runs it and records its failure.
     */
    private AtOnce runAtOnce() {
        long started = System.nanoTime();
        List<Applied> applied = new ArrayList<>();
        boolean stopped;
        try {
            stopped = tx.inTransaction(() -> {
                while (applied.size() < BATCH) {
                    Savepoint before = savepoint();
                    Optional<Applied> one;
                    try {
                        one = store.nextDue(clock.millis()).map(this::applyNow);
                    } catch (RuntimeException e) {
                        // A failing operation (TaskFailure), an unexpected error: undone here, met again and recorded on the usual path.
                        rollbackTo(before);
                        return true;
                    }
                    if (one.isEmpty()) {
                        return false;
                    }
                    applied.add(one.get());
                }
                return false;
            });
        } catch (RuntimeException e) {
            // The store's own failure (a full disk): the usual path meets it too, and waits.
            return AtOnce.LEFT_AS_IT_WAS;
        }
        long each = (System.nanoTime() - started) / Math.max(1, applied.size());
        for (Applied done : applied) {
            audit(done.claim(), done.stored(), "success");
            listener.finished(done.claim().operation(), true, each);
        }
        if (stopped) {
            return AtOnce.LEFT_AS_IT_WAS;
        }
        return applied.isEmpty() ? AtOnce.NOTHING_TO_RUN : AtOnce.APPLIED;
    }

    private Applied applyNow(TaskStore.Claim claim) {
        // An exhausted, unknown or unreadable task is the usual path's to fail, with its message.
        TaskRegistry.Stored stored = claim.attempts() > maxAttempts ? null : readable(claim);
        if (stored == null) {
            throw new NotAtOnce();
        }
        UUID related = registry.apply(stored.command());
        store.finish(claim.taskId(), owner, true, "Ok", related, clock.millis());
        return new Applied(claim, stored);
    }

    private Savepoint savepoint() {
        try {
            // Named, and always the same name: H2 gives an unnamed savepoint a new name each time, so its
            // statement was parsed anew for every task; a newer savepoint of one name replaces the older.
            return tx.connection().setSavepoint("task");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            tx.connection().rollback(savepoint);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private record Applied(TaskStore.Claim claim, TaskRegistry.Stored stored) {
    }

    private enum AtOnce {
        APPLIED, NOTHING_TO_RUN,
        /** A task was left for the usual path, which runs it and records why it failed. */
        LEFT_AS_IT_WAS
    }

    /** Ends a batch before a task that the one-transaction path does not run; not a failure of the task. */
    private static final class NotAtOnce extends RuntimeException {
        NotAtOnce() {
            super(null, null, false, false);
        }
    }

    /** Records a failure, unless another node took the task over (or it was cancelled) meanwhile. */
    private Outcome fail(TaskStore.Claim claim, String message, TaskRegistry.Stored stored) {
        boolean recorded = tx.inTransaction(() -> store.lockClaimed(claim.taskId(), owner).map(c -> {
            store.finish(claim.taskId(), owner, false, message, null, clock.millis());
            return true;
        }).orElse(false));
        if (recorded) {
            audit(claim, stored, "failed: " + message);
        }
        return recorded ? Outcome.FAILED : Outcome.NOT_OURS;
    }

    /** The stored command, or null when it cannot be read (then its audit line names no target). */
    private TaskRegistry.Stored readable(TaskStore.Claim claim) {
        try {
            return registry.decode(claim.operation(), claim.payload());
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static void audit(TaskStore.Claim claim, TaskRegistry.Stored stored, String result) {
        AuditLog.record(stored == null ? null : stored.requestedBy(), claim.operation(), stored == null ? "-" : stored.command().target(),
                result);
    }

    private void renew(long taskId) {
        try {
            if (!tx.inTransaction(() -> store.renewLease(taskId, owner, clock.millis() + leaseMillis))) {
                LOG.debug("task {} is no longer held by {}", taskId, owner);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew the lease of task {}: {}", taskId, e.toString());
        }
    }

    /** How a claimed task ended on this node. */
    private enum Outcome {
        APPLIED, FAILED,
        /** Cancelled, or taken over by another node after this one's lease ran out: nothing recorded here. */
        NOT_OURS,
        /** This node is stopping: the task stays claimed until its lease runs out. */
        LEFT_TO_LEASE
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
        leases.shutdown();
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
