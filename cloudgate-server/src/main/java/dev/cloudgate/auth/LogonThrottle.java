package dev.cloudgate.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks an account for a while after repeated failed logons, so that passwords cannot be guessed at
 * speed. A locked account is answered like bad credentials (401), even with the right password, so
 * the lock tells a guesser nothing. Counted per process: nodes sharing a database each count alone.
 */
public final class LogonThrottle {
    /** Never locks: for callers that do not configure a throttle. */
    public static final LogonThrottle NEVER = new LogonThrottle(0, Duration.ZERO, Clock.systemUTC());

    private final int maxFailures;
    private final long lockMillis;
    private final Clock clock;
    /** Keyed by canonical account name, so the map is bounded by the number of accounts. */
    private final ConcurrentMap<String, State> states = new ConcurrentHashMap<>();

    private record State(int failures, long lockedUntil) {
    }

    /** @param maxFailures consecutive failures that lock the account; 0 turns locking off */
    public LogonThrottle(int maxFailures, Duration lock, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockMillis = lock.toMillis();
        this.clock = clock;
    }

    public boolean locked(String account) {
        State state = states.get(key(account));
        return state != null && state.lockedUntil() > clock.millis();
    }

    /** Counts a failure; true when this one locked the account. */
    public boolean failed(String account) {
        if (maxFailures <= 0) {
            return false;
        }
        long now = clock.millis();
        State state = states.compute(key(account), (k, old) -> {
            int failures = (old == null || old.lockedUntil() != 0 && old.lockedUntil() <= now ? 0 : old.failures()) + 1;
            return failures >= maxFailures ? new State(0, now + lockMillis) : new State(failures, 0);
        });
        return state.lockedUntil() > now;
    }

    public void succeeded(String account) {
        states.remove(key(account));
    }

    public Duration lockDuration() {
        return Duration.ofMillis(lockMillis);
    }

    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }
}
