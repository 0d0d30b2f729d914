package dev.cloudgate.http.control;

import dev.cloudgate.http.Call;
import dev.cloudgate.http.Errors;
import dev.cloudgate.http.Reply;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.failure.Failure;
import java.io.IOException;

/**
 * The control API's own JSON: plain camelCase objects, nulls left out. Not the vendor's wire format.
 * Its answers are {@link Reply}s whose bytes carry their own Content-Type.
 */
final class ControlJson {
    static final String JSON = "application/json; charset=utf-8";
    static final String YAML = "application/yaml; charset=utf-8";
    /** The control API's error body, {@code {"status":…,"message":…}}, through the one refusal table of {@link Errors}. */
    static final Errors.Dialect ERRORS = new Errors.Dialect((status, message) -> json(status, new ErrorView(status, message)),
            "Bearer realm=\"cloudgate-control\"",
            failure -> "The control request could not be completed: " + failure.getClass().getSimpleName() + ".");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ControlJson() {
    }

    static Reply json(int status, Object value) {
        return Reply.bytes(status, JSON, write(value));
    }

    static Reply ok(Object value) {
        return json(200, value);
    }

    static Reply created(Object value) {
        return json(201, value);
    }

    static Reply yaml(String text) {
        return Reply.bytes(200, YAML, text.getBytes(StandardCharsets.UTF_8));
    }

    record ErrorView(int status, String message) {
    }

    static <T> T read(Call call, Class<T> type) {
        return read(call.bytes(), type);
    }

    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw Failure.invalid("A JSON body is required.");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw Failure.invalid("A JSON object is required.");
            }
            return value;
        } catch (IOException e) {
            throw Failure.invalid("The body is not valid here: " + firstLine(e.getMessage()));
        }
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("control reply could not be written", e);
        }
    }

    /** Jackson appends the source location on further lines; the first line says what is wrong. */
    static String firstLine(String message) {
        if (message == null) {
            return "unreadable.";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
