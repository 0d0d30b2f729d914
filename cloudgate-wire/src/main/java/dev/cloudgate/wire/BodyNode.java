package dev.cloudgate.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One element of an incoming body, read from XML or JSON into the same shape so that one binder
 * serves both. Names are looked up case-insensitively: strict XML has already checked the exact
 * spelling against the XSD, and JSON and lenient XML match names regardless of case (SPEC §3.3 J10).
 */
public final class BodyNode {
    private final String name;
    private final String text;
    private final Map<String, String> attributes;
    private final List<BodyNode> children;

    BodyNode(String name, String text, Map<String, String> attributes, List<BodyNode> children) {
        this.name = name;
        this.text = text;
        this.attributes = attributes;
        this.children = children;
    }

    static BodyNode leaf(String name, String text) {
        return new BodyNode(name, text, Map.of(), List.of());
    }

    static BodyNode parent(String name, Map<String, String> attributes, List<BodyNode> children) {
        return new BodyNode(name, null, attributes, Collections.unmodifiableList(new ArrayList<>(children)));
    }

    public String name() {
        return name;
    }

    /** The text of an element of simple content, or null for JSON null and for elements with children. */
    public String text() {
        return text;
    }

    public List<BodyNode> children() {
        return children;
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    public String attribute(String attributeName) {
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(attributeName)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** All children whose name is one of the given names (case-insensitive), in document order. */
    public List<BodyNode> all(String... names) {
        List<BodyNode> found = new ArrayList<>();
        for (BodyNode child : children) {
            for (String candidate : names) {
                if (child.name.equalsIgnoreCase(candidate)) {
                    found.add(child);
                    break;
                }
            }
        }
        return found;
    }

    /** The first child with one of the given names, or null. */
    public BodyNode first(String... names) {
        List<BodyNode> found = all(names);
        return found.isEmpty() ? null : found.get(0);
    }

    static Map<String, String> attributeMap() {
        return new LinkedHashMap<>();
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT) + (text != null ? "=" + text : children.toString());
    }
}
