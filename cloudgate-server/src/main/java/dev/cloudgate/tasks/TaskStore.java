package dev.cloudgate.tasks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Task records, shared by every node on one database. */
public interface TaskStore {
    /** @param payload the command's stored form ({@link TaskRegistry}), kept as it is */
    Task insert(UUID sessionId, int number, String operation, String payload, long now, long runAfter);

    Optional<Task> find(UUID sessionId, int number);

    List<Task> ofSession(UUID sessionId);

    /** Removes a task from its session's view; a task not yet applied is thereby cancelled. */
    boolean delete(UUID sessionId, int number);

    /** Hides the tasks of an ended session; Running ones still run to the end (SPEC §8 B15). */
    void forgetSession(UUID sessionId);

    /**
     * Claims the oldest Running task for {@code owner} until {@code leaseUntil}, when it is due and
     * nobody else holds it; tasks behind it wait (one at a time in arrival order, SPEC §8 B11).
     */
    Optional<Claim> claimNext(String owner, long now, long leaseUntil);

    /**
     * The oldest Running task if it is due and nobody holds it, locked for the caller's transaction but not
     * leased: for a runner that applies and finishes it in that transaction, on a store no other node shares.
     * A cancel or a reset meanwhile waits for that transaction. Counts the attempt. (Not {@code SELECT ...
     * FOR UPDATE}: H2 parses such a statement afresh on every call, it never caches one.)
     */
    Optional<Claim> nextDue(long now);

    /** Extends {@code owner}'s lease while it works; false when the task was cancelled, finished or taken over. */
    boolean renewLease(long taskId, String owner, long leaseUntil);

    /** Locks a claimed task for its final transaction; empty when it was cancelled or taken over. */
    Optional<Claim> lockClaimed(long taskId, String owner);

    /** @param by the node that finished it, kept in the task's record */
    void finish(long taskId, String by, boolean success, String message, UUID relatedId, long now);

    /** Drops leases of tasks whose holder is gone; only for a store no other node shares. */
    int releaseAllLeases();

    /** When the oldest Running task becomes claimable (its delay or another node's lease over), if any. */
    Optional<Long> nextRunAfter();

    record Claim(long taskId, String operation, String payload, int attempts, boolean forgotten) {
    }
}
