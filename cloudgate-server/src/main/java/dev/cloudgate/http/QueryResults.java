package dev.cloudgate.http;

import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.infrastructure.Repository;
import dev.cloudgate.infrastructure.WanAccelerator;
import dev.cloudgate.tenants.CloudInventory;
import dev.cloudgate.tenants.CloudTenant;
import dev.cloudgate.tenants.InventoryViews;
import dev.cloudgate.infrastructure.VlanConfiguration;
import dev.cloudgate.query.QueryType;
import dev.cloudgate.tenants.HardwarePlan;
import dev.cloudgate.tenants.HardwarePlanViews;
import dev.cloudgate.tenants.PlanService;
import dev.cloudgate.tenants.Subtenant;
import dev.cloudgate.tenants.TenantService;
import dev.cloudgate.tenants.VlanService;
import dev.cloudgate.tenants.TenantViews;
import dev.cloudgate.query.PagingInfo;
import dev.cloudgate.query.QueryFormat;
import dev.cloudgate.query.QueryPage;
import dev.cloudgate.query.QueryPlan;
import dev.cloudgate.tasks.Task;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.wire.Link;
import dev.cloudgate.wire.Node;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code QueryResult} document (SPEC §6.5): {@code Refs}, {@code Entities} or {@code Resources}
 * holding the page's items in result order, then {@code PagingInfo}. Items are loaded by id from
 * the features' services, inside the query's transaction.
 */
final class QueryResults {
    private final GatewayService gateways;
    private final PoolService pools;
    private final Infrastructure infrastructure;
    private final TaskService tasks;

    private final TenantService tenants;
    private final CloudInventory inventory;
    private final RelatedLinks related;

    private final PlanService plans;
    private final VlanService vlans;

    QueryResults(GatewayService gateways, PoolService pools, Infrastructure infrastructure, TaskService tasks, TenantService tenants,
            CloudInventory inventory, PlanService plans, VlanService vlans) {
        this.plans = plans;
        this.vlans = vlans;
        this.tenants = tenants;
        this.inventory = inventory;
        this.related = RelatedLinks.ofTenants(tenants);
        this.gateways = gateways;
        this.pools = pools;
        this.infrastructure = infrastructure;
        this.tasks = tasks;
    }

    Node render(Call call, QueryPlan plan, QueryPage page) {
        Node items = switch (page) {
            case QueryPage.TaskNumbers numbers -> tasks(call, numbers.numbers());
            // SPEC-tenants §8: subtenants are no key resources; they come as Resources whatever the format, as tasks do.
            case QueryPage.EntityIds ids when plan.type() == QueryType.CLOUD_SUBTENANT -> Node.element("Resources").add(subtenants(call, ids.ids()));
            case QueryPage.EntityIds ids -> plan.format() == QueryFormat.ENTITIES
                    ? Node.element("Entities").add(entities(call, plan, ids.ids()))
                    : Node.list("Refs", References.REF).addAll(refs(call, plan, ids.ids()));
        };
        PagingInfo paging = plan.paging(page.total(), call.hrefs().base());
        return Node.element("QueryResult").add(items).add(paging(paging));
    }

    /** Tasks are not key resources: they come as {@code Resources/Tasks} whatever the format (SPEC §6.5). */
    private Node tasks(Call call, List<Integer> numbers) {
        Map<Integer, Task> byNumber = tasks.list(call.session().id()).stream()
                .collect(Collectors.toMap(Task::number, Function.identity()));
        return Node.element("Resources").add(Node.list("Tasks", "Task").addAll(numbers.stream()
                .filter(byNumber::containsKey).map(n -> TaskViews.task(call.hrefs(), byNumber.get(n), "Task", related)).toList()));
    }

    private List<Node> refs(Call call, QueryPlan plan, List<UUID> ids) {
        Hrefs h = call.hrefs();
        Map<UUID, BackupServer> owners = owners();
        return switch (plan.type()) {
            case CLOUD_GATEWAY -> gateways.byIds(ids).stream()
                    .map(g -> GatewayViews.ref(h, g, owners.get(g.backupServerId()), References.REF)).toList();
            case CLOUD_GATEWAY_POOL -> pools.byIds(ids).stream()
                    .map(p -> PoolViews.ref(h, p, owners.get(p.backupServerId()), References.REF)).toList();
            case BACKUP_SERVER -> inOrder(ids, infrastructure.backupServers(), BackupServer::id).stream()
                    .map(s -> InfrastructureViews.backupServerRef(h, s, References.REF)).toList();
            case MANAGED_SERVER -> inOrder(ids, infrastructure.managedServers(), ManagedServer::id).stream()
                    .map(m -> InfrastructureViews.managedServerRef(h, m, owners.get(m.backupServerId()), References.REF)).toList();
            case CLOUD_TENANT -> inOrder(ids, tenants.all(), CloudTenant::id).stream()
                    .map(t -> TenantViews.ref(h, t, owners.get(t.backupServerId()), References.REF)).toList();
            case REPOSITORY -> inOrder(ids, inventory.repositories(), Repository::id).stream()
                    .map(r -> InventoryViews.repositoryRef(h, r, owners.get(r.backupServerId()), References.REF)).toList();
            case WAN_ACCELERATOR -> inOrder(ids, inventory.wanAccelerators(), WanAccelerator::id).stream()
                    .map(w -> InventoryViews.wanAcceleratorRef(h, w, owners.get(w.backupServerId()), References.REF)).toList();
            case CLOUD_HARDWARE_PLAN -> inOrder(ids, plans.all(), HardwarePlan::id).stream()
                    .map(p -> HardwarePlanViews.ref(h, p, owners.get(p.backupServerId()), References.REF)).toList();
            case VLAN_CONFIGURATION -> inOrder(ids, vlans.all(), VlanConfiguration::id).stream()
                    .map(v -> InventoryViews.vlanRef(h, v, owners.get(v.backupServerId()), References.REF)).toList();
            case TASK, CLOUD_SUBTENANT -> throw new IllegalStateException("tasks and subtenants are resources");
        };
    }

