package dev.cloudgate.auth;

import dev.cloudgate.Failure;
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
import java.util.UUID;
import java.util.function.Consumer;

/** Logon, token check with idle expiry, logout (SPEC §2). */
public final class SessionService {
    static final String EXPIRED = "Logon session is not found or has expired.";

    private final Transactor tx;
    private final SessionStore sessions;
    private final Accounts accounts;
    private final Clock clock;
    private final long idleMillis;
    /** Writing last-seen on every request would make each GET a write; a small slack avoids it. */
    private final long touchSlackMillis;
    private final Consumer<UUID> onLogout;

    public SessionService(Transactor tx, SessionStore sessions, Accounts accounts, Clock clock, Duration idleTimeout,
            Consumer<UUID> onLogout) {
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
        String[] credentials;
        Account account;
        try {
            credentials = basicCredentials(authorization);
        } catch (Failure f) {
            AuditLog.record(null, "Logon", "-", "refused: " + f.getMessage());
            throw f;
        }
        try {
            account = accounts.authenticate(credentials);
        } catch (Failure f) {
            AuditLog.record(credentials[0], "Logon", "-", "refused: " + f.getMessage());
            throw f;
        }
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        tx.run(() -> sessions.insert(id, account.name(), now));
        LogonSession session = new LogonSession(id, account.name(), account.role(), now, now);
        AuditLog.record(account.name(), "Logon", "session " + session.shortId(), "success");
        return session;
    }

    /** The live session a token names, its idle clock restarted; 401 otherwise. */
    public LogonSession authenticate(String token) {
        UUID id = LogonSession.idOf(token);
        if (id == null) {
            throw Failure.unauthorized(EXPIRED);
        }
        long now = clock.millis();
        SessionStore.StoredSession stored = tx.inTransaction(() -> sessions.find(id)).orElseThrow(() -> Failure.unauthorized(EXPIRED));
        if (now - stored.lastSeenAt() >= idleMillis) {
            tx.run(() -> sessions.delete(id));
            onLogout.accept(id);
            throw Failure.unauthorized(EXPIRED);
        }
        Role role = accounts.find(stored.userName()).map(Account::role).orElseThrow(() -> Failure.unauthorized(EXPIRED));
        if (now - stored.lastSeenAt() > touchSlackMillis) {
            tx.run(() -> sessions.touch(id, now));
        }
        return new LogonSession(id, stored.userName(), role, stored.createdAt(), now);
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
        tx.run(() -> sessions.delete(id));
        onLogout.accept(id);
    }

    public int expireIdle() {
        return tx.inTransaction(() -> sessions.deleteIdleSince(clock.millis() - idleMillis));
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
