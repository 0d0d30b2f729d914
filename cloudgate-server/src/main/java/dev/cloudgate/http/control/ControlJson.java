package dev.cloudgate.http.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.failure.Failure;
import java.io.IOException;

/** The control API's own JSON: plain camelCase objects, nulls left out. Not the vendor's wire format. */
final class ControlJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ControlJson() {
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
