package dev.cloudgate.query;

import java.util.Objects;

/**
 * A checked query, ready to run: every 400 and 501 of SPEC §6.6 has been raised before a plan
 * exists, so running it can fail only in the database.
 *
 * @param type       what is queried; {@link QueryType#TASK} answers with tasks whatever the format
 * @param format     references or entities, as asked
 * @param parameters the request's parameters, for paging
 * @param sql        the statements {@link QueryRunner} executes
 */
public record QueryPlan(QueryType type, QueryFormat format, QueryParameters parameters, SqlQuery sql) {

    public QueryPlan {
        Objects.requireNonNull(type);
        Objects.requireNonNull(format);
        Objects.requireNonNull(parameters);
        Objects.requireNonNull(sql);
    }

    /** The {@code PagingInfo} for a result of {@code matches} rows; {@code base} as in {@link PagingInfo#of}. */
    public PagingInfo paging(long matches, String base) {
        return PagingInfo.of(parameters, matches, base);
    }
}
