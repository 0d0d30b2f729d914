package dev.cloudgate.http;

import dev.cloudgate.auth.Role;
import dev.cloudgate.wire.MediaFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Rendered answers of read-only GETs, kept until the next write. Clients of a test double read far
 * more than they write (they poll); an answer is rebuilt only when the store's write count moved.
 *
 * <p>Only for a store that no other process writes: the write count is this process's own. Only for
 * answers that carry nothing of the caller's session, keyed by everything they depend on: the caller's role, path, query string, base URL and format.
 */
public final class ResponseCache {
    /** Caches nothing: for stores that other processes write too. */
    public static final ResponseCache NONE = new ResponseCache(null, null);
    private static final int MAX_ENTRIES = 4096;
    private static final long MAX_BYTES = 64L << 20;

    private final LongSupplier writeCount;
    private final LongSupplier anyWriteCount;
    /**
     * Not in access order: a lock and a relinking on every hit cost a cached GET more than the order is
     * worth, when every write makes all entries stale anyway. Over a bound, any entries go.
     */
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>(256);
    private final AtomicLong bytes = new AtomicLong();

    /**
     * @param writeCount moves with every committed change of what session-free answers show
     * @param anyWriteCount moves with every committed change at all, logon sessions and tasks included
     */
    public ResponseCache(LongSupplier writeCount, LongSupplier anyWriteCount) {
        this.writeCount = writeCount;
        this.anyWriteCount = anyWriteCount;
    }

    /** {@code endpoint}, answering from the cache where {@code when} holds for the call. */
    Endpoint around(Endpoint endpoint, Predicate<Call> when) {
        if (writeCount == null) {
            return endpoint;
        }
        return new Cached(endpoint, when, false, writeCount);
    }

    Endpoint around(Endpoint endpoint) {
        return around(endpoint, call -> true);
    }

    /**
     * {@code endpoint} for answers of the caller's own logon session (its tasks, SPEC §5.10): kept per
     * session, and only while nothing at all was written since, so a task's next state is never missed.
     * A polling client's repeated GET of a Running task then costs no store round trip.
     */
    Endpoint aroundPerSession(Endpoint endpoint) {
        if (anyWriteCount == null) {
            return endpoint;
        }
        return new Cached(endpoint, call -> true, true, anyWriteCount);
    }

    /**
     * An endpoint behind the cache. Besides answering, it can say whether its answer is at hand
     * ({@link #atHand}): the API handler then answers on the network thread, without a hand-off to a
     * worker (ApiHandler#answerAtHand).
     */
    final class Cached implements Endpoint {
        private final Endpoint endpoint;
        private final Predicate<Call> when;
        private final boolean perSession;
        private final LongSupplier count;

        private Cached(Endpoint endpoint, Predicate<Call> when, boolean perSession, LongSupplier count) {
            this.endpoint = endpoint;
            this.when = when;
            this.perSession = perSession;
            this.count = count;
        }

        @Override
        public Reply handle(Call call) {
            if (!when.test(call)) {
                return endpoint.handle(call);
            }
            Key key = key(call);
            // Read before the answer is built: a write that lands meanwhile makes this entry stale at once.
            // A negative count means a change is being committed: answer from the store, keep nothing.
            long version = count.getAsLong();
            byte[] hit = version < 0 ? null : get(key, version);
            if (hit != null) {
                return Reply.rendered(hit);
            }
            Reply reply = endpoint.handle(call);
            if (version < 0 || reply.status() != 200 || reply.body() == null || !reply.headers().isEmpty()) {
                return reply;
            }
            byte[] rendered = Responses.render(reply.body(), call.responseFormat());
            put(key, version, rendered);
            return Reply.rendered(rendered);
        }

        /** The answer {@link #handle} would give from the cache, or null when it would have to build one. */
        Reply atHand(Call call) {
            if (!when.test(call)) {
                return null;
            }
            long version = count.getAsLong();
            byte[] hit = version < 0 ? null : get(key(call), version);
            return hit == null ? null : Reply.rendered(hit);
        }

        private Key key(Call call) {
            // The role is part of the key: some endpoints (the query service) check it themselves, and an
            // answer built for one role must never reach another.
            return new Key(call.session() == null ? null : call.session().role(), perSession ? call.session().id() : null, call.path(),
                    call.rawQuery(), call.hrefs().base(), call.responseFormat());
        }
    }

    private byte[] get(Key key, long version) {
        Entry entry = entries.get(key);
        return entry != null && entry.version() == version ? entry.bytes() : null;
    }

    private void put(Key key, long version, byte[] rendered) {
        Entry old = entries.put(key, new Entry(version, rendered));
        bytes.addAndGet(rendered.length - (old == null ? 0 : old.bytes().length));
        var any = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes.get() > MAX_BYTES) && any.hasNext()) {
            Map.Entry<Key, Entry> victim = any.next();
            // Counted once: a concurrent put that replaced the entry accounts for its own bytes.
            if (entries.remove(victim.getKey(), victim.getValue())) {
                bytes.addAndGet(-victim.getValue().bytes().length);
            }
        }
    }

    /** {@code session} is null for answers that are the same for every session of a role. */
    private record Key(Role role, java.util.UUID session, String path, String query, String base, MediaFormat format) {
    }

    private record Entry(long version, byte[] bytes) {
    }
}
