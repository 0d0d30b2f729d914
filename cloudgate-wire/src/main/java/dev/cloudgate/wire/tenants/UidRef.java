package dev.cloudgate.wire.tenants;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A UID as a body sent it: the UUID it names and the text as sent (trimmed), because task messages
 * quote the value as sent (SPEC-tenants T-A39) while storage and output use the canonical form (§2.3).
 */
public record UidRef(UUID id, String sent) {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The canonical form: full UID, lower-case UUID. */
    public String uid(String kind) {
        return "urn:veeam:" + kind + ":" + id;
    }

    /** A bare UUID (any case) or a UID of {@code kind} (prefix any case); empty for anything else (SPEC A22, A49). */
    public static Optional<UUID> parse(String kind, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        String prefix = "urn:veeam:" + kind.toLowerCase(Locale.ROOT) + ":";
        if (value.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            value = value.substring(prefix.length());
        }
        return UUID_TEXT.matcher(value).matches() ? Optional.of(UUID.fromString(value)) : Optional.empty();
    }

    /** A bare UUID in any case (subtenants' TenantResourceId, item Ids); empty for anything else. */
    public static Optional<UUID> parseUuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        return UUID_TEXT.matcher(value).matches() ? Optional.of(UUID.fromString(value)) : Optional.empty();
    }
}
