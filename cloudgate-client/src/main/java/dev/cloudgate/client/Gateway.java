package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A cloud gateway entity (SPEC §3.6).
 *
 * @param uid          {@code urn:veeam:CloudGateway:<uuid>}
 * @param name         the server host name it was created with (DNS name or IP)
 * @param href         the entity Href
 * @param enabled      whether the gateway is enabled
 * @param networkMode  {@code Direct} or {@code NAT}
 * @param externalIp   the address tenants connect to
 * @param externalPort the port tenants connect to
 * @param internalPort the port the gateway listens on
 * @param description  the description, possibly empty
 * @param links        the entity's links; {@code Related} ones name the pools holding the gateway
 */
public record Gateway(String uid, String name, String href, boolean enabled, NetworkMode networkMode, String externalIp,
        Integer externalPort, Integer internalPort, String description, List<Link> links) {
    /** Copies {@code links}. */
    public Gateway {
        links = List.copyOf(links);
    }

    /** The gateway's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    /** The name of the backup server the gateway belongs to (its {@code Up} link). */
    public String backupServerName() {
        return Uids.find(links, "Up", null).map(Link::name).orElse(null);
    }

    /** The names of the pools that contain the gateway (its {@code Related} pool links). */
    public List<String> poolNames() {
        return links.stream().filter(l -> l.rel().equals("Related") && "CloudGatewayPoolReference".equals(l.type())).map(Link::name).toList();
    }

    static Gateway from(Doc d) {
        Boolean enabled = d.bool("Enabled");
        return new Gateway(d.text("UID"), d.text("Name"), d.text("Href"), Boolean.TRUE.equals(enabled),
                NetworkMode.parse(d.text("NetworkMode")), d.text("ExternalIP"), d.integer("ExternalPort"), d.integer("InternalPort"),
                d.text("Description"), d.links());
    }
}
