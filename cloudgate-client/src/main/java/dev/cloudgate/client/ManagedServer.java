package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A managed server entity (SPEC §3.5): a host known to a backup server; gateways are created on
 * its Windows servers.
 *
 * @param uid         {@code urn:veeam:ManagedServer:<uuid>}
 * @param name        the host's name or address
 * @param href        the entity Href
 * @param description the description, possibly empty
 * @param type        the {@code ManagedServerType}, e.g. {@code Windows}, {@code Linux}
 * @param links       the entity's links
 */
public record ManagedServer(String uid, String name, String href, String description, String type, List<Link> links) {
    /** Copies {@code links}. */
    public ManagedServer {
        links = List.copyOf(links);
    }

    /** The managed server's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    /** The name of the backup server that manages this host (its {@code Up} link). */
    public String backupServerName() {
        return Uids.find(links, "Up", null).map(Link::name).orElse(null);
    }

    static ManagedServer from(Doc d) {
        return new ManagedServer(d.text("UID"), d.text("Name"), d.text("Href"), d.text("Description"), d.text("ManagedServerType"),
                d.links());
    }
}
