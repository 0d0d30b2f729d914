package dev.cloudgate.http;

import dev.cloudgate.wire.Uids;
import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.ArrayList;
import java.util.List;

/** Cloud gateway representations (SPEC §3.6, §5.7). */
final class GatewayViews {
    private GatewayViews() {
    }

    static Node ref(Hrefs h, Gateway g, BackupServer owner, String root) {
        String href = h.gateway(g.id());
        return References.ref(root, "CloudGatewayReference", href, g.name(), Uids.of(Gateway.KIND, g.id()), List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudGateway", Hrefs.entity(href), g.name())));
    }

    static Node entity(Hrefs h, Gateway g, BackupServer owner, List<GatewayStore.PoolRef> pools) {
        String href = h.gateway(g.id());
        List<Link> links = new ArrayList<>(List.of(
                Link.named("Up", "BackupServerReference", h.backupServer(owner.id()), owner.name()),
                Link.named("Alternate", "CloudGatewayReference", href, g.name()),
                Link.named("Edit", "CloudGatewayReference", href, g.name()),
                Link.of("Delete", null, href)));
        for (GatewayStore.PoolRef pool : pools) {
            links.add(Link.named("Related", "CloudGatewayPoolReference", h.pool(pool.id()), pool.name()));
        }
        return References.entity("CloudGateway", Hrefs.entity(href), g.name(), Uids.of(Gateway.KIND, g.id()))
                .links(links)
                .leafChild("Enabled", g.enabled())
                .leafChild("NetworkMode", g.networkMode().name())
                .leafChild("ExternalIP", g.externalIp())
                .leafChild("ExternalPort", g.externalPort())
                .leafChild("InternalPort", g.internalPort())
                .leafChild("Description", g.description());
    }
}
