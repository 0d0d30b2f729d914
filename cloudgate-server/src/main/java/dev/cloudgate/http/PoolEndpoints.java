package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.cloud.Pool;
import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.wire.CloudGatewayPoolEdit;
import dev.cloudgate.wire.CreateCloudGatewayPoolSpec;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /cloud/gatewayPools} (SPEC §5.8): wire records in (bound once, judged by the feature), tasks back. */
final class PoolEndpoints {
    /** SPEC §1.2: in a pool body an empty Description sets "", an empty list wrapper is an empty list. */
    private static final Set<String> MEANINGFUL_EMPTY = Set.of("Description", "CloudGateways", "CloudTenants");

    private final PoolService pools;
    private final GatewayService gateways;
    private final Infrastructure infrastructure;

    PoolEndpoints(PoolService pools, GatewayService gateways, Infrastructure infrastructure) {
        this.pools = pools;
        this.gateways = gateways;
        this.infrastructure = infrastructure;
    }

    Reply list(Call call) {
        return Reply.ok(list(call, pools.all()));
    }

    Reply get(Call call) {
        Pool pool = pools.get(id(call));
        BackupServer owner = infrastructure.backupServer(pool.backupServerId());
        return Reply.ok(Formats.entity(call)
                ? PoolViews.entity(call.hrefs(), pool, owner)
                : PoolViews.ref(call.hrefs(), pool, owner, References.ENTITY_REF));
    }

    /** SPEC §5.8.3: the member gateways, as references or ({@code format=Entity}) entities. */
    Reply gateways(Call call) {
        Pool pool = pools.get(id(call));
        boolean entity = Formats.entity(call);
        BackupServer owner = infrastructure.backupServer(pool.backupServerId());
        List<Gateway> members = pools.gatewaysOf(pool);
        if (entity) {
            return Reply.ok(Node.list("CloudGateways", "CloudGateway").addAll(members.stream()
                    .map(g -> GatewayViews.entity(call.hrefs(), g, owner, gateways.poolsOf(g.id()))).toList()));
        }
        return Reply.ok(References.refList(members.stream()
                .map(g -> GatewayViews.ref(call.hrefs(), g, owner, References.REF)).toList()));
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
        boolean entity = Formats.entity(call);
        Map<UUID, BackupServer> owners = infrastructure.backupServers().stream()
                .collect(Collectors.toMap(BackupServer::id, Function.identity()));
        if (entity) {
            return Node.list("CloudGatewayPools", "CloudGatewayPool").addAll(list.stream()
                    .map(p -> PoolViews.entity(call.hrefs(), p, owners.get(p.backupServerId()))).toList());
        }
        return References.refList(list.stream()
                .map(p -> PoolViews.ref(call.hrefs(), p, owners.get(p.backupServerId()), References.REF)).toList());
    }

    private static UUID id(Call call) {
        return call.pathId(Pool.KIND, "Cloud gateway pool");
    }
}
