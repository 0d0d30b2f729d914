package dev.cloudgate.http.control;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a control endpoint answers: status, content type and bytes (none for 204). */
record ControlReply(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";
    static final String YAML = "application/yaml; charset=utf-8";

    static ControlReply json(int status, Object value) {
        return new ControlReply(status, JSON, ControlJson.write(value), Map.of());
    }

    static ControlReply ok(Object value) {
        return json(200, value);
    }

    static ControlReply created(Object value) {
        return json(201, value);
    }

    static ControlReply yaml(String text) {
        return new ControlReply(200, YAML, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static ControlReply noContent() {
        return new ControlReply(204, null, null, Map.of());
    }

    static ControlReply error(int status, String message) {
        return json(status, new ErrorView(status, message));
    }

    ControlReply withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ControlReply(status, contentType, body, more);
    }

    record ErrorView(int status, String message) {
    }
}
