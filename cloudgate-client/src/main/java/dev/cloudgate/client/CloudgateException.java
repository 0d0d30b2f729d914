package dev.cloudgate.client;

/**
 * The server refused a request: it answered with a 4xx or 5xx status and (normally) an {@code Error}
 * body (SPEC §3.9). {@link #status()} is the HTTP status and {@link #serverMessage()} the body's
 * {@code Message}. The common statuses have their own subclasses, so callers can catch
 * {@link NotFoundException} rather than test a number; any other status arrives as this class.
 */
public class CloudgateException extends RuntimeException {
    private final int status;
    private final String serverMessage;

    /**
     * A refusal with any status; {@link #of} picks the subclass for the common ones.
     *
     * @param status        the HTTP status of the answer
     * @param serverMessage the {@code Message} of the server's {@code Error} body, or a description of
     *                      the status when the body held none
     */
    public CloudgateException(int status, String serverMessage) {
        super(status + ": " + serverMessage);
        this.status = status;
        this.serverMessage = serverMessage;
    }

    /** The HTTP status the server answered with. */
    public int status() {
        return status;
    }

    /** The server's own explanation: the {@code Message} of its {@code Error} body. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The exception that suits {@code status}: a subclass for 400, 401, 403, 404, 409, 415 and 501. */
    public static CloudgateException of(int status, String serverMessage) {
        return switch (status) {
            case 400 -> new BadRequestException(serverMessage);
            case 401 -> new UnauthorizedException(serverMessage);
            case 403 -> new ForbiddenException(serverMessage);
            case 404 -> new NotFoundException(serverMessage);
            case 409 -> new ConflictException(serverMessage);
            case 415 -> new UnsupportedMediaTypeException(serverMessage);
            case 501 -> new NotImplementedException(serverMessage);
            default -> new CloudgateException(status, serverMessage);
        };
    }
}
