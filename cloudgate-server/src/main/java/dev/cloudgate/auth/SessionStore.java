package dev.cloudgate.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Logon sessions, shared by every node on one database. */
public interface SessionStore {
    void insert(UUID id, String userName, long now);

    /** The session row with its user's name; role comes from the account. */
    Optional<StoredSession> find(UUID id);

    List<StoredSession> ofUser(String userName);

    void touch(UUID id, long now);

    boolean delete(UUID id);

    int deleteIdleSince(long cutoff);

    /** Next task number of the session; numbers are never reused (SPEC §8 B15). */
    int nextTaskNumber(UUID id);

    record StoredSession(UUID id, String userName, long createdAt, long lastSeenAt) {
    }
}
