package dev.cloudgate.http;

import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.wire.CloudGatewayEdit;
import dev.cloudgate.wire.CreateCloudGatewaySpec;
import java.util.Set;
import java.util.UUID;

/** {@code /cloud/gateways} (SPEC §5.7): wire records in (bound once, judged by the feature), tasks back. */
record GatewayEndpoints(GatewayService gateways, Infrastructure infrastructure) {
    Reply list(Call call) {
        return Reply.ok(OwnedViews.list(call, infrastructure, gateways.all(), Gateway::backupServerId, "CloudGateways", "CloudGateway",
                view()));
    }

    Reply get(Call call) {
        GatewayService.Details details = gateways.details(id(call));
        return Reply.ok(OwnedViews.one(call, details.gateway(), details.owner(),
                new OwnedViews.View<>((h, g, owner) -> GatewayViews.entity(h, g, owner, details.pools()), GatewayViews::ref)));
    }

    /** Gateways as lists show them: each entity names the pools it belongs to. */
    OwnedViews.View<Gateway> view() {
        return new OwnedViews.View<>((h, g, owner) -> GatewayViews.entity(h, g, owner, gateways.poolsOf(g.id())), GatewayViews::ref);
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
}
