package dev.cloudgate.client;

/** 409 Conflict: the request clashes with the current state of the server. */
public final class ConflictException extends CloudgateException {
    /**
     * A refusal with this status.
     *
     * @param serverMessage the {@code Message} of the server's {@code Error} body
     */
    public ConflictException(String serverMessage) {
        super(409, serverMessage);
    }
}
