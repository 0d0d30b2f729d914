package dev.cloudgate.http;

import dev.cloudgate.wire.ApiPaths;
import dev.cloudgate.failure.Failure;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /cloud}: the Cloud Connect root and its Down links (SPEC §5.6). */
final class CloudEndpoints {
    private static final String[][] COLLECTIONS = {
        {"gateways", "CloudGateway"}, {"tenants", "CloudTenant"}, {"hardwarePlans", "CloudHardwarePlan"},
        {"publicIpAddresses", "CloudPublicIpAddress"}, {"cloudFailoverPlans", "CloudFailoverPlan"},
        {"vmReplicaPoints", "CloudVmReplicaPoint"}, {"replicas", "CloudReplica"}, {"vlans", "VlanConfiguration"},
        {"failoverSessions", "CloudFailoverSession"}, {"gatewayPools", "CloudGatewayPool"},
    };
    private static final String[] CREATABLE = {"gateways", "tenants", "hardwarePlans", "publicIpAddresses", "gatewayPools"};

    private final EntryEndpoints entry;

    CloudEndpoints(EntryEndpoints entry) {
        this.entry = entry;
    }

    Reply root(Call call) {
        if (!entry.cloudConnect()) {
            throw Failure.notFound("Cloud Connect is not available on any backup server.");
        }
        Hrefs h = call.hrefs();
        List<Link> links = new ArrayList<>();
        links.add(Link.of("Up", "LogonSession", h.session(call.session().id())));
        for (String[] c : COLLECTIONS) {
            links.add(Link.of("Down", c[1] + "ReferenceList", h.of(ApiPaths.CLOUD + "/" + c[0])));
        }
        for (String[] c : COLLECTIONS) {
            links.add(Link.of("Down", c[1] + "List", Hrefs.entity(h.of(ApiPaths.CLOUD + "/" + c[0]))));
        }
        for (String c : CREATABLE) {
            links.add(Link.of("Create", null, h.of(ApiPaths.CLOUD + "/" + c)));
        }
        return Reply.ok(Node.element("CloudConnectService").attr("Type", "CloudConnectService").attr("Href", h.of(ApiPaths.CLOUD))
                .links(links));
    }
}
