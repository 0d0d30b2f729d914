package dev.cloudgate.client;

/** 403 Forbidden: the logged-on user's role does not allow the operation (SPEC §2.5). */
public final class ForbiddenException extends CloudgateException {
    /**
     * A refusal with this status.
     *
     * @param serverMessage the {@code Message} of the server's {@code Error} body
     */
    public ForbiddenException(String serverMessage) {
        super(403, serverMessage);
    }
}
