package dev.cloudgate.failure;

import dev.cloudgate.wire.Uids;
import java.util.UUID;

/**
 * A request the domain refuses, in domain words. The HTTP layer maps each kind to its status
 * and an {@code Error} body in exactly one place.
 */
public final class Failure extends RuntimeException {
    public enum Kind { INVALID, NOT_FOUND, UNAUTHORIZED, FORBIDDEN, CONFLICT, NOT_IMPLEMENTED, UNAVAILABLE }

    private final Kind kind;

    private Failure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static Failure invalid(String message) {
        return new Failure(Kind.INVALID, message);
    }

    public static Failure notFound(String message) {
        return new Failure(Kind.NOT_FOUND, message);
    }

    public static Failure unauthorized(String message) {
        return new Failure(Kind.UNAUTHORIZED, message);
    }

    public static Failure forbidden() {
        return new Failure(Kind.FORBIDDEN, "Access denied.");
    }

    public static Failure conflict(String message) {
        return new Failure(Kind.CONFLICT, message);
    }

    public static Failure notImplemented() {
        return notImplemented("The requested functionality is not implemented by this server.");
    }

    /** A documented vendor feature outside what this server implements (SPEC §6.6: a query type or field), naming it. */
    public static Failure notImplemented(String message) {
        return new Failure(Kind.NOT_IMPLEMENTED, message);
    }

    /** The UUID of a UID or bare UUID of {@code kind}; a malformed value is a 400 that names the element. */
    public static UUID requireUid(String kind, String text, String element) {
        return Uids.parse(kind, text).orElseThrow(() -> invalid(
                "Element '" + element + "' must be a UID of the form urn:veeam:" + kind + ":<uuid>; got '" + text + "'."));
    }

    /** The server cannot take the request now (overload, a full disk); the client may retry later: 503. */
    public static Failure unavailable(String message) {
        return new Failure(Kind.UNAVAILABLE, message);
    }

    public Kind kind() {
        return kind;
    }
}
