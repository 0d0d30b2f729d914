package dev.cloudgate.http;

import dev.cloudgate.wire.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an endpoint answers: a status, optional headers and an optional body tree, or a body already
 * rendered in the call's format ({@link ResponseCache}).
 */
public record Reply(int status, Node body, Map<String, String> headers, byte[] rendered) {
    static final String CONTENT_TYPE = "Content-Type";

    public Reply(int status, Node body, Map<String, String> headers) {
        this(status, body, headers, null);
    }

    static Reply rendered(byte[] bytes) {
        return new Reply(200, null, Map.of(), bytes);
    }

    /** Bytes in a format of their own (the control API's JSON and YAML), not the negotiated vendor format. */
    public static Reply bytes(int status, String contentType, byte[] bytes) {
        return new Reply(status, null, Map.of(CONTENT_TYPE, contentType), bytes);
    }

    public static Reply ok(Node body) {
        return new Reply(200, body, Map.of());
    }

    public static Reply accepted(Node task, String location) {
        return new Reply(202, task, Map.of("Location", location));
    }

    public static Reply noContent() {
        return new Reply(204, null, Map.of());
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, more, rendered);
    }
}
