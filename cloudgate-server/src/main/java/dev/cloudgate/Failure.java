package dev.cloudgate;

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
        return new Failure(Kind.NOT_IMPLEMENTED, "The requested functionality is not implemented by this server.");
    }

    /** The server cannot take the request now (overload, a full disk); the client may retry later: 503. */
    public static Failure unavailable(String message) {
        return new Failure(Kind.UNAVAILABLE, message);
    }

    public Kind kind() {
        return kind;
    }
}
