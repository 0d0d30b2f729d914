package dev.cloudgate.cloud;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads a member list of a stored pool command: a JSON array of UUIDs, or, in rows written before
 * commands were typed, the UUIDs joined by commas ("" for none). Written always as an array.
 */
final class MemberIds extends JsonDeserializer<List<UUID>> {
    @Override
    public List<UUID> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String text = p.getText();
            return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(UUID::fromString).toList();
        }
        List<UUID> ids = new ArrayList<>();
        for (String id : p.readValueAs(String[].class)) {
            ids.add(UUID.fromString(id));
        }
        return List.copyOf(ids);
    }
}
