package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A WAN accelerator entity (SPEC-tenants §4.10); read-only through the API.
 *
 * @param uid              {@code urn:veeam:WanAccelerator:<uuid>}
 * @param name             its host name
 * @param href             the entity Href
 * @param description      the description, possibly empty
 * @param outOfDate        whether its components need an update
 * @param version          the product version
 * @param cacheCapacityGb  the global cache size in GB ({@code Capacity})
 * @param trafficPort      the port traffic arrives on
 * @param connectionsCount the number of parallel connections
 * @param cachePath        the cache folder
 * @param highBandwidth    whether high bandwidth mode is on
 * @param links            the entity's links
 */
public record WanAccelerator(String uid, String name, String href, String description, boolean outOfDate, String version,
        Long cacheCapacityGb, Integer trafficPort, Integer connectionsCount, String cachePath, boolean highBandwidth, List<Link> links) {
    /** Copies {@code links}. */
    public WanAccelerator {
        links = List.copyOf(links);
    }

    /** The WAN accelerator's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    /** The name of the backup server it belongs to (its {@code Up} link). */
    public String backupServerName() {
        return Uids.find(links, "Up", null).map(Link::name).orElse(null);
    }

    static WanAccelerator from(Doc d) {
        return new WanAccelerator(d.text("UID"), d.text("Name"), d.text("Href"), d.text("Description"), Boolean.TRUE.equals(d.bool("OutOfDate")),
                d.text("Version"), d.number("Capacity"), d.integer("TrafficPort"), d.integer("ConnectionsCount"), d.text("CachePath"),
                Boolean.TRUE.equals(d.bool("HighBandwidthModeEnabled")), d.links());
    }
}
