package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.Tenant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /cloud/tenants} (SPEC §5.9): tenants are fixtures, in the slice only as pools need them,
 * so only their reference forms are served; {@code format=Entity} is 501.
 */
final class TenantEndpoints {
    private final Infrastructure infrastructure;
    private final PoolService pools;
    private final PoolEndpoints poolLists;

    TenantEndpoints(Infrastructure infrastructure, PoolService pools, PoolEndpoints poolLists) {
        this.infrastructure = infrastructure;
        this.pools = pools;
        this.poolLists = poolLists;
    }

    Reply list(Call call) {
        referencesOnly(call);
        Map<UUID, BackupServer> owners = infrastructure.backupServers().stream()
                .collect(Collectors.toMap(BackupServer::id, Function.identity()));
        return Reply.ok(References.refList(infrastructure.tenants().stream()
                .map(t -> InfrastructureViews.tenantRef(call.hrefs(), t, owners.get(t.backupServerId()), References.REF)).toList()));
    }

    Reply get(Call call) {
        Tenant tenant = tenant(call);
        referencesOnly(call);
        return Reply.ok(InfrastructureViews.tenantRef(call.hrefs(), tenant, infrastructure.backupServer(tenant.backupServerId()),
                References.ENTITY_REF));
    }

    /** The pools assigned to the tenant, derived from the pools' tenant lists (SPEC §8 B9). */
    Reply pools(Call call) {
        Tenant tenant = tenant(call);
        referencesOnly(call);
        return Reply.ok(poolLists.list(call, pools.poolsOf(tenant)));
    }

    private Tenant tenant(Call call) {
        return infrastructure.tenant(call.pathId(Tenant.KIND, "Cloud tenant"));
    }

    /** SPEC §5.9: the tenant entity is out of the slice; a malformed format is still a 400 (§7 A42). */
    private static void referencesOnly(Call call) {
        if (Formats.entity(call)) {
            throw Failure.notImplemented();
        }
    }
}
