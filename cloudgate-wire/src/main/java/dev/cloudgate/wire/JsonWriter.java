package dev.cloudgate.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Node} tree as EM JSON by the mapping rules J1 to J8 of SPEC §3.3: the root's
 * content without its name, attributes and children as properties, {@code Links} as an array,
 * list wrappers as {@code {"<item>s": [...]}}, absent values left out.
 */
public final class JsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {
    }

    public static byte[] write(Node root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            if (root.isList()) {
                json.writeStartObject();
                json.writeFieldName(root.jsonListName());
                items(json, root);
                json.writeEndObject();
            } else {
                object(json, root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void object(JsonGenerator json, Node node) throws IOException {
        json.writeStartObject();
        for (String property : propertyOrder(node)) {
            property(json, node, property);
        }
        json.writeEndObject();
    }

    /** J6: own elements, then the remaining attributes, then Links, Href, Type, unless overridden. */
    private static List<String> propertyOrder(Node node) {
        if (node.jsonOrder != null) {
            return node.jsonOrder;
        }
        List<String> order = new ArrayList<>();
        for (Node child : node.children) {
            if (!child.xmlOnly) {
                order.add(child.name);
            }
        }
        for (String attribute : node.attributes.keySet()) {
            if (!attribute.equals("Href") && !attribute.equals("Type")) {
                order.add(attribute);
            }
        }
        order.add("Links");
        order.add("Href");
        order.add("Type");
        return order;
    }

    private static void property(JsonGenerator json, Node node, String property) throws IOException {
        if (property.equals("Links")) {
            if (!node.links.isEmpty() || node.hasLinks) {
                json.writeFieldName("Links");
                links(json, node.links);
            } else if (node.jsonNulls) {
                json.writeNullField("Links");
            }
            return;
        }
        if (node.attributes.containsKey(property)) {
            json.writeFieldName(property);
            scalar(json, node.attributes.get(property));
            return;
        }
        for (Node child : node.children) {
            if (child.name.equals(property)) {
                if (child.isAbsent() || child.xmlOnly) {
                    break;
                }
                json.writeFieldName(property);
                value(json, child);
                return;
            }
        }
        if (node.jsonNulls) {
            json.writeNullField(property);
        }
    }

    private static void value(JsonGenerator json, Node node) throws IOException {
        if (node.isLeaf()) {
            scalar(json, node.value);
        } else if (node.isList()) {
            json.writeStartObject();
            if (!node.children.isEmpty()) {
                json.writeFieldName(node.jsonListName());
                items(json, node);
            }
            json.writeEndObject();
        } else {
            object(json, node);
        }
    }

    private static void items(JsonGenerator json, Node list) throws IOException {
        json.writeStartArray();
        for (Node item : list.children) {
            value(json, item);
        }
        json.writeEndArray();
    }

    private static void links(JsonGenerator json, List<Link> links) throws IOException {
        json.writeStartArray();
        for (Link link : links) {
            json.writeStartObject();
            json.writeStringField("Rel", link.rel());
            json.writeStringField("Href", link.href());
            if (link.name() != null) {
                json.writeStringField("Name", link.name());
            }
            if (link.type() != null) {
                json.writeStringField("Type", link.type());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void scalar(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case Boolean b -> json.writeBoolean(b);
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Map<?, ?> ignored -> throw new IllegalArgumentException("maps are not scalars");
            default -> json.writeString(String.valueOf(value));
        }
    }
}
