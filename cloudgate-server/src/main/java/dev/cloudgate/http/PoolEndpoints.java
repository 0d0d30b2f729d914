package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.Pool;
import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.wire.CloudGatewayPoolEdit;
import dev.cloudgate.wire.CreateCloudGatewayPoolSpec;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** {@code /cloud/gatewayPools} (SPEC §5.8): wire records in (bound once, judged by the feature), tasks back. */
final class PoolEndpoints {
    /** SPEC §1.2: in a pool body an empty Description sets "", an empty list wrapper is an empty list. */
    private static final Set<String> MEANINGFUL_EMPTY = Set.of("Description", "CloudGateways", "CloudTenants");

    private static final OwnedViews.View<Pool> VIEW = new OwnedViews.View<>(PoolViews::entity, PoolViews::ref);

    private final PoolService pools;
    private final OwnedViews.View<Gateway> gatewayView;
    private final Infrastructure infrastructure;

    PoolEndpoints(PoolService pools, OwnedViews.View<Gateway> gatewayView, Infrastructure infrastructure) {
        this.pools = pools;
        this.gatewayView = gatewayView;
        this.infrastructure = infrastructure;
    }

    Reply list(Call call) {
        return Reply.ok(list(call, pools.all()));
    }

    Reply get(Call call) {
        Pool pool = pools.get(id(call));
        return Reply.ok(OwnedViews.one(call, pool, infrastructure.backupServer(pool.backupServerId()), VIEW));
    }

    /** SPEC §5.8.3: the member gateways, as references or ({@code format=Entity}) entities. */
    Reply gateways(Call call) {
        Pool pool = pools.get(id(call));
        BackupServer owner = infrastructure.backupServer(pool.backupServerId());
        return Reply.ok(OwnedViews.list(call, pools.gatewaysOf(pool), g -> owner, "CloudGateways", "CloudGateway", gatewayView));
    }

    /** SPEC §5.8.3: the assigned tenants as references; their entity form is out of the slice (501). */
    Reply tenants(Call call) {
        Pool pool = pools.get(id(call));
        if (Formats.entity(call)) {
            throw Failure.notImplemented();
        }
        BackupServer owner = infrastructure.backupServer(pool.backupServerId());
        return Reply.ok(References.refList(pools.tenantsOf(pool).stream()
                .map(t -> InfrastructureViews.tenantRef(call.hrefs(), t, owner, References.REF)).toList()));
    }

    Reply create(Call call) {
        CreateCloudGatewayPoolSpec spec = CreateCloudGatewayPoolSpec.from(call.body(CreateCloudGatewayPoolSpec.ROOT, MEANINGFUL_EMPTY).node());
        return TaskEndpoints.accepted(call, pools.requestCreate(call.session().id(), spec));
    }

    Reply edit(Call call) {
        UUID id = id(call);
        pools.get(id);
        CloudGatewayPoolEdit edit = CloudGatewayPoolEdit.from(call.body(CloudGatewayPoolEdit.ROOT, MEANINGFUL_EMPTY).node());
        return TaskEndpoints.accepted(call, pools.requestUpdate(call.session().id(), id, edit));
    }

    Reply delete(Call call) {
        return TaskEndpoints.accepted(call, pools.requestDelete(call.session().id(), id(call)));
    }

    /** A pool list as references, or as entities with {@code format=Entity}; shared with the tenant's pool list. */
    Node list(Call call, List<Pool> list) {
        return OwnedViews.list(call, infrastructure, list, Pool::backupServerId, "CloudGatewayPools", "CloudGatewayPool", VIEW);
    }

    private static UUID id(Call call) {
        return call.pathId(Pool.KIND, "Cloud gateway pool");
    }
}
