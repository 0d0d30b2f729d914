package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A reference to an object: an {@code EntityRef} document or one {@code Ref} of an
 * {@code EntityReferences} list (SPEC §3.1).
 *
 * @param type  the reference type, e.g. {@code CloudGatewayReference}
 * @param href  the reference Href; add {@code ?format=Entity} for the entity
 * @param name  the object's name
 * @param uid   the object's UID, {@code urn:veeam:<Kind>:<uuid>}
 * @param links the reference's links (Up, Alternate…)
 */
public record Ref(String type, String href, String name, String uid, List<Link> links) {
    /** Copies {@code links}. */
    public Ref {
        links = List.copyOf(links);
    }

    /** The object's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    static Ref from(Doc d) {
        return new Ref(d.text("Type"), d.text("Href"), d.text("Name"), d.text("UID"), d.links());
    }

    static List<Ref> list(Doc d, String wrapper) {
        return d.items(wrapper, "Ref").stream().map(Ref::from).toList();
    }
}
