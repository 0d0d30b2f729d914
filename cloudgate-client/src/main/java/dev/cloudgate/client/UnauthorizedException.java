package dev.cloudgate.client;

/** 401 Unauthorized: wrong credentials at logon, or a session token that is missing, unknown or expired (SPEC §2.4). */
public final class UnauthorizedException extends CloudgateException {
    /**
     * A refusal with this status.
     *
     * @param serverMessage the {@code Message} of the server's {@code Error} body
     */
    public UnauthorizedException(String serverMessage) {
        super(401, serverMessage);
    }
}
