package dev.cloudgate.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A logon session. Its token is the Base64 of its SessionId text (SPEC §2.3): real clients compute
 * it that way, so the SessionId is as secret as the token and is never shown to another user.
 */
public record LogonSession(UUID id, String userName, Role role, long createdAt, long lastSeenAt) {

    public String token() {
        return tokenOf(id);
    }

    public static String tokenOf(UUID id) {
        return Base64.getEncoder().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The session id a token names, or null when it is not a token we could have issued. */
    public static UUID idOf(String token) {
        if (token == null || token.length() != 48) {
            return null;
        }
        try {
            String text = new String(Base64.getDecoder().decode(token.trim()), StandardCharsets.US_ASCII);
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** For logs: enough to tell sessions apart, never enough to use one. */
    public String shortId() {
        return id.toString().substring(0, 8);
    }
}
