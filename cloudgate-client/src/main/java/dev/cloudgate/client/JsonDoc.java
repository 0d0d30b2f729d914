package dev.cloudgate.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudgate.wire.Link;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A {@link Doc} over a JSON object shaped by the rules of SPEC §3.3. */
final class JsonDoc implements Doc {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());
    private final JsonNode node;

    private JsonDoc(JsonNode node) {
        this.node = node;
    }

    static JsonDoc parse(byte[] body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new TransportException("The server's answer is not a JSON object.", null);
            }
            return new JsonDoc(tree);
        } catch (JacksonException e) {
            throw new TransportException("The server's answer is not readable JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TransportException("The server's answer is not readable JSON.", e);
        }
    }

    @Override
    public String text(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    @Override
    public Doc child(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isObject() ? new JsonDoc(value) : null;
    }

    /** J4/J5: {@code "W": {"Cs": [...]}}, also a bare array, {@code {}} or {@code null}; a root list is {@code {"Cs": [...]}}. */
    @Override
    public List<Doc> items(String wrapper, String item) {
        List<Doc> items = new ArrayList<>();
        for (JsonNode value : array(wrapper, item)) {
            if (value.isObject()) {
                items.add(new JsonDoc(value));
            }
        }
        return items;
    }

    @Override
    public List<String> texts(String wrapper, String item) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : array(wrapper, item)) {
            if (value.isValueNode() && !value.isNull()) {
                texts.add(value.asText());
            }
        }
        return texts;
    }

    private JsonNode array(String wrapper, String item) {
        JsonNode list = wrapper == null ? node : node.get(wrapper);
        if (list == null || list.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (list.isObject()) {
            // J4 adds "s"; the vendor spells Repository's list "Repositories" (SPEC-tenants §4.1).
            JsonNode plain = list.get(item + "s");
            list = plain != null || !item.endsWith("y") ? plain : list.get(item.substring(0, item.length() - 1) + "ies");
        }
        return list != null && list.isArray() ? list : MAPPER.createArrayNode();
    }

    @Override
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        JsonNode array = node.get("Links");
        if (array != null && array.isArray()) {
            for (JsonNode link : array) {
                links.add(new Link(link.path("Rel").asText(), link.path("Href").asText(), optional(link, "Name"), optional(link, "Type")));
            }
        }
        return links;
    }

    private static String optional(JsonNode link, String name) {
        JsonNode value = link.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
