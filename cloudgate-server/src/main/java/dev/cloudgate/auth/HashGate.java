package dev.cloudgate.auth;

import dev.cloudgate.failure.Failure;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds the PBKDF2 runs under way at once (docs/users.md): a run takes a core for tens of milliseconds,
 * so a burst of logons, or of tenant creates that each hash a new password, would otherwise take every
 * core and every HTTP thread from the other requests. Runs beyond the bound wait their turn in a short
 * queue; beyond the queue, or after waiting too long, the request is refused at once with a 503 that says
 * so, never left to time out. {@link Passwords} holds the one gate of the process, so no caller can
 * hash around it.
 */
final class HashGate {
    private static final String BUSY = "Too many passwords are being checked at once; retry in a moment.";

    private final Semaphore running;
    private final int maxWaiting;
    private final long maxWaitMillis;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int concurrent;

    HashGate(int concurrent, int maxWaiting, long maxWaitMillis) {
        this.concurrent = concurrent;
        this.running = new Semaphore(concurrent, true);
        this.maxWaiting = maxWaiting;
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * One check at once per core but one (at least one), so a core stays free for every other request;
     * up to 16 per core waiting, for at most 5 s.
     */
    static HashGate forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new HashGate(Math.max(1, cores - 1), 16 * cores, 5000);
    }

    <T> T run(Supplier<T> pbkdf2) {
        if (!running.tryAcquire()) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw Failure.unavailable(BUSY);
            }
            try {
                if (!running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                    throw Failure.unavailable(BUSY);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Failure.unavailable(BUSY);
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return pbkdf2.get();
        } finally {
            running.release();
        }
    }

    /** How many runs may be under way at once. */
    int bound() {
        return concurrent;
    }
}
