package dev.cloudgate.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL and the values for its {@code ?} placeholders, in order. Values supplied by a
 * caller only ever travel as binds; the text holds nothing but schema names and constants.
 */
record SqlFragment(String sql, List<Object> binds) {

    SqlFragment {
        binds = List.copyOf(binds);
    }

    static SqlFragment of(String sql, Object... binds) {
        return new SqlFragment(sql, List.of(binds));
    }

    /** The parts joined by {@code and}/{@code or}, in parentheses so precedence never leaks. */
    static SqlFragment join(String connective, List<SqlFragment> parts) {
        StringBuilder sql = new StringBuilder("(");
        List<Object> binds = new ArrayList<>();
        for (SqlFragment part : parts) {
            if (sql.length() > 1) {
                sql.append(' ').append(connective).append(' ');
            }
            sql.append(part.sql);
            binds.addAll(part.binds);
        }
        return new SqlFragment(sql.append(')').toString(), binds);
    }
}
