package dev.cloudgate.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of an outgoing representation, neutral between XML and JSON.
 *
 * <p>Every response is built once as a tree of nodes; {@link XmlWriter} and {@link JsonWriter}
 * turn the same tree into bytes by the rules of SPEC §1.2 and §3.3. Element order is the order in
 * which children are added, so it is defined in exactly one place: the code that builds the node.
 */
public final class Node {
    final String name;
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final Object value;
    final String listItemName;
    String jsonListName;
    boolean xmlOnly;
    boolean hasLinks;
    List<String> jsonOrder;
    boolean jsonNulls;

    private Node(String name, Object value, String listItemName) {
        this.name = name;
        this.value = value;
        this.listItemName = listItemName;
    }

    /** An element with attributes and child elements. */
    public static Node element(String name) {
        return new Node(name, null, null);
    }

    /**
     * A wrapper whose children repeat (SPEC §3.3 J4): in JSON it becomes {@code {"<item>s": [...]}}.
     */
    public static Node list(String name, String itemName) {
        return new Node(name, null, itemName);
    }

    /**
     * A list wrapper whose JSON array name is not the item name plus {@code s}: the vendor's VLAN list
     * items are called {@code Vlans} and its repository list is {@code Repositories} (SPEC-tenants §4.1, T-A17).
     */
    public static Node list(String name, String itemName, String jsonListName) {
        Node node = new Node(name, null, itemName);
        node.jsonListName = jsonListName;
        return node;
    }

    /** An element of simple content; a null value leaves the element out (J8). */
    public static Node leaf(String name, Object value) {
        return new Node(name, value == null ? Absent.VALUE : value, null);
    }

    public Node attr(String name, Object value) {
        if (value != null) {
            attributes.put(name, value);
        }
        return this;
    }

    public Node add(Node child) {
        children.add(child);
        return this;
    }

    public Node addAll(List<Node> more) {
        children.addAll(more);
        return this;
    }

    /** Sets the node's {@code Links}; they are emitted first among the children (SPEC §1.7). */
    public Node links(List<Link> newLinks) {
        links.addAll(newLinks);
        hasLinks = true;
        return this;
    }

    public Node leafChild(String name, Object value) {
        return add(leaf(name, value));
    }

    /** Overrides the JSON property order of J6 for shapes the vendor orders differently. */
    public Node jsonOrder(String... names) {
        this.jsonOrder = List.of(names);
        return this;
    }

    /**
     * Leaves the node out of JSON: the empty {@code <Password />} of tenant and subtenant entities is
     * shown in XML only (SPEC-tenants §2.4).
     */
    public Node xmlOnly() {
        this.xmlOnly = true;
        return this;
    }

    /** Emits the JSON properties of {@link #jsonOrder} that are absent as {@code null} (Error bodies, §3.9). */
    public Node jsonNulls() {
        this.jsonNulls = true;
        return this;
    }

    public String name() {
        return name;
    }

    public List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    public List<Link> linkList() {
        return Collections.unmodifiableList(links);
    }

    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    boolean isLeaf() {
        return value != null;
    }

    boolean isAbsent() {
        return value == Absent.VALUE;
    }

    boolean isList() {
        return listItemName != null;
    }

    String jsonListName() {
        return jsonListName != null ? jsonListName : listItemName + "s";
    }

    Object value() {
        return value;
    }

    private enum Absent { VALUE }
}
