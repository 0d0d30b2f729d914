package dev.cloudgate.client;

/** 415 Unsupported Media Type: the request body had a {@code Content-Type} the server does not read (SPEC §1.3). */
public final class UnsupportedMediaTypeException extends CloudgateException {
    /**
     * A refusal with this status.
     *
     * @param serverMessage the {@code Message} of the server's {@code Error} body
     */
    public UnsupportedMediaTypeException(String serverMessage) {
        super(415, serverMessage);
    }
}
