package dev.cloudgate.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of one query: a count of all matches and the ids of one page, in order. Both use only
 * portable SQL (H2 2.x and PostgreSQL 15) and take every value as a bind parameter; paging happens
 * in the database ({@code limit ? offset ?}), so a large table is never read whole.
 *
 * @param countSql    {@code select count(*)} of the matches
 * @param pageSql     the ids of one page; its last two placeholders are the limit and the offset
 * @param filterBinds the values of the filter's placeholders, in order
 * @param sessionScoped whether the first placeholder of both is the logon session id (task queries)
 */
public record SqlQuery(String countSql, String pageSql, List<Object> filterBinds, boolean sessionScoped) {

    public SqlQuery {
        filterBinds = List.copyOf(filterBinds);
    }

    static SqlQuery compile(QueryType type, Optional<Filter> filter, Optional<SortOrder> sort) {
        List<String> conditions = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        if (type.sessionScoped()) {
            conditions.add(type.sessionScope());
        }
        filter.map(f -> FilterCompiler.compile(type, f)).ifPresent(condition -> {
            conditions.add(condition.sql());
            binds.addAll(condition.binds());
        });
        String from = " from " + type.from() + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        // Ties (and unsorted queries) fall back to creation order, oldest first (SPEC §6.4, §7 A43).
        String order = sort.map(s -> type.field(s.field()).sortKey() + (s.descending() ? " desc, " : ", ")).orElse("")
                + type.creationOrder();
        return new SqlQuery("select count(*)" + from,
                "select " + type.idColumn() + from + " order by " + order + " limit ? offset ?",
                binds, type.sessionScoped());
    }

    /** The values for {@link #countSql()}; {@code sessionId} is used only by session-scoped queries. */
    List<Object> countBinds(UUID sessionId) {
        List<Object> binds = new ArrayList<>();
        if (sessionScoped) {
            if (sessionId == null) {
                throw new IllegalArgumentException("a task query needs the caller's logon session id");
            }
            binds.add(sessionId);
        }
        binds.addAll(filterBinds);
        return binds;
    }

    /** The values for {@link #pageSql()}. */
    List<Object> pageBinds(UUID sessionId, int limit, long offset) {
        List<Object> binds = countBinds(sessionId);
        binds.add(limit);
        binds.add(offset);
        return binds;
    }
}
