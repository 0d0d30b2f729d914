package dev.cloudgate.auth;

import dev.cloudgate.failure.Failure;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Bounds the password checks that run at once (docs/users.md): a PBKDF2 run takes a core for tens of
 * milliseconds, so a burst of logons would otherwise take every core and every HTTP thread from the
 * other requests. Checks beyond the bound wait their turn in a short queue; beyond the queue, or after
 * waiting too long, a logon is refused at once with a 503 that says so, never left to time out.
 */
final class HashGate {
    private static final String BUSY = "Too many logons are being checked at once; retry in a moment.";

    private final Semaphore running;
    private final int maxWaiting;
    private final long maxWaitMillis;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int concurrent;
    /** Checks running now, and the most that ever ran at once: what the bound is seen to hold by (metrics). */
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

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

    boolean check(BooleanSupplier passwordCheck) {
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
            peak.accumulateAndGet(inside.incrementAndGet(), Math::max);
            return passwordCheck.getAsBoolean();
        } finally {
            inside.decrementAndGet();
            running.release();
        }
    }

    /** How many checks may run at once. */
    int bound() {
        return concurrent;
    }

    /** The most checks that ran at once since start. */
    int peak() {
        return peak.get();
    }
}
