package dev.cloudgate.store;

import dev.cloudgate.failure.Failure;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a full disk from taking the server down (issue 16, finding 8). H2 answers a failed file write by
 * closing the whole database, so that every later request, reads included, fails until a restart. So
 * writes are refused <em>before</em> they reach H2 once the data directory's disk has less than
 * {@link #ENTER_BELOW} bytes left: with a 503 that says why, while reads go on. A write that fails
 * on a full disk anyway (another process took the space meanwhile) enters the same state; the pool
 * then opens fresh connections, which reopen the file. {@link #check()}, run periodically, leaves the
 * state once {@link #LEAVE_ABOVE} bytes are free again. One log line per change of state, none per request.
 */
public final class DiskGuard {
    public static final String MESSAGE = "The server's disk is full; writes are refused until space is freed.";
    /** Below this many usable bytes writes are refused: room for H2's own chunk writes and compaction. */
    public static final long ENTER_BELOW = 2L * 1024 * 1024;
    /** Writes resume above this many, so that a disk at the edge does not flip back and forth. */
    public static final long LEAVE_ABOVE = 4L * 1024 * 1024;
    /** No probe: PostgreSQL's disk is its own server's; its disk-full error (53100) is still answered 503. */
    public static final DiskGuard NONE = new DiskGuard(null, null, () -> { });

    private static final Logger LOG = LoggerFactory.getLogger(DiskGuard.class);
    private static final String POSTGRESQL_DISK_FULL = "53100";

    private final Path directory;
    private final FileStore disk;
    private final Runnable reopen;
    private final AtomicBoolean full = new AtomicBoolean();
    /** Set when a write failed on the disk: H2 has closed the database, which must be reopened. */
    private final AtomicBoolean storeFailed = new AtomicBoolean();

    private DiskGuard(Path directory, FileStore disk, Runnable reopen) {
        this.directory = directory;
        this.disk = disk;
        this.reopen = reopen;
    }

    /**
     * @param reopen drops the store's open connections, so that the next ones reopen the database file
     */
    public static DiskGuard of(Path directory, Runnable reopen) {
        try {
            return new DiskGuard(directory, Files.getFileStore(directory), reopen);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the disk of " + directory + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Refuses a write with 503 while the disk is full; cheap enough (one statfs) to ask before every write. */
    public void beforeWrite() {
        if (disk == null) {
            return;
        }
        if (full.get()) {
            throw Failure.unavailable(MESSAGE);
        }
        long usable = usable();
        if (usable >= 0 && usable < ENTER_BELOW) {
            enter(usable + " bytes usable");
            throw Failure.unavailable(MESSAGE);
        }
    }

    /** True while writes are refused. */
    public boolean full() {
        return full.get();
    }

    /**
     * What a failed unit of work becomes: a disk-full failure enters the state and becomes the 503
     * refusal; anything else is returned as it is.
     */
    public RuntimeException classify(RuntimeException failure) {
        if (!isDiskFull(failure)) {
            return failure;
        }
        storeFailed.set(true);
        enter("a write failed: " + rootMessage(failure));
        if (disk == null) {
            return Failure.unavailable(MESSAGE);
        }
        reopen.run();
        return Failure.unavailable(MESSAGE);
    }

    /** Periodic: enters the state on a disk that filled without a write, leaves it when space returned. */
    public void check() {
        if (disk == null) {
            return;
        }
        long usable = usable();
        if (usable < 0) {
            return;
        }
        if (!full.get() && usable < ENTER_BELOW) {
            enter(usable + " bytes usable");
        } else if (full.get() && usable > LEAVE_ABOVE) {
            if (storeFailed.getAndSet(false)) {
                reopen.run();
            }
            if (full.compareAndSet(true, false)) {
                LOG.info("disk of {} has space again ({} MiB usable): writes are accepted again", directory, usable / (1024 * 1024));
            }
        }
    }

    private void enter(String why) {
        if (full.compareAndSet(false, true)) {
            LOG.warn("disk of {} is full ({}): writes are refused with 503 until space is freed; reads go on", directory == null
                    ? "the database" : directory, why);
        }
    }

    private long usable() {
        try {
            return disk.getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** No space on the device (H2 wraps the IOException in layers of causes and suppressed ones) or PostgreSQL's disk_full. */
    static boolean isDiskFull(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.push(failure);
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof IOException io && io.getMessage() != null
                    && (io.getMessage().contains("No space left on device") || io.getMessage().contains("Disk quota exceeded")
                            || io.getMessage().contains("There is not enough space on the disk"))) {
                return true;
            }
            if (t instanceof SQLException sql && POSTGRESQL_DISK_FULL.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.push(suppressed);
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
