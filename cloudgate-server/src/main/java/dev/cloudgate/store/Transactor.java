package dev.cloudgate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Units of work. Stores take the connection of the transaction in progress on this thread, so
 * that a feature's service can make several store calls atomically without knowing JDBC.
 */
public final class Transactor {
    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<Boolean> wrote = new ThreadLocal<>();
    /** Set by either kind of write: the transaction changed some row, cached or not. */
    private final ThreadLocal<Boolean> wroteAny = new ThreadLocal<>();
    /** Counts committed transactions that wrote; readers may cache what they computed at one count. */
    private final AtomicLong writes = new AtomicLong();
    /** Changes being committed right now; while there are any, no count is reported (see {@link #writeCount()}). */
    private final AtomicInteger committing = new AtomicInteger();
    /** As {@link #writes} and {@link #committing}, for every committed write, sessions and tasks included. */
    private final AtomicLong anyWrites = new AtomicLong();
    private final AtomicInteger committingAny = new AtomicInteger();

    private final DiskGuard disk;

    public Transactor(DataSource dataSource) {
        this(dataSource, DiskGuard.NONE);
    }

    /** @param disk refuses writes while the store's disk is full, and turns a write that failed on it into a 503 */
    public Transactor(DataSource dataSource, DiskGuard disk) {
        this.dataSource = dataSource;
        this.disk = disk;
    }

    /** Runs {@code work} in a transaction, or inside the one already open on this thread. */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return transaction(work);
        } catch (RuntimeException e) {
            throw disk.classify(e);
        }
    }

    private <T> T transaction(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.get();
                if (wroteAny.get() == null) {
                    connection.commit();
                } else {
                    commitChange(connection, wrote.get() != null);
                }
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                current.remove();
                wrote.remove();
                wroteAny.remove();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The right to change rows in the open transaction; its commit moves {@link #writeCount()}, so no
     * cached answer outlives it. {@code Jdbc.update} takes nothing else: a write cannot bypass invalidation.
     */
    public Write write() {
        disk.beforeWrite();
        Write write = new Write(connection());
        wrote.set(Boolean.TRUE);
        wroteAny.set(Boolean.TRUE);
        return write;
    }

    /**
     * For rows that appear in no cached answer (logon sessions, tasks: their routes are never cached), so
     * that a logon or a task's lease does not empty the cache. Anything else uses {@link #write()}.
     */
    public Write writeUncached() {
        disk.beforeWrite();
        Write write = new Write(connection());
        wroteAny.set(Boolean.TRUE);
        return write;
    }

    /** A connection that may change rows, given out only by {@link #write()} and {@link #writeUncached()}. */
    public static final class Write {
        private final Connection connection;

        private Write(Connection connection) {
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }
    }

    /**
     * How many changes have committed in this process, or -1 while one is being committed. A result
     * computed after reading a count {@code n >= 0} reflects every change counted up to {@code n}, and
     * stays true while the count stays {@code n}: a change is counted only once it has committed, and
     * a reader between its commit and its count sees -1 (the client saw its task finish and asks
     * again at once). Changes made by other processes sharing the database are not counted.
     */
    public long writeCount() {
        long count = writes.get();
        return committing.get() > 0 ? -1 : count;
    }

    /**
     * As {@link #writeCount()}, but moved by every committed write, {@link #writeUncached()} ones too:
     * an answer computed at this count (a task, which its session's polls read) stays true while it stays.
     */
    public long anyWriteCount() {
        long count = anyWrites.get();
        return committingAny.get() > 0 ? -1 : count;
    }

    /** Committed transactions that wrote, all kinds, never -1: a figure for metrics, not a cache key. */
    public long committedWrites() {
        return anyWrites.get();
    }

    private void commitChange(Connection connection, boolean cached) throws SQLException {
        committingAny.incrementAndGet();
        if (cached) {
            committing.incrementAndGet();
        }
        try {
            connection.commit();
            if (cached) {
                writes.incrementAndGet();
            }
            anyWrites.incrementAndGet();
        } finally {
            if (cached) {
                committing.decrementAndGet();
            }
            committingAny.decrementAndGet();
        }
    }

    /** The connection of the transaction open on this thread. */
    public Connection connection() {
        Connection connection = current.get();
        if (connection == null) {
            throw new IllegalStateException("no transaction is open on this thread");
        }
        return connection;
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
