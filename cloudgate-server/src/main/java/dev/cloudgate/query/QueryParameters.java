package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parameters of {@code GET /api/query} (SPEC §6.1), read from the raw query string. The type
 * name and the filter stay text here; {@link QueryPlanner} gives them meaning.
 *
 * @param rawQuery the query string as received (still encoded), for paging links
 * @param type     the {@code type} value, "" when absent
 * @param filter   the decoded {@code filter} value, "" when absent
 * @param pageSize the {@code pageSize} given, empty when absent (then §6.5 decides)
 * @param page     the {@code page} asked for, 1 when absent
 */
public record QueryParameters(String rawQuery, String type, String filter, QueryFormat format,
        Optional<SortOrder> sort, OptionalInt pageSize, int page) {

    private static final int DEFAULT_PAGE_SIZE = 100;

    public QueryParameters {
        Objects.requireNonNull(rawQuery);
        Objects.requireNonNull(type);
        Objects.requireNonNull(filter);
        Objects.requireNonNull(format);
        Objects.requireNonNull(sort);
        Objects.requireNonNull(pageSize);
        if (page < 1 || pageSize.orElse(1) < 1) {
            throw new IllegalArgumentException("page and pageSize start at 1");
        }
    }

    /**
     * Reads a raw (still percent-encoded) query string. Parameter names match in any case; unknown
     * parameters are ignored; where a name repeats, the first one counts.
     *
     * @throws Failure invalid for a bad {@code format}, both sorts, or a bad page number/size
     */
    public static QueryParameters parse(String rawQuery) {
        String raw = rawQuery == null ? "" : rawQuery;
        QueryString query = QueryString.parse(raw);
        Optional<String> sortAsc = sortField(query, "sortAsc");
        Optional<String> sortDesc = sortField(query, "sortDesc");
        if (sortAsc.isPresent() && sortDesc.isPresent()) {
            throw Failure.invalid("Query parameters 'sortAsc' and 'sortDesc' cannot be used together.");
        }
        Optional<SortOrder> sort = sortAsc.map(f -> new SortOrder(f.strip(), false))
                .or(() -> sortDesc.map(f -> new SortOrder(f.strip(), true)));
        return new QueryParameters(raw,
                decoded(query, "type").orElse(""),
                query.rawValue("filter").map(v -> QueryString.decode("filter", v, true)).orElse(""),
                QueryFormat.parse(decoded(query, "format").orElse(null)),
                sort,
                decoded(query, "pageSize").map(v -> OptionalInt.of(positive("pageSize", v))).orElse(OptionalInt.empty()),
                decoded(query, "page").map(v -> positive("page", v)).orElse(1));
    }

    /**
     * The page size for {@code matches} results: the one given, or else all on one page with a size
     * of at least 100 (SPEC §6.5, §7 A20).
     */
    public int pageSizeFor(long matches) {
        return pageSize.orElse((int) Math.min(Integer.MAX_VALUE, Math.max(DEFAULT_PAGE_SIZE, matches)));
    }

    /**
     * SPEC-tenants T-A22: the vendor's own example repeats {@code sortAsc=name&sortAsc=Name}; the same field
     * repeated (any case) is one sort, different fields are refused.
     */
    private static Optional<String> sortField(QueryString query, String name) {
        java.util.List<String> fields = query.rawValues(name).stream().map(v -> QueryString.decode(name, v, false).strip()).toList();
        if (fields.stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).distinct().count() > 1) {
            throw Failure.invalid("Query parameter '" + name + "' names more than one field.");
        }
        return fields.stream().findFirst();
    }

    private static Optional<String> decoded(QueryString query, String name) {
        return query.rawValue(name).map(v -> QueryString.decode(name, v, false));
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as a number below 1
        }
        throw Failure.invalid("Query parameter '" + name + "' must be an integer of at least 1, not '"
                + value + "'.");
    }
}
