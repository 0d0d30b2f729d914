package dev.cloudgate.http;

import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.tenants.BackupResource;
import dev.cloudgate.tenants.CloudTenant;
import dev.cloudgate.tenants.TenantService;
import dev.cloudgate.tenants.TenantViews;
import dev.cloudgate.wire.tenants.CloudTenantEdit;
import dev.cloudgate.wire.tenants.CreateCloudTenantResourceSpec;
import dev.cloudgate.wire.tenants.CreateCloudTenantSpec;
import dev.cloudgate.wire.tenants.TenantDeletion;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /cloud/tenants} (SPEC-tenants §6.1–§6.5, §6.10): wire records in (bound once, judged by the
 * wire module and the feature), views out, tasks back. The tenant in the path is looked up first, so
 * an unknown tenant answers its own 404 even when the sub-object is unknown too (§2.2).
 */
final class TenantEndpoints {
    private final TenantService tenants;
    private final Infrastructure infrastructure;
    private final PoolService pools;
    private final PoolEndpoints poolLists;

    TenantEndpoints(TenantService tenants, Infrastructure infrastructure, PoolService pools, PoolEndpoints poolLists) {
        this.tenants = tenants;
        this.infrastructure = infrastructure;
        this.pools = pools;
        this.poolLists = poolLists;
    }

    Reply list(Call call) {
        List<CloudTenant> all = tenants.all();
        if (Formats.entity(call)) {
            return Reply.ok(TenantViews.entities(call.hrefs(), tenants.details(all)));
        }
        Map<UUID, BackupServer> owners = owners();
        return Reply.ok(References.refList(all.stream()
                .map(t -> TenantViews.ref(call.hrefs(), t, owners.get(t.backupServerId()), References.REF)).toList()));
    }

    Reply get(Call call) {
        CloudTenant tenant = tenant(call);
        if (Formats.entity(call)) {
            return Reply.ok(TenantViews.entity(call.hrefs(), tenants.details(tenant)));
        }
        return Reply.ok(TenantViews.ref(call.hrefs(), tenant, infrastructure.backupServer(tenant.backupServerId()), References.ENTITY_REF));
    }

    Reply create(Call call) {
        CreateCloudTenantSpec spec = CreateCloudTenantSpec.from(call.body(CreateCloudTenantSpec.ROOT, CreateCloudTenantSpec.KEEP_EMPTY).node(),
                tenants.now());
        return TaskEndpoints.accepted(call, tenants.requestCreate(call.session().id(), spec));
    }

    Reply edit(Call call) {
        CloudTenant tenant = tenant(call);
        CloudTenantEdit edit = CloudTenantEdit.from(call.body(CloudTenantEdit.ROOT, CloudTenantEdit.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, tenants.requestEdit(call.session().id(), tenant, edit));
    }

    Reply delete(Call call) {
        CloudTenant tenant = tenant(call);
        boolean includeBackups = TenantDeletion.includeBackups(call.param("includeBackups"));
        return TaskEndpoints.accepted(call, tenants.requestDelete(call.session().id(), tenant, includeBackups));
    }

    /** §6.10: the pools whose tenant lists hold the tenant (T-B2), as references or entities. */
    Reply pools(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(poolLists.list(call, pools.byIds(tenants.details(tenant).poolIds())));
    }

    Reply resources(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(TenantViews.resources(call.hrefs(), tenant, owner(tenant), tenants.resourcesOf(tenant)));
    }

    Reply resource(Call call) {
        CloudTenant tenant = tenant(call);
        BackupResource resource = tenants.resource(tenant, call.pathParam("rid"));
        return Reply.ok(TenantViews.resource(call.hrefs(), resource, tenant, owner(tenant), true));
    }

    Reply createResource(Call call) {
        CloudTenant tenant = tenant(call);
        CreateCloudTenantResourceSpec spec = CreateCloudTenantResourceSpec.from(
                call.body(CreateCloudTenantResourceSpec.ROOT, CreateCloudTenantResourceSpec.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, tenants.requestCreateResource(call.session().id(), tenant, spec));
    }

    Reply deleteResource(Call call) {
        CloudTenant tenant = tenant(call);
        BackupResource resource = tenants.resource(tenant, call.pathParam("rid"));
        return TaskEndpoints.accepted(call, tenants.requestDeleteResource(call.session().id(), tenant, resource));
    }

    /** {@code GET /cloud/gatewayPools/{id}/tenants?format=Entity} (§2.8 amending SPEC §5.8.3). */
    Reply entitiesOf(Call call, List<UUID> tenantIds) {
        List<CloudTenant> found = tenantIds.stream().map(tenants::find).flatMap(java.util.Optional::stream).toList();
        return Reply.ok(TenantViews.entities(call.hrefs(), tenants.details(found)));
    }

    private CloudTenant tenant(Call call) {
        String sent = call.pathParam("id");
        return tenants.get(call.pathId(CloudTenant.KIND, "Cloud tenant"), sent);
    }

    private BackupServer owner(CloudTenant tenant) {
        return infrastructure.backupServer(tenant.backupServerId());
    }

    private Map<UUID, BackupServer> owners() {
        return infrastructure.backupServers().stream().collect(Collectors.toMap(BackupServer::id, Function.identity()));
    }
}
