package dev.cloudgate.http;

import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.tenants.BackupResource;
import dev.cloudgate.tenants.CloudTenant;
import dev.cloudgate.tenants.Subtenant;
import dev.cloudgate.tenants.TenantDetails;
import dev.cloudgate.tenants.TenantService;
import dev.cloudgate.tenants.TenantViews;
import dev.cloudgate.wire.tenants.CloudSubtenantCreateSpec;
import dev.cloudgate.wire.tenants.CloudSubtenantEdit;
import dev.cloudgate.wire.tenants.CloudTenantComputeResourceCreateSpec;
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

    // --- compute resources (§6.6)

    Reply computeResources(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(TenantViews.computeResources(call.hrefs(), tenant, owner(tenant), tenants.computeResourcesOf(tenant)));
    }

    Reply computeResource(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(TenantViews.computeResource(call.hrefs(), tenants.computeResource(tenant, call.pathParam("cid")), tenant,
                owner(tenant), true));
    }

    Reply createComputeResource(Call call) {
        CloudTenant tenant = tenant(call);
        CloudTenantComputeResourceCreateSpec spec = CloudTenantComputeResourceCreateSpec.from(
                call.body(CloudTenantComputeResourceCreateSpec.ROOT, CloudTenantComputeResourceCreateSpec.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, tenants.requestCreateComputeResource(call.session().id(), tenant, spec));
    }

    Reply deleteComputeResource(Call call) {
        CloudTenant tenant = tenant(call);
        TenantDetails.Subscription subscription = tenants.computeResource(tenant, call.pathParam("cid"));
        return TaskEndpoints.accepted(call, tenants.requestDeleteComputeResource(call.session().id(), tenant, subscription));
    }

    // --- vCloud compute resources (§6.7): read-only here; writes are 501 (T-A36)

    Reply vCloudComputeResources(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(TenantViews.vCloudComputeResources(call.hrefs(), tenant, owner(tenant), tenants.vCloudComputeResourcesOf(tenant)));
    }

    Reply vCloudComputeResource(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(TenantViews.vCloudComputeResource(call.hrefs(), tenants.vCloudComputeResource(tenant, call.pathParam("vid")), tenant,
                owner(tenant), true));
    }

    // --- subtenants (§6.8)

    Reply subtenants(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(TenantViews.subtenants(call.hrefs(), tenant, owner(tenant), tenants.subtenantsOf(tenant)));
    }

    Reply subtenant(Call call) {
        CloudTenant tenant = tenant(call);
        return Reply.ok(TenantViews.subtenant(call.hrefs(), tenants.subtenant(tenant, call.pathParam("sid")), tenant, owner(tenant)));
    }

    Reply createSubtenant(Call call) {
        CloudTenant tenant = tenant(call);
        CloudSubtenantCreateSpec spec = CloudSubtenantCreateSpec.from(
                call.body(CloudSubtenantCreateSpec.ROOT, CloudSubtenantCreateSpec.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, tenants.requestAddSubtenant(call.session().id(), tenant, spec));
    }

    Reply editSubtenant(Call call) {
        CloudTenant tenant = tenant(call);
        Subtenant subtenant = tenants.subtenant(tenant, call.pathParam("sid"));
        CloudSubtenantEdit edit = CloudSubtenantEdit.from(call.body(CloudSubtenantEdit.ROOT, CloudSubtenantEdit.KEEP_EMPTY).node());
        return TaskEndpoints.accepted(call, tenants.requestEditSubtenant(call.session().id(), tenant, subtenant, edit));
    }

    Reply deleteSubtenant(Call call) {
        CloudTenant tenant = tenant(call);
        Subtenant subtenant = tenants.subtenant(tenant, call.pathParam("sid"));
        return TaskEndpoints.accepted(call, tenants.requestDeleteSubtenant(call.session().id(), tenant, subtenant));
    }

    // --- free license counters (§6.9)

    Reply freeLicenseCounters(Call call) {
        return Reply.ok(TenantViews.freeLicenseCounters(call.hrefs(), tenant(call)));
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
