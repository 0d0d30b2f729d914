package dev.cloudgate.store.jdbc;

import dev.cloudgate.auth.SessionStore;
import dev.cloudgate.store.Transactor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

// Writes go through tx.writeUncached(): these rows appear in no cached answer (see Transactor.writeUncached).
public final class JdbcSessionStore implements SessionStore {
    private static final String SELECT = "select id, user_name, created_at, last_seen_at from logon_session";

    private final Transactor tx;

    public JdbcSessionStore(Transactor tx) {
        this.tx = tx;
    }

    @Override
    public void insert(UUID id, String userName, long now) {
        Jdbc.update(tx.writeUncached(), "insert into logon_session (id, user_name, created_at, last_seen_at) values (?, ?, ?, ?)",
                id, userName, now, now);
    }

    @Override
    public Optional<StoredSession> find(UUID id) {
        return Jdbc.one(tx.connection(), SELECT + " where id = ?", JdbcSessionStore::session, id);
    }

    @Override
    public List<StoredSession> ofUser(String userName) {
        return Jdbc.list(tx.connection(), SELECT + " where user_name = ? order by seq", JdbcSessionStore::session, userName);
    }

    @Override
    public void touch(UUID id, long now) {
        Jdbc.update(tx.writeUncached(), "update logon_session set last_seen_at = ? where id = ? and last_seen_at < ?", now, id, now);
    }

    @Override
    public boolean delete(UUID id) {
        return Jdbc.update(tx.writeUncached(), "delete from logon_session where id = ?", id) > 0;
    }

    @Override
    public int deleteIdleSince(long cutoff) {
        return Jdbc.update(tx.writeUncached(), "delete from logon_session where last_seen_at <= ?", cutoff);
    }

    @Override
    public int nextTaskNumber(UUID id) {
        // The update takes the row lock, so two requests of one session never get the same number.
        Jdbc.update(tx.writeUncached(), "update logon_session set last_task_no = last_task_no + 1 where id = ?", id);
        return Jdbc.one(tx.connection(), "select last_task_no from logon_session where id = ?", rs -> rs.getInt(1), id)
                .orElseThrow(() -> new IllegalStateException("session vanished"));
    }

    /** By position, in the order of {@link #SELECT}: this runs on every authenticated request. */
    private static StoredSession session(ResultSet rs) throws SQLException {
        return new StoredSession(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4));
    }
}
