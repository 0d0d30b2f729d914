package dev.cloudgate.client;

/** 404 Not Found: an unknown path, or an object (gateway, task, session…) that does not exist or is not the caller's. */
public final class NotFoundException extends CloudgateException {
    /**
     * A refusal with this status.
     *
     * @param serverMessage the {@code Message} of the server's {@code Error} body
     */
    public NotFoundException(String serverMessage) {
        super(404, serverMessage);
    }
}
