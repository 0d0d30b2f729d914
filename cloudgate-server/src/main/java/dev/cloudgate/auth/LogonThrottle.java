package dev.cloudgate.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks a user name for one source address after repeated failed logons, so that passwords cannot be
 * guessed at speed (docs/users.md). A lock is answered like bad credentials (401), even with the right
 * password, so it tells a guesser nothing.
 *
 * <p>Keyed by user name and source address: a guesser locks out only itself, never the account's owner
 * elsewhere, and names that do not exist lock exactly like names that do. Every change of a key's count
 * and lock is one atomic {@code compute}; a password check reserves its guess before it starts, so
 * however many run at once, no more than {@code maxFailures} guesses are ever tested per lock period,
 * and a failure never clears a lock. Each lock that follows another without a success between them
 * lasts twice as long, up to {@link #MAX_GROWTH} times the configured one.
 *
 * <p>Counted per process: on a shared PostgreSQL store each node counts alone, so a guesser that reaches
 * {@code n} nodes gets at most {@code n × maxFailures} guesses per lock period (docs/users.md).
 */
public final class LogonThrottle {
    /** Never locks: for callers that do not configure a throttle. */
    public static final LogonThrottle NEVER = new LogonThrottle(0, Duration.ZERO, Clock.systemUTC());
    /** A lock grows to at most this multiple of the configured lock. */
    static final int MAX_GROWTH = 32;
    /** Keys kept at most; beyond it, keys that are neither locked nor checking are forgotten first. */
    static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final long lockMillis;
    private final Clock clock;
    private final ConcurrentMap<String, State> states = new ConcurrentHashMap<>();

    /**
     * @param failures failures since the last success or lock
     * @param checking guesses reserved and still being checked
     * @param lockedUntil end of the current lock, 0 when never locked
     * @param locks locks in a row without a success, for the growing lock time
     */
    private record State(int failures, int checking, long lockedUntil, int locks) {
        boolean locked(long now) {
            return lockedUntil > now;
        }

        boolean idle(long now) {
            return checking == 0 && !locked(now);
        }
    }

    /** The outcome of {@link #failed}: whether this failure locked the key, and for how long. */
    public record Failed(boolean locked, Duration lock) {
    }

    /** @param maxFailures failures in a row that lock a name for a source; 0 turns locking off */
    public LogonThrottle(int maxFailures, Duration lock, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockMillis = lock.toMillis();
        this.clock = clock;
    }

    /** Whether logons of {@code name} from {@code source} are refused now, without reserving a guess. */
    public boolean locked(String name, String source) {
        State state = states.get(key(name, source));
        return state != null && (state.locked(clock.millis()) || maxFailures > 0 && state.failures() + state.checking() >= maxFailures);
    }

    /**
     * Reserves one password check for {@code name} from {@code source}; false when the key is locked, or
     * when the guesses already counted and under way reach the limit (the check must not run then).
     * Every true must be followed by exactly one {@link #failed}, {@link #succeeded} or {@link #abandoned}.
     */
    public boolean begin(String name, String source) {
        if (maxFailures <= 0) {
            return true;
        }
        long now = clock.millis();
        boolean[] admitted = new boolean[1];
        states.compute(key(name, source), (k, old) -> {
            State state = old == null ? new State(0, 0, 0, 0) : old;
            if (state.locked(now) || state.failures() + state.checking() >= maxFailures) {
                return state;
            }
            admitted[0] = true;
            return new State(state.failures(), state.checking() + 1, state.lockedUntil(), state.locks());
        });
        bound(now);
        return admitted[0];
    }

    /** A reserved check found a wrong password. A failure never shortens or clears a lock. */
    public Failed failed(String name, String source) {
        if (maxFailures <= 0) {
            return new Failed(false, Duration.ZERO);
        }
        long now = clock.millis();
        boolean[] locked = new boolean[1];
        State result = states.compute(key(name, source), (k, old) -> {
            State state = old == null ? new State(0, 1, 0, 0) : old;
            int checking = Math.max(0, state.checking() - 1);
            if (state.locked(now)) {
                return new State(state.failures(), checking, state.lockedUntil(), state.locks());
            }
            int failures = state.failures() + 1;
            if (failures < maxFailures) {
                return new State(failures, checking, state.lockedUntil(), state.locks());
            }
            locked[0] = true;
            int locks = state.locks() + 1;
            long growth = 1L << Math.min(locks - 1, Integer.numberOfTrailingZeros(MAX_GROWTH));
            return new State(0, checking, now + lockMillis * growth, locks);
        });
        return new Failed(locked[0], Duration.ofMillis(Math.max(0, result.lockedUntil() - now)));
    }

    /**
     * A reserved (or shared) check found the right password: true when the logon may proceed, false
     * when a lock was set while it ran (then the logon is refused like any other while locked).
     */
    public boolean succeeded(String name, String source, boolean reserved) {
        if (maxFailures <= 0) {
            return true;
        }
        long now = clock.millis();
        boolean[] allowed = new boolean[1];
        states.compute(key(name, source), (k, old) -> {
            if (old == null) {
                allowed[0] = true;
                return null;
            }
            int checking = reserved ? Math.max(0, old.checking() - 1) : old.checking();
            if (old.locked(now)) {
                return new State(old.failures(), checking, old.lockedUntil(), old.locks());
            }
            allowed[0] = true;
            return checking == 0 ? null : new State(0, checking, 0, 0);
        });
        return allowed[0];
    }

    /** A reserved check ended without an answer (an error, a refusal for load): the guess was not tested. */
    public void abandoned(String name, String source) {
        if (maxFailures <= 0) {
            return;
        }
        states.computeIfPresent(key(name, source), (k, old) -> {
            State state = new State(old.failures(), Math.max(0, old.checking() - 1), old.lockedUntil(), old.locks());
            return state.failures() == 0 && state.idle(clock.millis()) && state.locks() == 0 ? null : state;
        });
    }

    public Duration lockDuration() {
        return Duration.ofMillis(lockMillis);
    }

    /** Keeps memory bounded against guessers that vary the name or the address. */
    private void bound(long now) {
        if (states.size() <= MAX_KEYS) {
            return;
        }
        states.entrySet().removeIf(e -> e.getValue().idle(now) && e.getValue().lockedUntil() + lockMillis * MAX_GROWTH < now);
        if (states.size() > MAX_KEYS) {
            states.entrySet().removeIf(e -> e.getValue().idle(now));
        }
    }

    private static String key(String name, String source) {
        return name.toLowerCase(Locale.ROOT) + '\u0000' + (source == null ? "" : source);
    }
}
