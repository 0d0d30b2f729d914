package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.query.QueryException;
import dev.cloudgate.wire.BodyException;
import java.util.Map;

/** The one place where refusals become statuses and {@code Error} bodies (SPEC §3.9). */
public final class Errors {
    private Errors() {
    }

    static Reply reply(Throwable failure) {
        if (failure instanceof Failure f) {
            Reply reply = error(status(f.kind()), f.getMessage());
            return f.kind() == Failure.Kind.UNAUTHORIZED ? reply.withHeader("WWW-Authenticate", "Basic Realm=RestSvc") : reply;
        }
        if (failure instanceof BodyException b) {
            return error(b.status(), b.getMessage());
        }
        if (failure instanceof ApiException a) {
            Reply reply = error(a.status(), a.getMessage());
            return a.allow() != null ? reply.withHeader("Allow", a.allow()) : reply;
        }
        if (failure instanceof QueryException q) {
            // SPEC §6.6: a query the caller got wrong is 400; a vendor type or field outside the slice is 501.
            return error(q.notImplemented() ? 501 : 400, q.getMessage());
        }
        if (failure instanceof dev.cloudgate.store.StoreException s && s.isBadValue()) {
            // A backstop: fields are checked before they reach the store; the transaction was rolled back.
            return error(400, "A value in the request cannot be stored (too long or not allowed).");
        }
        return error(500, "The server could not complete the request.");
    }

    static Reply error(int status, String message) {
        return new Reply(status, ErrorBodies.error(status, message), Map.of());
    }

    /** The status of a domain refusal; the control API maps its refusals with the same table. */
    public static int status(Failure.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case NOT_IMPLEMENTED -> 501;
        };
    }
}
