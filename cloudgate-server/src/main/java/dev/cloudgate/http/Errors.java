package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.BodyException;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The one place where refusals become statuses and {@code Error} bodies (SPEC §3.9). */
public final class Errors {
    private Errors() {
    }

    /**
     * A refusal as either API answers it: status, the message for the caller (null: a fault of the
     * server, whose details stay in the log), and whether it asks for credentials or names allowed methods.
     */
    public record Refusal(int status, String message, boolean unauthorized, String allow) {
        public boolean serverFault() {
            return message == null;
        }
    }

    /** The one table from thrown refusals to statuses, for the vendor API and the control API alike. */
    public static Refusal refusal(Throwable failure) {
        if (failure instanceof Failure f) {
            return new Refusal(status(f.kind()), f.getMessage(), f.kind() == Failure.Kind.UNAUTHORIZED, null);
        }
        if (failure instanceof BodyException b) {
            return new Refusal(b.status(), b.getMessage(), false, null);
        }
        if (failure instanceof ApiException a) {
            return new Refusal(a.status(), a.getMessage(), false, a.allow());
        }
        if (failure instanceof dev.cloudgate.store.StoreException s && s.isBadValue()) {
            // A backstop: fields are checked before they reach the store; the transaction was rolled back.
            return new Refusal(400, "A value in the request cannot be stored (too long or not allowed).", false, null);
        }
        if (failure instanceof dev.cloudgate.store.StoreException s && s.isUniqueViolation()) {
            return new Refusal(409, "An object with that id already exists.", false, null);
        }
        if (failure instanceof IllegalArgumentException e) {
            return new Refusal(400, e.getMessage(), false, null);
        }
        return new Refusal(500, null, false, null);
    }

    /**
     * How an API words a refusal: its error body for a status and message, the challenge it sends with
     * a 401, and what it says of a fault of the server. The vendor API's is {@link #VENDOR}; the control
     * API keeps its own JSON shape (docs/control-api.md) but maps refusals through the same table.
     */
    public record Dialect(BiFunction<Integer, String, Reply> body, String challenge, Function<Throwable, String> serverFault) {
    }

    static final Dialect VENDOR = new Dialect(Errors::error, "Basic Realm=RestSvc", failure -> "The server could not complete the request.");

    static Reply reply(Throwable failure) {
        return reply(failure, VENDOR);
    }

    /** The one way from a thrown refusal to an answer, for either API. */
    public static Reply reply(Throwable failure, Dialect dialect) {
        Refusal refusal = refusal(failure);
        Reply reply = dialect.body().apply(refusal.status(), refusal.serverFault() ? dialect.serverFault().apply(failure) : refusal.message());
        if (refusal.unauthorized()) {
            reply = reply.withHeader("WWW-Authenticate", dialect.challenge());
        }
        if (failure instanceof Failure f && f.kind() == Failure.Kind.UNAVAILABLE) {
            // A refusal for load: the client may come back shortly.
            reply = reply.withHeader("Retry-After", "1");
        }
        return refusal.allow() != null ? reply.withHeader("Allow", refusal.allow()) : reply;
    }

    static Reply error(int status, String message) {
        return new Reply(status, ErrorBodies.error(status, message), Map.of());
    }

    private static int status(Failure.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case NOT_IMPLEMENTED -> 501;
            case UNAVAILABLE -> 503;
        };
    }
}
