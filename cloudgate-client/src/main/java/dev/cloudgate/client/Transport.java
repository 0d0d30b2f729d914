package dev.cloudgate.client;

import dev.cloudgate.wire.JsonWriter;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.Node;
import dev.cloudgate.wire.XmlWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Sends one request and turns the answer into a {@link Doc} or a typed refusal. */
final class Transport {
    static final String TOKEN_HEADER = "X-RestSvcSessionId";
    private final HttpClient http;
    private final URI apiBase;
    private final MediaFormat format;
    private final Duration timeout;
    private final Consumer<ClientResponse> listener;

    Transport(HttpClient http, URI apiBase, MediaFormat format, Duration timeout, Consumer<ClientResponse> listener) {
        this.http = http;
        this.apiBase = apiBase;
        this.format = format;
        this.timeout = timeout;
        this.listener = listener;
    }

    MediaFormat format() {
        return format;
    }

    URI apiBase() {
        return apiBase;
    }

    /** {@code target} is a path under the API base ({@code /cloud/gateways}) or an absolute Href. */
    Answer send(String method, String target, Node body, Map<String, String> headers) {
        URI uri = target.startsWith("http://") || target.startsWith("https://") ? URI.create(target) : URI.create(apiBase + target);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", format == MediaFormat.JSON ? "application/json" : "application/xml");
        if (body != null) {
            request.header("Content-Type", format.contentType());
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(format == MediaFormat.JSON ? JsonWriter.write(body) : XmlWriter.write(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        headers.forEach(request::header);
        HttpResponse<byte[]> response = exchange(method, uri, request.build());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        listener.accept(new ClientResponse(method, uri, response.statusCode(), contentType, response.body()));
        Answer answer = new Answer(response.statusCode(), response, contentType, response.body());
        if (answer.status() >= 400) {
            throw CloudgateException.of(answer.status(), errorMessage(answer));
        }
        return answer;
    }

    private HttpResponse<byte[]> exchange(String method, URI uri, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new TransportException(method + " " + uri + " timed out after " + timeout.toMillis() + " ms.", e);
        } catch (IOException e) {
            throw new TransportException("Cannot reach " + uri + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(method + " " + uri + " was interrupted.", e);
        }
    }

    /** The {@code Message} of the {@code Error} body (SPEC §3.9), or a plain description when there is none. */
    private static String errorMessage(Answer answer) {
        try {
            if (answer.body().length > 0) {
                Doc error = answer.doc();
                // EM's Error carries Message (SPEC §3.9); cloudgate's control API answers {"status", "message"}.
                String message = error.text("Message") != null ? error.text("Message") : error.text("message");
                if (message != null) {
                    return message;
                }
            }
        } catch (TransportException unreadable) {
            // Not an EM Error body (e.g. a proxy's page): fall through to the status alone.
        }
        return "HTTP " + answer.status() + " without an Error message.";
    }

    /** A successful answer. */
    record Answer(int status, HttpResponse<byte[]> response, String contentType, byte[] body) {
        /** The body as a {@link Doc}, by its {@code Content-Type}, else by its first character (as SPEC §1.3 sniffs). */
        Doc doc() {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            boolean json = type.contains("json") || (!type.contains("xml") && firstNonBlank() == '{');
            return json ? JsonDoc.parse(body) : XmlDoc.parse(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        private char firstNonBlank() {
            for (byte b : body) {
                if (!Character.isWhitespace(b)) {
                    return (char) b;
                }
            }
            return ' ';
        }
    }
}
