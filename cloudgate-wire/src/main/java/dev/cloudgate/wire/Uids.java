package dev.cloudgate.wire;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UIDs of the form {@code urn:veeam:<Kind>:<uuid>} (SPEC §1.6). Wherever a UID is accepted, the
 * full form and the bare UUID are both accepted, in any case (§7 A22); a UID of another kind is
 * malformed (§7 A49). Shared by the server (paths, bodies, query filters) and the client.
 */
public final class Uids {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uids() {
    }

    public static String of(String kind, UUID id) {
        return "urn:veeam:" + kind + ":" + id;
    }

    /** The UUID named by {@code text} if it is a bare UUID or a UID of {@code kind}; empty otherwise. */
    public static Optional<UUID> parse(String kind, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        String prefix = "urn:veeam:" + kind.toLowerCase(Locale.ROOT) + ":";
        if (value.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            value = value.substring(prefix.length());
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(value));
    }

}
