package dev.cloudgate.client;

/** 400 Bad Request: the body, a query parameter or a filter was invalid; the message names what (SPEC §1.2, §6.6). */
public final class BadRequestException extends CloudgateException {
    /**
     * A refusal with this status.
     *
     * @param serverMessage the {@code Message} of the server's {@code Error} body
     */
    public BadRequestException(String serverMessage) {
        super(400, serverMessage);
    }
}
