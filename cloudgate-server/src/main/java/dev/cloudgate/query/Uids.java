package dev.cloudgate.query;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads the UID forms a caller may send: {@code urn:veeam:<Kind>:<uuid>} or the bare UUID. */
final class Uids {

    // Strict 8-4-4-4-12 hex: UUID.fromString alone would also take "1-2-3-4-5".
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uids() {
    }

    /**
     * The UUID in {@code value} if it is a bare UUID or a UID of {@code kind}, any case (SPEC §1.6);
     * empty for anything else, including a UID of another kind (SPEC §7 A49).
     */
    static Optional<UUID> parse(String kind, String value) {
        String prefix = "urn:veeam:" + kind + ":";
        String uuid = value.regionMatches(true, 0, prefix, 0, prefix.length())
                ? value.substring(prefix.length())
                : value;
        return UUID_FORM.matcher(uuid).matches() ? Optional.of(UUID.fromString(uuid)) : Optional.empty();
    }
}
