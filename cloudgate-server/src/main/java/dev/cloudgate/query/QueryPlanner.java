package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

/** Checks the parameters of a query against its type and compiles it (SPEC §6). */
public final class QueryPlanner {

    private QueryPlanner() {
    }

    /**
     * Resolves the type, parses and checks the filter and the sort field, and compiles the SQL.
     *
     * @throws Failure invalid (400) or not implemented (501) per SPEC §6.6
     */
    public static QueryPlan plan(QueryParameters parameters) {
        QueryType type = QueryType.named(parameters.type());
        SqlQuery sql = SqlQuery.compile(type, FilterParser.parse(parameters.filter()), parameters.sort());
        return new QueryPlan(type, parameters.format(), parameters, sql);
    }
}
