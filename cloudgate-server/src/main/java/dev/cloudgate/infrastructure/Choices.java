package dev.cloudgate.infrastructure;

import java.util.Locale;
import java.util.Optional;

/** Case-insensitive lookup of an enumeration value (SPEC §7 A21, SPEC-tenants §2.6). */
public final class Choices {
    private Choices() {
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
