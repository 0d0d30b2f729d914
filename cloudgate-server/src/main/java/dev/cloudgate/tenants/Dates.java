package dev.cloudgate.tenants;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code xs:dateTime} as SPEC-tenants §2.5 reads and writes it: input with {@code Z}, an offset or
 * nothing (then UTC); output in UTC with {@code Z}, milliseconds only when they are not zero.
 */
public final class Dates {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    public static String format(Instant instant) {
        return (instant.getNano() / 1_000_000 == 0 ? SECONDS : MILLIS).format(instant);
    }
}
