package dev.cloudgate.wire;

/** A request body that cannot be accepted; {@link #status()} is the HTTP status it earns. */
public final class BodyException extends RuntimeException {
    private final int status;

    public BodyException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static BodyException invalid(String message) {
        return new BodyException(400, message);
    }

    public int status() {
        return status;
    }
}
