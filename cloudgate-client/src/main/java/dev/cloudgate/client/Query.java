package dev.cloudgate.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request to the query service {@code GET /api/query} (SPEC §6). Build one with {@link #of},
 * then narrow it with the {@code with…} copies:
 * <pre>{@code
 * Query.of("CloudGateway").withFilter("Enabled==true;NetworkMode==NAT").withEntities().withSortAsc("Name").withPage(1, 20)
 * }</pre>
 *
 * @param type     {@code CloudGateway}, {@code CloudGatewayPool}, {@code BackupServer}, {@code ManagedServer},
 *                 {@code Task} or {@code CloudTenant}
 * @param filter   a filter expression of SPEC §6.2, or null
 * @param entities true for {@code format=Entities}, false for references
 * @param sortAsc  a field to sort by ascending, or null
 * @param sortDesc a field to sort by descending, or null
 * @param pageSize the page size, or null for all matches on one page
 * @param page     the page number from 1, or null
 */
public record Query(String type, String filter, boolean entities, String sortAsc, String sortDesc, Integer pageSize, Integer page) {
    /** Requires a type. */
    public Query {
        Objects.requireNonNull(type, "type");
    }

    /** All objects of {@code type}, as references, in creation order. */
    public static Query of(String type) {
        return new Query(type, null, false, null, null, null, null);
    }

    /** This query with a filter expression (SPEC §6.2), e.g. {@code Name=="gw01.tech.local"}. */
    public Query withFilter(String expression) {
        return new Query(type, expression, entities, sortAsc, sortDesc, pageSize, page);
    }

    /** This query answered with entities rather than references. */
    public Query withEntities() {
        return new Query(type, filter, true, sortAsc, sortDesc, pageSize, page);
    }

    /** This query sorted ascending by {@code field}. */
    public Query withSortAsc(String field) {
        return new Query(type, filter, entities, field, null, pageSize, page);
    }

    /** This query sorted descending by {@code field}. */
    public Query withSortDesc(String field) {
        return new Query(type, filter, entities, null, field, pageSize, page);
    }

    /** This query limited to page {@code number} (from 1) of {@code size} items. */
    public Query withPage(int number, int size) {
        return new Query(type, filter, entities, sortAsc, sortDesc, size, number);
    }

    /**
     * The query string, each value percent-encoded; spaces become {@code %20} because the server takes
     * {@code +} literally inside a filter (SPEC §6.1).
     */
    public String queryString() {
        StringBuilder q = new StringBuilder("type=").append(encode(type));
        q.append("&format=").append(entities ? "Entities" : "References");
        if (filter != null && !filter.isBlank()) {
            q.append("&filter=").append(encode(filter));
        }
        if (sortAsc != null) {
            q.append("&sortAsc=").append(encode(sortAsc));
        }
        if (sortDesc != null) {
            q.append("&sortDesc=").append(encode(sortDesc));
        }
        if (pageSize != null) {
            q.append("&pageSize=").append(pageSize);
        }
        if (page != null) {
            q.append("&page=").append(page);
        }
        return q.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
