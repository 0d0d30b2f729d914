package dev.cloudgate.query;

import dev.cloudgate.failure.Failure;

import java.util.Locale;

/** The {@code format} query parameter (SPEC §6.1, §7 A42). */
public enum QueryFormat {
    REFERENCES,
    ENTITIES;

    /** Reads a {@code format} value; null (absent) means references. */
    static QueryFormat parse(String value) {
        if (value == null) {
            return REFERENCES;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "references", "reference", "refs" -> REFERENCES;
            case "entities", "entity" -> ENTITIES;
            default -> throw Failure.invalid(
                    "Query parameter 'format' must be References or Entities, not '" + value + "'.");
        };
    }
}
