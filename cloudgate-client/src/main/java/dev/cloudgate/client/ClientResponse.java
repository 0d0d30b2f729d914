package dev.cloudgate.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One answer the server gave, as received; handed to the listener set with
 * {@link CloudgateClient.Builder#onResponse} (for logging, or to show the raw wire document).
 *
 * @param method      the request method
 * @param uri         the request URI
 * @param status      the HTTP status
 * @param contentType the response {@code Content-Type}, or null when there was no body
 * @param body        the response body, possibly empty
 */
public record ClientResponse(String method, URI uri, int status, String contentType, byte[] body) {
    /** The body as UTF-8 text (EM bodies are always UTF-8, SPEC §1.3). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
