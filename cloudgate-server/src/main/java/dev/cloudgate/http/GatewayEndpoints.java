package dev.cloudgate.http;

import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.wire.CloudGatewayEdit;
import dev.cloudgate.wire.CreateCloudGatewaySpec;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /cloud/gateways} (SPEC §5.7): wire records in (bound once, judged by the feature), tasks back. */
final class GatewayEndpoints {
    private final GatewayService gateways;
    private final Infrastructure infrastructure;

    GatewayEndpoints(GatewayService gateways, Infrastructure infrastructure) {
        this.gateways = gateways;
        this.infrastructure = infrastructure;
    }

    Reply list(Call call) {
        boolean entity = Formats.entity(call);
        List<Gateway> all = gateways.all();
        Map<UUID, BackupServer> owners = owners();
        if (entity) {
            return Reply.ok(Node.list("CloudGateways", "CloudGateway").addAll(all.stream()
                    .map(g -> GatewayViews.entity(call.hrefs(), g, owners.get(g.backupServerId()), gateways.poolsOf(g.id()))).toList()));
        }
        return Reply.ok(References.refList(all.stream()
                .map(g -> GatewayViews.ref(call.hrefs(), g, owners.get(g.backupServerId()), References.REF)).toList()));
    }

    Reply get(Call call) {
        GatewayService.Details details = gateways.details(id(call));
        return Reply.ok(Formats.entity(call)
                ? GatewayViews.entity(call.hrefs(), details.gateway(), details.owner(), details.pools())
                : GatewayViews.ref(call.hrefs(), details.gateway(), details.owner(), References.ENTITY_REF));
    }

    Reply create(Call call) {
        Call.Body body = call.body(CreateCloudGatewaySpec.ROOT, Set.of());
        return TaskEndpoints.accepted(call, gateways.requestCreate(call.session().id(), CreateCloudGatewaySpec.from(body.node()),
                body.strict(call)));
    }

    Reply edit(Call call) {
        UUID id = id(call);
        gateways.get(id);
        // SPEC §1.2, §5.7.4: an empty Description in a PUT sets it to "".
        CloudGatewayEdit edit = CloudGatewayEdit.from(call.body(CloudGatewayEdit.ROOT, Set.of("Description")).node());
        return TaskEndpoints.accepted(call, gateways.requestEdit(call.session().id(), id, edit));
    }

    Reply delete(Call call) {
        return TaskEndpoints.accepted(call, gateways.requestDelete(call.session().id(), id(call)));
    }

    private static UUID id(Call call) {
        return call.pathId(Gateway.KIND, "Cloud gateway");
    }

    private Map<UUID, BackupServer> owners() {
        return infrastructure.backupServers().stream().collect(Collectors.toMap(BackupServer::id, Function.identity()));
    }
}
