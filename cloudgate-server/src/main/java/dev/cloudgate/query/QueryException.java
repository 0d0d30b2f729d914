package dev.cloudgate.query;

/**
 * A query the service cannot answer: either the caller got something wrong (SPEC §6.6, 400) or
 * asked for a documented vendor feature outside this slice (501). The message is meant for the
 * caller's {@code Error} body, so it names the parameter, field or position at fault.
 */
public final class QueryException extends RuntimeException {

    /** Why the query was refused; the HTTP layer maps it to a status. */
    public enum Reason { INVALID, NOT_IMPLEMENTED }

    private final Reason reason;

    private QueryException(Reason reason, String message) {
        // No stack trace: these are answers to callers, not faults of the server.
        super(message, null, false, false);
        this.reason = reason;
    }

    static QueryException invalid(String message) {
        return new QueryException(Reason.INVALID, message);
    }

    static QueryException notImplemented(String message) {
        return new QueryException(Reason.NOT_IMPLEMENTED, message);
    }

    public Reason reason() {
        return reason;
    }

    /** True for the 501 cases of SPEC §6.6 (vendor types and fields outside the slice). */
    public boolean notImplemented() {
        return reason == Reason.NOT_IMPLEMENTED;
    }
}
