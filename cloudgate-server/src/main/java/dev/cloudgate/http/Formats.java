package dev.cloudgate.http;

import java.util.Locale;

/** The {@code format} parameter of plain GETs (SPEC §7 A42). */
final class Formats {
    private Formats() {
    }

    /** True for Entity/Entities (any case); false when absent or a reference form; 400 otherwise. */
    static boolean entity(Call call) {
        String format = call.param("format");
        if (format == null) {
            return false;
        }
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "entity", "entities" -> true;
            case "reference", "references", "refs", "" -> false;
            default -> throw new ApiException(400, "Parameter 'format' must be Entity or References; got '" + format + "'.");
        };
    }
}
