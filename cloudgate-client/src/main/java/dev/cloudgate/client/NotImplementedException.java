package dev.cloudgate.client;

/** 501 Not Implemented: a documented vendor endpoint outside the slice this server implements (SPEC §5.13). */
public final class NotImplementedException extends CloudgateException {
    /**
     * A refusal with this status.
     *
     * @param serverMessage the {@code Message} of the server's {@code Error} body
     */
    public NotImplementedException(String serverMessage) {
        super(501, serverMessage);
    }
}
