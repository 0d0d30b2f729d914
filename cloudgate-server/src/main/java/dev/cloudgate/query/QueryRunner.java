package dev.cloudgate.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a {@link QueryPlan} on a JDBC connection: first the count, then (unless the page lies past
 * the end) the page's ids. Callers wanting both from one snapshot run it inside a transaction.
 */
public final class QueryRunner {

    /**
     * @param sessionId the caller's logon session; required for task queries, ignored otherwise
     */
    public QueryPage run(Connection connection, QueryPlan plan, UUID sessionId) throws SQLException {
        SqlQuery sql = plan.sql();
        long total = count(connection, sql.countSql(), sql.countBinds(sessionId));
        int pageSize = plan.parameters().pageSizeFor(total);
        long offset = (long) (plan.parameters().page() - 1) * pageSize;
        List<Object> ids = offset >= total
                ? List.of()
                : ids(connection, sql.pageSql(), sql.pageBinds(sessionId, pageSize, offset), plan.type());
        if (plan.type().sessionScoped()) {
            return new QueryPage.TaskNumbers(ids.stream().map(Integer.class::cast).toList(), total);
        }
        return new QueryPage.EntityIds(ids.stream().map(UUID.class::cast).toList(), total);
    }

    private static long count(Connection connection, String sql, List<Object> binds) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, binds); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Object> ids(Connection connection, String sql, List<Object> binds, QueryType type)
            throws SQLException {
        List<Object> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, binds); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(type.sessionScoped() ? rows.getInt(1) : rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> binds)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < binds.size(); i++) {
                statement.setObject(i + 1, binds.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
