package dev.cloudgate.http;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.query.QueryService;
import dev.cloudgate.tasks.TaskService;
import dev.cloudgate.tenants.CloudInventory;
import dev.cloudgate.tenants.PlanService;
import dev.cloudgate.tenants.TenantService;
import dev.cloudgate.tenants.VlanService;
import dev.cloudgate.wire.ApiPaths;
import java.util.List;

/** The vendor API's routing table, one line per endpoint, in the order of SPEC §5. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    /** @param cache caches the answers of read-only GETs; {@link ResponseCache#NONE} where another process may write the store */
    public static Routes build(SessionService sessionService, Infrastructure infrastructure, GatewayService gatewayService,
            TaskService taskService, List<String> supportedVersions, PoolService poolService, QueryService queryService,
            ResponseCache cache, TenantService tenantService, CloudInventory cloudInventory, PlanService planService, VlanService vlanService) {
        EntryEndpoints entry = new EntryEndpoints(sessionService, infrastructure, supportedVersions);
        SessionEndpoints sessions = new SessionEndpoints(sessionService, entry);
        InfrastructureEndpoints infra = new InfrastructureEndpoints(infrastructure);
        CloudEndpoints cloud = new CloudEndpoints(entry);
        GatewayEndpoints gateways = new GatewayEndpoints(gatewayService, infrastructure);
        TaskEndpoints tasks = new TaskEndpoints(taskService, RelatedLinks.ofTenants(tenantService));
        PoolEndpoints pools = new PoolEndpoints(poolService, gateways.view(), infrastructure);
        TenantEndpoints tenants = new TenantEndpoints(tenantService, infrastructure, poolService, pools);
        RepositoryEndpoints repositories = new RepositoryEndpoints(cloudInventory, infrastructure);
        HardwarePlanEndpoints plans = new HardwarePlanEndpoints(planService, tenantService, infrastructure);
        VlanEndpoints vlans = new VlanEndpoints(vlanService, infrastructure);
        QueryEndpoints queries = new QueryEndpoints(queryService,
                new QueryResults(gatewayService, poolService, infrastructure, taskService, tenantService, cloudInventory,
                        planService, vlanService));
        Endpoint notImplemented = call -> {
            throw Failure.notImplemented();
        };
        return new Routes()
                .add("GET", ApiPaths.ROOT, Access.PUBLIC, entry::root)
                .add("POST", ApiPaths.LOGON, Access.PUBLIC, entry::logon)

                .add("GET", ApiPaths.LOGON_SESSIONS, Access.ANY, sessions::list)
                .add("GET", ApiPaths.LOGON_SESSION, Access.ANY, sessions::get)
                .add("DELETE", ApiPaths.LOGON_SESSION, Access.ANY, sessions::delete)

                .add("GET", ApiPaths.BACKUP_SERVERS, Access.INFRASTRUCTURE, cache.around(infra::backupServers))
                .add("POST", ApiPaths.BACKUP_SERVERS, Access.ADMINISTRATOR, notImplemented)
                .add("GET", ApiPaths.BACKUP_SERVER, Access.INFRASTRUCTURE, cache.around(infra::backupServer))
                .add("POST", ApiPaths.BACKUP_SERVER, Access.INFRASTRUCTURE, notImplemented)
                .add("PUT", ApiPaths.BACKUP_SERVER, Access.ADMINISTRATOR, notImplemented)
                .add("DELETE", ApiPaths.BACKUP_SERVER, Access.ADMINISTRATOR, notImplemented)
                .add("GET", ApiPaths.BACKUP_SERVER_MANAGED_SERVERS, Access.INFRASTRUCTURE, cache.around(infra::managedServersOfBackupServer))
                .add("GET", ApiPaths.BACKUP_SERVER_REPOSITORIES, Access.INFRASTRUCTURE, cache.around(repositories::repositoriesOfBackupServer))
                .add("GET", ApiPaths.MANAGED_SERVERS, Access.INFRASTRUCTURE, cache.around(infra::managedServers))
                .add("GET", ApiPaths.MANAGED_SERVER, Access.INFRASTRUCTURE, cache.around(infra::managedServer))
                .add("GET", ApiPaths.REPOSITORIES, Access.INFRASTRUCTURE, cache.around(repositories::repositories))
                .add("GET", ApiPaths.REPOSITORY, Access.INFRASTRUCTURE, cache.around(repositories::repository))
                .add("GET", ApiPaths.WAN_ACCELERATORS, Access.INFRASTRUCTURE, cache.around(repositories::wanAccelerators))
                .add("GET", ApiPaths.WAN_ACCELERATOR, Access.INFRASTRUCTURE, cache.around(repositories::wanAccelerator))

                .add("GET", ApiPaths.CLOUD, Access.INFRASTRUCTURE, cloud::root)
                .add("GET", ApiPaths.CLOUD_GATEWAYS, Access.INFRASTRUCTURE, cache.around(gateways::list))
                .add("POST", ApiPaths.CLOUD_GATEWAYS, Access.INFRASTRUCTURE, gateways::create)
                .add("GET", ApiPaths.CLOUD_GATEWAY, Access.INFRASTRUCTURE, cache.around(gateways::get))
                .add("PUT", ApiPaths.CLOUD_GATEWAY, Access.INFRASTRUCTURE, gateways::edit)
                .add("DELETE", ApiPaths.CLOUD_GATEWAY, Access.INFRASTRUCTURE, gateways::delete)
                .add("GET", ApiPaths.CLOUD_GATEWAY_POOLS, Access.INFRASTRUCTURE, cache.around(pools::list))
                .add("POST", ApiPaths.CLOUD_GATEWAY_POOLS, Access.INFRASTRUCTURE, pools::create)
                .add("GET", ApiPaths.CLOUD_GATEWAY_POOL, Access.INFRASTRUCTURE, cache.around(pools::get))
                .add("PUT", ApiPaths.CLOUD_GATEWAY_POOL, Access.INFRASTRUCTURE, pools::edit)
                .add("DELETE", ApiPaths.CLOUD_GATEWAY_POOL, Access.INFRASTRUCTURE, pools::delete)
                .add("GET", ApiPaths.CLOUD_GATEWAY_POOL_GATEWAYS, Access.INFRASTRUCTURE, cache.around(pools::gateways))
                .add("GET", ApiPaths.CLOUD_GATEWAY_POOL_TENANTS, Access.INFRASTRUCTURE, cache.around(call -> Formats.entity(call)
                        ? tenants.entitiesOf(call, poolService.get(call.pathId(dev.cloudgate.cloud.Pool.KIND, "Cloud gateway pool")).tenantIds())
                        : pools.tenants(call)))
                .add("GET", ApiPaths.CLOUD_TENANTS, Access.INFRASTRUCTURE, cache.around(tenants::list))
                .add("POST", ApiPaths.CLOUD_TENANTS, Access.INFRASTRUCTURE, tenants::create)
                .add("GET", ApiPaths.CLOUD_TENANT, Access.INFRASTRUCTURE, cache.around(tenants::get))
                .add("PUT", ApiPaths.CLOUD_TENANT, Access.INFRASTRUCTURE, tenants::edit)
                .add("DELETE", ApiPaths.CLOUD_TENANT, Access.INFRASTRUCTURE, tenants::delete)
                .add("GET", ApiPaths.CLOUD_TENANT_GATEWAY_POOLS, Access.INFRASTRUCTURE, cache.around(tenants::pools))
                .add("GET", ApiPaths.CLOUD_TENANT_RESOURCES, Access.INFRASTRUCTURE, cache.around(tenants::resources))
                .add("POST", ApiPaths.CLOUD_TENANT_RESOURCES, Access.INFRASTRUCTURE, tenants::createResource)
                .add("GET", ApiPaths.CLOUD_TENANT_RESOURCE, Access.INFRASTRUCTURE, cache.around(tenants::resource))
                .add("DELETE", ApiPaths.CLOUD_TENANT_RESOURCE, Access.INFRASTRUCTURE, tenants::deleteResource)
                .add("GET", ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCES, Access.INFRASTRUCTURE, cache.around(tenants::computeResources))
                .add("POST", ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCES, Access.INFRASTRUCTURE, tenants::createComputeResource)
                .add("GET", ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCE, Access.INFRASTRUCTURE, cache.around(tenants::computeResource))
                .add("DELETE", ApiPaths.CLOUD_TENANT_COMPUTE_RESOURCE, Access.INFRASTRUCTURE, tenants::deleteComputeResource)
                .add("GET", ApiPaths.CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCES, Access.INFRASTRUCTURE, cache.around(tenants::vCloudComputeResources))
                .add("POST", ApiPaths.CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCES, Access.INFRASTRUCTURE, notImplemented)
                .add("GET", ApiPaths.CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCE, Access.INFRASTRUCTURE, cache.around(tenants::vCloudComputeResource))
                .add("DELETE", ApiPaths.CLOUD_TENANT_VCLOUD_COMPUTE_RESOURCE, Access.INFRASTRUCTURE, notImplemented)
                .add("GET", ApiPaths.CLOUD_TENANT_SUBTENANTS, Access.INFRASTRUCTURE, cache.around(tenants::subtenants))
                .add("POST", ApiPaths.CLOUD_TENANT_SUBTENANTS, Access.INFRASTRUCTURE, tenants::createSubtenant)
                .add("GET", ApiPaths.CLOUD_TENANT_SUBTENANT, Access.INFRASTRUCTURE, cache.around(tenants::subtenant))
                .add("PUT", ApiPaths.CLOUD_TENANT_SUBTENANT, Access.INFRASTRUCTURE, tenants::editSubtenant)
                .add("DELETE", ApiPaths.CLOUD_TENANT_SUBTENANT, Access.INFRASTRUCTURE, tenants::deleteSubtenant)
                .add("GET", ApiPaths.CLOUD_TENANT_FREE_LICENSE_COUNTERS, Access.INFRASTRUCTURE, cache.around(tenants::freeLicenseCounters))
                .add("GET", ApiPaths.CLOUD_HARDWARE_PLANS, Access.INFRASTRUCTURE, cache.around(plans::list))
                .add("POST", ApiPaths.CLOUD_HARDWARE_PLANS, Access.INFRASTRUCTURE, plans::create)
                .add("GET", ApiPaths.CLOUD_HARDWARE_PLAN, Access.INFRASTRUCTURE, cache.around(plans::get))
                .add("PUT", ApiPaths.CLOUD_HARDWARE_PLAN, Access.INFRASTRUCTURE, plans::edit)
                .add("DELETE", ApiPaths.CLOUD_HARDWARE_PLAN, Access.INFRASTRUCTURE, plans::delete)
                .add("GET", ApiPaths.CLOUD_HARDWARE_PLAN_TENANTS, Access.INFRASTRUCTURE, cache.around(plans::tenants))
                .add("GET", ApiPaths.CLOUD_VLANS, Access.INFRASTRUCTURE, cache.around(vlans::list))
                .add("GET", ApiPaths.CLOUD_VLAN, Access.INFRASTRUCTURE, cache.around(vlans::get))
                .add("PUT", ApiPaths.CLOUD_VLAN, Access.INFRASTRUCTURE, vlans::edit)
                .add("DELETE", ApiPaths.CLOUD_VLAN, Access.INFRASTRUCTURE, vlans::delete)

                .add("GET", ApiPaths.TASKS, Access.ANY, tasks::list)
                .add("GET", ApiPaths.TASK, Access.ANY, tasks::get)
                .add("DELETE", ApiPaths.TASK, Access.ANY, tasks::delete)

                .add("GET", ApiPaths.QUERY_SERVICE, Access.ANY, queries::service)
                // The role depends on the query type (SPEC §2.5): QueryEndpoints judges it.
                .add("GET", ApiPaths.QUERY, Access.ANY, cache.around(queries::query, ApiRoutes::sessionFree));
    }

    /** Task queries answer with the caller's own tasks; every other query type is the same for all callers. */
    private static boolean sessionFree(Call call) {
        String type = call.param("type");
        return type != null && !type.trim().equalsIgnoreCase("Task");
    }
}
