package dev.cloudgate.store.jdbc;

import dev.cloudgate.store.Transactor;
import dev.cloudgate.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bound-parameter SQL in one line at the call site; nothing is ever concatenated into SQL text. */
final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) {
        try (PreparedStatement statement = prepare(c, sql, args); ResultSet rs = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) {
        List<T> result = list(c, sql, row, args);
        return result.isEmpty() ? Optional.empty() : Optional.ofNullable(result.get(0));
    }

    static int update(Transactor.Write write, String sql, Object... args) {
        Connection c = write.connection();
        try (PreparedStatement statement = prepare(c, sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static long insertReturningKey(Transactor.Write write, String sql, Object... args) {
        Connection c = write.connection();
        try (PreparedStatement statement = c.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, args);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        bind(statement, args);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }
}
