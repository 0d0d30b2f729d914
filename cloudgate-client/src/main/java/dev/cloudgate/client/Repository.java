package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A backup repository entity (SPEC-tenants §4.9); read-only through the API.
 *
 * @param uid           {@code urn:veeam:Repository:<uuid>}
 * @param name          the repository's name
 * @param href          the entity Href
 * @param capacityBytes its capacity in bytes
 * @param freeBytes     its free space in bytes
 * @param kind          e.g. {@code WindowsLocal}; a {@code Cloud} repository holds no quotas
 * @param links         the entity's links
 */
public record Repository(String uid, String name, String href, Long capacityBytes, Long freeBytes, String kind, List<Link> links) {
    /** Copies {@code links}. */
    public Repository {
        links = List.copyOf(links);
    }

    /** The repository's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    /** The name of the backup server the repository belongs to (its {@code Up} link). */
    public String backupServerName() {
        return Uids.find(links, "Up", null).map(Link::name).orElse(null);
    }

    static Repository from(Doc d) {
        return new Repository(d.text("UID"), d.text("Name"), d.text("Href"), d.number("Capacity"), d.number("FreeSpace"), d.text("Kind"),
                d.links());
    }
}
