/**
 * The query service of SPEC §6, without HTTP and without XML/JSON.
 *
 * <p>The HTTP layer calls, in this order:
 * <pre>{@code
 * QueryParameters params = QueryParameters.parse(rawQueryString);  // 400: format, sorts, paging
 * QueryType type = QueryType.named(params.type());                 // 400 unknown, 501 vendor type
 * // role check here (SPEC §2.5: only Task is open to a Restore Operator)
 * QueryPlan plan = QueryPlanner.plan(params);                      // 400/501: filter, sort, tenant entities
 * QueryPage page = new QueryRunner().run(connection, plan, sessionId);
 * PagingInfo paging = plan.paging(page.total(), base);
 * }</pre>
 * then loads the page's objects by id (in the given order) and writes the {@code QueryResult}.
 * Every refusal is a {@link dev.cloudgate.failure.Failure}: {@code INVALID} (400) or, for vendor
 * types and fields outside the slice, {@code NOT_IMPLEMENTED} (501).
 *
 * <p>Inside: {@link dev.cloudgate.query.FilterParser} turns the filter grammar (§6.2) into a
 * {@link dev.cloudgate.query.Filter}; {@code QueryType} knows each type's fields (§6.4) and the
 * schema columns they stand for; {@code FieldKind} holds the comparison rules (§6.3);
 * {@link dev.cloudgate.query.SqlQuery} is the compiled, parameterised SQL, paged in the database.
 */
package dev.cloudgate.query;
