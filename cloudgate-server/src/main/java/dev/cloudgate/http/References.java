package dev.cloudgate.http;

import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.List;

/** The shapes shared by every kind, for the views of every feature package: EntityRef/Ref (SPEC §3.1) and the entity header (§3.2). */
public final class References {
    public static final String ENTITY_REF = "EntityRef";
    public static final String REF = "Ref";

    private References() {
    }

    /** A reference; {@code root} is {@code EntityRef} for a single document, {@code Ref} inside lists. */
    public static Node ref(String root, String type, String href, String name, String uid, List<Link> links) {
        return Node.element(root)
                .attr("Type", type).attr("Href", href).attr("Name", name).attr("UID", uid)
                .links(links)
                .jsonOrder("Links", "UID", "Name", "Href", "Type");
    }

    public static Node entity(String root, String href, String name, String uid) {
        return Node.element(root).attr("Type", root).attr("Href", href).attr("Name", name).attr("UID", uid);
    }

    public static Node refList(List<Node> refs) {
        return Node.list("EntityReferences", REF).addAll(refs);
    }
}
