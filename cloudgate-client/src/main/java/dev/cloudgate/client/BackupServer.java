package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A backup server entity (SPEC §3.4); backup servers are read-only fixtures of the server.
 *
 * @param uid                   {@code urn:veeam:BackupServer:<uuid>}
 * @param name                  the server's name
 * @param href                  the entity Href
 * @param description           the description, possibly empty
 * @param port                  the backup service port
 * @param version               the product version, e.g. {@code 13.0.1.1071}
 * @param wcfPort               the WCF port, or null
 * @param certificateThumbprint the {@code VbrCertificateThumbprint}, or null
 * @param links                 the entity's links
 */
public record BackupServer(String uid, String name, String href, String description, Integer port, String version,
        Integer wcfPort, String certificateThumbprint, List<Link> links) {
    /** Copies {@code links}. */
    public BackupServer {
        links = List.copyOf(links);
    }

    /** The backup server's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    static BackupServer from(Doc d) {
        return new BackupServer(d.text("UID"), d.text("Name"), d.text("Href"), d.text("Description"), d.integer("Port"),
                d.text("Version"), d.integer("WcfPort"), d.text("VbrCertificateThumbprint"), d.links());
    }
}
