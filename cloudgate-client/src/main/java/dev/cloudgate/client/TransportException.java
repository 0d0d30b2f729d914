package dev.cloudgate.client;

/**
 * The exchange with the server failed before it could refuse anything: no connection, a network
 * timeout, an interrupted call, or an answer that is not a readable EM document.
 */
public final class TransportException extends RuntimeException {
    /**
     * A failed exchange.
     *
     * @param message what went wrong, for a human
     * @param cause   the underlying failure, or null
     */
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
