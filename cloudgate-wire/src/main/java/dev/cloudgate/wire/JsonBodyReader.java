package dev.cloudgate.wire;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON request bodies into the same {@link BodyNode} shape as XML. An array under a property
 * becomes that many children of the property's name, so the J4/J5 input forms ({@code {"Xs": [...]}},
 * a bare array, {@code {}}, {@code null}) all bind the same way.
 */
public final class JsonBodyReader {
    private static final int MAX_DEPTH = 32;
    /** Longest string value read at all; fields have their own, smaller limits (e.g. Description 1024). */
    private static final int MAX_STRING = 64 * 1024;
    private static final int MAX_NAME = 256;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING)
                    .maxNameLength(MAX_NAME).maxNumberLength(64).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodyReader() {
    }

    public static BodyNode read(byte[] body, String expectedRoot) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw BodyException.invalid("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw BodyException.invalid("The request body is not valid JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw BodyException.invalid("The request body must be a JSON object.");
        }
        if (tree.size() == 1) {
            Map.Entry<String, JsonNode> only = tree.fields().next();
            if (only.getKey().equalsIgnoreCase(expectedRoot) && only.getValue().isObject()) {
                tree = only.getValue();
            }
        }
        return BodyNode.parent(expectedRoot, BodyNode.attributeMap(), properties(tree));
    }

    private static List<BodyNode> properties(JsonNode object) {
        List<BodyNode> children = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            add(children, field.getKey(), field.getValue());
        }
        return children;
    }

    private static void add(List<BodyNode> into, String name, JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                add(into, name, item);
            }
        } else if (value.isObject()) {
            into.add(BodyNode.parent(name, BodyNode.attributeMap(), properties(value)));
        } else if (value.isNull()) {
            into.add(BodyNode.leaf(name, null));
        } else {
            String text = value.asText();
            if (text.indexOf('\u0000') >= 0) {
                // XML cannot carry NUL at all, and databases refuse it in text: never let it reach one.
                throw BodyException.invalid("Property '" + name + "' must not contain NUL characters.");
            }
            into.add(BodyNode.leaf(name, text));
        }
    }
}
