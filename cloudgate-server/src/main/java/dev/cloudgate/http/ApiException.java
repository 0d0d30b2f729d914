package dev.cloudgate.http;

/** An HTTP-level refusal (415, 413, 405, 404 of a path …) that carries its status. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String allow;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    public ApiException(int status, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.allow = allow;
    }

    public int status() {
        return status;
    }

    public String allow() {
        return allow;
    }
}
