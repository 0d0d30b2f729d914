package dev.cloudgate.auth;

import dev.cloudgate.store.IdSource;
import dev.cloudgate.failure.Failure;
import dev.cloudgate.audit.AuditLog;
import dev.cloudgate.store.Transactor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Logon, token check with idle expiry, logout (SPEC §2). */
public final class SessionService {
    static final String EXPIRED = "Logon session is not found or has expired.";

    private final Transactor tx;
    private final SessionStore sessions;
    private final Accounts accounts;
    private final Clock clock;
    private final IdSource ids;
    private final long idleMillis;
    /** Writing last-seen on every request would make each GET a write; a small slack avoids it. */
    private final long touchSlackMillis;
    private final Consumer<UUID> onLogout;
    /** Live sessions by their token (so a known token costs no decoding), or null when every request reads its session from the store. */
    private final Map<String, Live> live;

    /**
     * @param cacheSessions keep live sessions in memory instead of reading each one per request; only
     *     for a store no other node shares, since another node's logout must be seen at once (issue 4)
     */
    public SessionService(Transactor tx, SessionStore sessions, Accounts accounts, Clock clock, Duration idleTimeout,
            Consumer<UUID> onLogout, boolean cacheSessions, IdSource ids) {
        this.ids = ids;
        this.live = cacheSessions ? new ConcurrentHashMap<>() : null;
        this.tx = tx;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
        this.idleMillis = idleTimeout.toMillis();
        this.touchSlackMillis = Math.min(1000, idleMillis / 100);
        this.onLogout = onLogout;
    }

    /** Checks an {@code Authorization: Basic} header value and opens a new session. */
    public LogonSession logon(String authorization) {
        return logon(authorization, "");
    }

    /** As {@link #logon(String)}; {@code source} is the client's address, which failed logons are counted by. */
    public LogonSession logon(String authorization, String source) {
        String[] credentials;
        Account account;
        try {
            credentials = basicCredentials(authorization);
        } catch (Failure f) {
            AuditLog.record(null, "Logon", "-", "refused: " + f.getMessage());
            throw f;
        }
        try {
            account = accounts.authenticate(credentials, source);
        } catch (Failure f) {
            AuditLog.record(credentials[0], "Logon", "-", "refused: " + f.getMessage());
            throw f;
        }
        UUID id = ids.next();
        long now = clock.millis();
        tx.run(() -> sessions.insert(id, account.name(), now));
        LogonSession session = new LogonSession(id, account.name(), account.role(), now, now);
        AuditLog.record(account.name(), "Logon", "session " + session.shortId(), "success");
        return session;
    }

    /** The live session a token names, its idle clock restarted; 401 otherwise. */
    public LogonSession authenticate(String token) {
        return authenticate(token, false);
    }

    /**
     * {@link #authenticate}, or null when the answer needs the store (a session not in memory, one
     * that expired, one whose time is due to be written): for a caller on a network thread, which then
     * hands the request to a worker that calls {@link #authenticate}.
     */
    public LogonSession authenticateFromMemory(String token) {
        return authenticate(token, true);
    }

    private LogonSession authenticate(String token, boolean memoryOnly) {
        long now = clock.millis();
        Live session = live == null ? null : live.get(token);
        if (session == null && memoryOnly) {
            return null;
        }
        if (session == null) {
            UUID named = LogonSession.idOf(token);
            if (named == null) {
                throw Failure.unauthorized(EXPIRED);
            }
            session = tx.inTransaction(() -> sessions.find(named)).map(stored -> new Live(named, stored))
                    .orElseThrow(() -> Failure.unauthorized(EXPIRED));
            if (live != null) {
                live.put(token, session);
            }
        }
        UUID id = session.id;
        boolean expired = now - session.lastSeenAt >= idleMillis;
        if (memoryOnly && (expired || now - session.writtenAt > touchSlackMillis)) {
            return null;
        }
        if (expired) {
            forget(id);
            tx.run(() -> sessions.delete(id));
            onLogout.accept(id);
            throw Failure.unauthorized(EXPIRED);
        }
        String userName = session.userName;
        Role role = accounts.find(userName).map(Account::role).orElseThrow(() -> Failure.unauthorized(EXPIRED));
        session.lastSeenAt = now;
        // The store's clock restarts less often: it matters for restarts and the idle sweep, not per request.
        if (now - session.writtenAt > touchSlackMillis) {
            try {
                tx.run(() -> sessions.touch(id, now));
                session.writtenAt = now;
            } catch (Failure f) {
                // A full disk refuses writes, not reads: the session's time is kept in memory meanwhile.
                if (f.kind() != Failure.Kind.UNAVAILABLE || live == null) {
                    throw f;
                }
            }
        }
        return new LogonSession(id, userName, role, session.createdAt, now);
    }


    /** The caller's user's live sessions, the caller's own first, then oldest first (SPEC §7 A43). */
    public List<LogonSession> sessionsOf(LogonSession caller) {
        long now = clock.millis();
        List<LogonSession> result = new ArrayList<>();
        result.add(caller);
        tx.inTransaction(() -> sessions.ofUser(caller.userName())).stream()
                .filter(s -> !s.id().equals(caller.id()) && now - s.lastSeenAt() < idleMillis)
                .sorted(Comparator.comparingLong(SessionStore.StoredSession::createdAt))
                .forEach(s -> result.add(new LogonSession(s.id(), s.userName(), caller.role(), s.createdAt(), s.lastSeenAt())));
        return result;
    }

    /** One of the caller's user's sessions; another user's is as unknown as a missing one (SPEC §2.5). */
    public Optional<LogonSession> sessionOf(LogonSession caller, UUID id) {
        return sessionsOf(caller).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public void logout(UUID id) {
        forget(id);
        tx.run(() -> sessions.delete(id));
        onLogout.accept(id);
    }

    public int expireIdle() {
        long cutoff = clock.millis() - idleMillis;
        if (live != null) {
            live.values().removeIf(s -> s.lastSeenAt <= cutoff);
        }
        return tx.inTransaction(() -> sessions.deleteIdleSince(cutoff));
    }

    /** Drops the sessions kept in memory, after the store's sessions were replaced (a reset or a loaded seed). */
    public void forgetCached() {
        if (live != null) {
            live.clear();
        }
    }

    private void forget(UUID id) {
        if (live != null) {
            live.values().removeIf(s -> s.id.equals(id));
        }
    }

    /** A session as this node last saw it; {@code writtenAt} is when its last-seen time last reached the store. */
    private static final class Live {
        final UUID id;
        final String userName;
        final long createdAt;
        volatile long lastSeenAt;
        volatile long writtenAt;

        Live(UUID id, SessionStore.StoredSession stored) {
            this.id = id;
            this.userName = stored.userName();
            this.createdAt = stored.createdAt();
            this.lastSeenAt = stored.lastSeenAt();
            this.writtenAt = stored.lastSeenAt();
        }
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw Failure.unauthorized("Authorization with user name and password is required.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Failure.unauthorized("The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw Failure.unauthorized("The Authorization header is not valid Basic credentials.");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
