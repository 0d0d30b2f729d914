package dev.cloudgate.wire.tenants;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** {@code xs:dateTime} as this slice emits it (SPEC-tenants §2.5): UTC with {@code Z}, milliseconds only when not zero. */
public final class DateTimes {
    private DateTimes() {
    }

    /** {@code 2027-12-31T00:00:00Z}, {@code 2025-01-11T01:24:51.137Z}; null stays null (the element is left out). */
    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
