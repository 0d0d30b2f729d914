package dev.cloudgate.http;

import dev.cloudgate.wire.Uids;
import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.Pool;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Tenant;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Cloud gateway pool representations (SPEC §3.7, §5.8). */
final class PoolViews {
    private PoolViews() {
    }

    /** SPEC §7 A10: a pool's reference is a CloudGatewayPoolReference with Up and Alternate links. */
    static Node ref(Hrefs h, Pool p, BackupServer owner, String root) {
        String href = h.pool(p.id());
        return References.ref(root, "CloudGatewayPoolReference", href, p.name(), Uids.of(Pool.KIND, p.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudGatewayPool", Hrefs.entity(href), p.name())));
    }

    static Node entity(Hrefs h, Pool p, BackupServer owner) {
        String href = h.pool(p.id());
        List<Link> links = new ArrayList<>(List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudGatewayPoolReference", href, p.name()),
                Link.named("Edit", "CloudGatewayPoolReference", href, p.name()),
                // SPEC §7 A12, A14: the Delete link names the pool, Href only.
                Link.of("Delete", null, href),
                Link.of("Down", "CloudGatewayReferenceList", href + "/gateways")));
        if (!p.tenantIds().isEmpty()) {
            // SPEC §7 A37: as in every vendor example, only when the pool has tenants.
            links.add(Link.of("Related", "CloudTenantReferenceList", href + "/tenants"));
        }
        return References.entity("CloudGatewayPool", Hrefs.entity(href), p.name(), Uids.of(Pool.KIND, p.id()))
                .links(links)
                .leafChild("Description", p.description())
                .add(uidList("CloudGateways", "CloudGatewayUid", Gateway.KIND, p.gatewayIds()))
                .add(uidList("CloudTenants", "CloudTenantUid", Tenant.KIND, p.tenantIds()));
    }

    private static Node uidList(String wrapper, String item, String kind, List<UUID> ids) {
        return Node.list(wrapper, item).addAll(ids.stream().map(id -> Node.leaf(item, Uids.of(kind, id))).toList());
    }
}