    /** The plural list element of each type. */
    private Node entities(Call call, QueryPlan plan, List<UUID> ids) {
        Hrefs h = call.hrefs();
        Map<UUID, BackupServer> owners = owners();
        return switch (plan.type()) {
            case CLOUD_GATEWAY -> Node.list("CloudGateways", "CloudGateway").addAll(gateways.byIds(ids).stream()
                    .map(g -> GatewayViews.entity(h, g, owners.get(g.backupServerId()), gateways.poolsOf(g.id()))).toList());
            case CLOUD_GATEWAY_POOL -> Node.list("CloudGatewayPools", "CloudGatewayPool").addAll(pools.byIds(ids).stream()
                    .map(p -> PoolViews.entity(h, p, owners.get(p.backupServerId()))).toList());
            case BACKUP_SERVER -> Node.list("BackupServers", "BackupServer").addAll(
                    inOrder(ids, infrastructure.backupServers(), BackupServer::id).stream()
                            .map(s -> InfrastructureViews.backupServer(h, s)).toList());
            case MANAGED_SERVER -> Node.list("ManagedServers", "ManagedServer").addAll(
                    inOrder(ids, infrastructure.managedServers(), ManagedServer::id).stream()
                            .map(m -> InfrastructureViews.managedServer(h, m, owners.get(m.backupServerId()))).toList());
            case CLOUD_TENANT -> TenantViews.entities(h, tenants.details(inOrder(ids, tenants.all(), CloudTenant::id)));
            case REPOSITORY -> InventoryViews.repositories(h, inOrder(ids, inventory.repositories(), Repository::id).stream()
                    .map(r -> new InventoryViews.Owned<>(r, owners.get(r.backupServerId()))).toList());
            case WAN_ACCELERATOR -> InventoryViews.wanAccelerators(h, inOrder(ids, inventory.wanAccelerators(), WanAccelerator::id).stream()
                    .map(w -> new InventoryViews.Owned<>(w, owners.get(w.backupServerId()))).toList());
            case CLOUD_HARDWARE_PLAN -> HardwarePlanViews.entities(h, plans.views(inOrder(ids, plans.all(), HardwarePlan::id)));
            case VLAN_CONFIGURATION -> InventoryViews.vlans(h, inOrder(ids, vlans.all(), VlanConfiguration::id).stream()
                    .map(v -> new InventoryViews.Owned<>(v, owners.get(v.backupServerId()))).toList());
            case TASK, CLOUD_SUBTENANT -> throw new IllegalStateException("no entity list for " + plan.type());
        };
    }

    private Node subtenants(Call call, List<UUID> ids) {
        Map<UUID, CloudTenant> tenantById = tenants.all().stream().collect(Collectors.toMap(CloudTenant::id, Function.identity()));
        Map<UUID, BackupServer> owners = owners();
        return Node.list("CloudSubtenants", "CloudSubtenant").addAll(inOrder(ids, tenants.subtenants(), Subtenant::id).stream()
                .map(s -> {
                    CloudTenant t = tenantById.get(s.tenantId());
                    return TenantViews.subtenant(call.hrefs(), s, t, owners.get(t.backupServerId()));
                }).toList());
    }

    /** SPEC §6.5: attributes PageNum, PageSize, PagesCount; links without Type or Name; JSON puts Links first. */
    private static Node paging(PagingInfo paging) {
        return Node.element("PagingInfo")
                .attr("PageNum", paging.pageNum()).attr("PageSize", paging.pageSize()).attr("PagesCount", paging.pagesCount())
                .links(paging.links().stream().map(l -> Link.of(l.rel(), null, l.href())).toList())
                .jsonOrder("Links", "PageNum", "PageSize", "PagesCount");
    }

    private Map<UUID, BackupServer> owners() {
        return infrastructure.backupServers().stream().collect(Collectors.toMap(BackupServer::id, Function.identity()));
    }

    /** The fixtures of {@code ids}, in that order; fixtures are few, so a map beats one lookup per id. */
    private static <T> List<T> inOrder(List<UUID> ids, List<T> all, Function<T, UUID> id) {
        Map<UUID, T> byId = all.stream().collect(Collectors.toMap(id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }
}
