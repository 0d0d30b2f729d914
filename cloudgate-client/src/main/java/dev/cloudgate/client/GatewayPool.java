package dev.cloudgate.client;

import dev.cloudgate.wire.Link;
import java.util.List;

/**
 * A cloud gateway pool entity (SPEC §3.7).
 *
 * @param uid         {@code urn:veeam:CloudGatewayPool:<uuid>}
 * @param name        the pool's name
 * @param href        the entity Href
 * @param description the description, possibly empty
 * @param gatewayUids the UIDs of the member gateways
 * @param tenantUids  the UIDs of the tenants the pool is assigned to
 * @param links       the entity's links
 */
public record GatewayPool(String uid, String name, String href, String description, List<String> gatewayUids,
        List<String> tenantUids, List<Link> links) {
    /** Copies the lists. */
    public GatewayPool {
        gatewayUids = List.copyOf(gatewayUids);
        tenantUids = List.copyOf(tenantUids);
        links = List.copyOf(links);
    }

    /** The pool's bare UUID, as used in paths. */
    public String id() {
        return Uids.idOf(uid);
    }

    /** The name of the backup server the pool belongs to (its {@code Up} link). */
    public String backupServerName() {
        return Uids.find(links, "Up", null).map(Link::name).orElse(null);
    }

    static GatewayPool from(Doc d) {
        return new GatewayPool(d.text("UID"), d.text("Name"), d.text("Href"), d.text("Description"),
                d.texts("CloudGateways", "CloudGatewayUid"), d.texts("CloudTenants", "CloudTenantUid"), d.links());
    }
}
