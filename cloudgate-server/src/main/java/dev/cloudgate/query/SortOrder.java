package dev.cloudgate.query;

import java.util.Objects;

/** {@code sortAsc=<field>} or {@code sortDesc=<field>} as given; the field is checked when planning. */
public record SortOrder(String field, boolean descending) {
    public SortOrder {
        Objects.requireNonNull(field);
    }
}
