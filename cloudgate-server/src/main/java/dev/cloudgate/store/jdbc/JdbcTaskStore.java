package dev.cloudgate.store.jdbc;

import dev.cloudgate.store.Transactor;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskState;
import dev.cloudgate.tasks.TaskStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks in the database. Claiming uses {@code FOR UPDATE SKIP LOCKED} so that several nodes on
 * one PostgreSQL never take the same task, and a lease so that a dead node's task is taken over.
 * A node that lost its lease can no longer finish the task: {@link #lockClaimed} checks the owner.
 */
// Writes go through tx.writeUncached(): these rows appear in no cached answer (see Transactor.writeUncached).
public final class JdbcTaskStore implements TaskStore {
    private static final String SELECT = "select id, session_id, task_no, operation, state, success, message, related_id from task";
    /** What a runner needs of a task it takes. */
    private static final String SELECT_CLAIM = "select id, operation, payload, attempts, forgotten from task";
    /**
     * The task that may run next, bound to (Running, now, now, Running): the oldest Running one (SPEC §8 B11: one at a
     * time, in arrival order, on every node together), once its delay and any other node's lease have run out.
     */
    private static final String DUE = " where state = ? and run_after <= ? and (lease_until is null or lease_until < ?)"
            + " and id = (select min(id) from task where state = ?)";

    private final Transactor tx;

    public JdbcTaskStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public Task insert(UUID sessionId, int number, String operation, String payload, long now, long runAfter) {
        long id = Jdbc.insertReturningKey(tx.writeUncached(), "insert into task (session_id, task_no, operation, state, payload, created_at,"
                + " run_after) values (?, ?, ?, ?, ?, ?, ?)", sessionId, number, operation, TaskState.Running.name(), payload,
                now, runAfter);
        return new Task(id, sessionId, number, operation, TaskState.Running, null, null, null);
    }

    @Override
    public Optional<Task> find(UUID sessionId, int number) {
        return Jdbc.one(tx.connection(), SELECT + " where session_id = ? and task_no = ? and forgotten = false", JdbcTaskStore::task,
                sessionId, number);
    }

    @Override
    public List<Task> ofSession(UUID sessionId) {
        return Jdbc.list(tx.connection(), SELECT + " where session_id = ? and forgotten = false order by task_no", JdbcTaskStore::task,
                sessionId);
    }

    @Override
    public boolean delete(UUID sessionId, int number) {
        return Jdbc.update(tx.writeUncached(), "delete from task where session_id = ? and task_no = ? and forgotten = false",
                sessionId, number) > 0;
    }

    @Override
    public void forgetSession(UUID sessionId) {
        Jdbc.update(tx.writeUncached(), "delete from task where session_id = ? and state = ?", sessionId, TaskState.Finished.name());
        Jdbc.update(tx.writeUncached(), "update task set forgotten = true where session_id = ?", sessionId);
    }

    /**
     * Only the {@link #DUE} task may be claimed. {@code skip locked} lets a node pass over a row another node
     * is claiming or finishing right now instead of waiting for it; the lease then keeps it from taking that
     * task later.
     */
    @Override
    public Optional<Claim> claimNext(String owner, long now, long leaseUntil) {
        Optional<Long> id = Jdbc.one(tx.connection(), "select id from task" + DUE + " for update skip locked",
                rs -> rs.getLong(1), TaskState.Running.name(), now, now, TaskState.Running.name());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Jdbc.update(tx.writeUncached(), "update task set lease_owner = ?, lease_until = ?, attempts = attempts + 1 where id = ?",
                owner, leaseUntil, id.get());
        return claim(id.get());
    }

    @Override
    public Optional<Claim> nextDue(long now) {
        for (int tries = 0; tries < 3; tries++) {
            // attempts + 1: the update below counts this one.
            Optional<Claim> next = Jdbc.one(tx.connection(), SELECT_CLAIM + DUE, rs -> claim(rs, 1), TaskState.Running.name(), now, now,
                    TaskState.Running.name());
            // The update locks the row for the caller's transaction, as FOR UPDATE would: a cancel or a reset
            // waits until the task is applied and finished, or has already removed it (0 rows: read again).
            if (next.isEmpty() || Jdbc.update(tx.writeUncached(), "update task set attempts = attempts + 1 where id = ? and state = ?",
                    next.get().taskId(), TaskState.Running.name()) == 1) {
                return next;
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean renewLease(long taskId, String owner, long leaseUntil) {
        return Jdbc.update(tx.writeUncached(), "update task set lease_until = ? where id = ? and state = ? and lease_owner = ?",
                leaseUntil, taskId, TaskState.Running.name(), owner) > 0;
    }

    @Override
    public Optional<Claim> lockClaimed(long taskId, String owner) {
        return Jdbc.one(tx.connection(), "select id from task where id = ? and state = ? and lease_owner = ? for update",
                rs -> rs.getLong(1), taskId, TaskState.Running.name(), owner).flatMap(this::claim);
    }

    @Override
    public void finish(long taskId, String by, boolean success, String message, UUID relatedId, long now) {
        Jdbc.update(tx.writeUncached(), "update task set state = ?, success = ?, message = ?, related_id = ?, finished_at = ?,"
                + " finished_by = ?, lease_owner = null, lease_until = null where id = ?", TaskState.Finished.name(), success, message, relatedId,
                now, by, taskId);
        // A task whose session ended was only kept so that its operation could finish (SPEC §8 B15).
        Jdbc.update(tx.writeUncached(), "delete from task where id = ? and forgotten = true", taskId);
    }

    @Override
    public int releaseAllLeases() {
        return Jdbc.update(tx.writeUncached(), "update task set lease_owner = null, lease_until = null where state = ? and lease_owner is not null",
                TaskState.Running.name());
    }

    /** When the oldest Running task becomes claimable: later tasks wait for it anyway. */
    @Override
    public Optional<Long> nextRunAfter() {
        return Jdbc.one(tx.connection(), "select case when lease_until is null or lease_until < run_after then run_after"
                + " else lease_until end from task where id = (select min(id) from task where state = ?)", rs -> {
                    long value = rs.getLong(1);
                    return rs.wasNull() ? null : value;
                }, TaskState.Running.name());
    }

    private Optional<Claim> claim(long id) {
        return Jdbc.one(tx.connection(), SELECT_CLAIM + " where id = ?", rs -> claim(rs, 0), id);
    }

    private static Claim claim(ResultSet rs, int attemptsToCome) throws SQLException {
        return new Claim(rs.getLong("id"), rs.getString("operation"), rs.getString("payload"), rs.getInt("attempts") + attemptsToCome,
                rs.getBoolean("forgotten"));
    }

    private static Task task(ResultSet rs) throws SQLException {
        return new Task(rs.getLong("id"), rs.getObject("session_id", UUID.class), rs.getInt("task_no"), rs.getString("operation"),
                TaskState.valueOf(rs.getString("state")), Jdbc.nullableBoolean(rs, "success"), rs.getString("message"),
                rs.getObject("related_id", UUID.class));
    }
}
