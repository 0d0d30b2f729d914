package dev.cloudgate.http;

import dev.cloudgate.Failure;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.cloud.PoolService;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.query.QueryService;
import dev.cloudgate.tasks.TaskService;
import java.util.List;

/** The vendor API's routing table, one line per endpoint, in the order of SPEC §5. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    /** @param cache caches the answers of read-only GETs; {@link ResponseCache#NONE} where another process may write the store */
    public static Routes build(SessionService sessionService, Infrastructure infrastructure, GatewayService gatewayService,
            TaskService taskService, List<String> supportedVersions, PoolService poolService, QueryService queryService,
            ResponseCache cache) {
        EntryEndpoints entry = new EntryEndpoints(sessionService, infrastructure, supportedVersions);
        SessionEndpoints sessions = new SessionEndpoints(sessionService, entry);
        InfrastructureEndpoints infra = new InfrastructureEndpoints(infrastructure);
        CloudEndpoints cloud = new CloudEndpoints(entry);
        GatewayEndpoints gateways = new GatewayEndpoints(gatewayService, infrastructure);
        TaskEndpoints tasks = new TaskEndpoints(taskService);
        PoolEndpoints pools = new PoolEndpoints(poolService, gatewayService, infrastructure);
        TenantEndpoints tenants = new TenantEndpoints(infrastructure, poolService, pools);
        QueryEndpoints queries = new QueryEndpoints(queryService,
                new QueryResults(gatewayService, poolService, infrastructure, taskService));
        Endpoint notImplemented = call -> {
            throw Failure.notImplemented();
        };
        return new Routes()
                .add("GET", "/", Access.PUBLIC, entry::root)
                .add("POST", "/sessionMngr", Access.PUBLIC, entry::logon)

                .add("GET", "/logonSessions", Access.ANY, sessions::list)
                .add("GET", "/logonSessions/{id}", Access.ANY, sessions::get)
                .add("DELETE", "/logonSessions/{id}", Access.ANY, sessions::delete)

                .add("GET", "/backupServers", Access.INFRASTRUCTURE, cache.around(infra::backupServers))
                .add("POST", "/backupServers", Access.ADMINISTRATOR, notImplemented)
                .add("GET", "/backupServers/{id}", Access.INFRASTRUCTURE, cache.around(infra::backupServer))
                .add("POST", "/backupServers/{id}", Access.INFRASTRUCTURE, notImplemented)
                .add("PUT", "/backupServers/{id}", Access.ADMINISTRATOR, notImplemented)
                .add("DELETE", "/backupServers/{id}", Access.ADMINISTRATOR, notImplemented)
                .add("GET", "/backupServers/{id}/managedServers", Access.INFRASTRUCTURE, cache.around(infra::managedServersOfBackupServer))
                .add("GET", "/managedServers", Access.INFRASTRUCTURE, cache.around(infra::managedServers))
                .add("GET", "/managedServers/{id}", Access.INFRASTRUCTURE, cache.around(infra::managedServer))

                .add("GET", "/cloud", Access.INFRASTRUCTURE, cloud::root)
                .add("GET", "/cloud/gateways", Access.INFRASTRUCTURE, cache.around(gateways::list))
                .add("POST", "/cloud/gateways", Access.INFRASTRUCTURE, gateways::create)
                .add("GET", "/cloud/gateways/{id}", Access.INFRASTRUCTURE, cache.around(gateways::get))
                .add("PUT", "/cloud/gateways/{id}", Access.INFRASTRUCTURE, gateways::edit)
                .add("DELETE", "/cloud/gateways/{id}", Access.INFRASTRUCTURE, gateways::delete)
                .add("GET", "/cloud/gatewayPools", Access.INFRASTRUCTURE, cache.around(pools::list))
                .add("POST", "/cloud/gatewayPools", Access.INFRASTRUCTURE, pools::create)
                .add("GET", "/cloud/gatewayPools/{id}", Access.INFRASTRUCTURE, cache.around(pools::get))
                .add("PUT", "/cloud/gatewayPools/{id}", Access.INFRASTRUCTURE, pools::edit)
                .add("DELETE", "/cloud/gatewayPools/{id}", Access.INFRASTRUCTURE, pools::delete)
                .add("GET", "/cloud/gatewayPools/{id}/gateways", Access.INFRASTRUCTURE, cache.around(pools::gateways))
                .add("GET", "/cloud/gatewayPools/{id}/tenants", Access.INFRASTRUCTURE, cache.around(pools::tenants))
                .add("GET", "/cloud/tenants", Access.INFRASTRUCTURE, cache.around(tenants::list))
                .add("POST", "/cloud/tenants", Access.INFRASTRUCTURE, notImplemented)
                .add("GET", "/cloud/tenants/{id}", Access.INFRASTRUCTURE, cache.around(tenants::get))
                .add("PUT", "/cloud/tenants/{id}", Access.INFRASTRUCTURE, notImplemented)
                .add("DELETE", "/cloud/tenants/{id}", Access.INFRASTRUCTURE, notImplemented)
                .add("GET", "/cloud/tenants/{id}/gatewayPools", Access.INFRASTRUCTURE, cache.around(tenants::pools))

                .add("GET", "/tasks", Access.ANY, tasks::list)
                .add("GET", "/tasks/{id}", Access.ANY, tasks::get)
                .add("DELETE", "/tasks/{id}", Access.ANY, tasks::delete)

                .add("GET", "/querySvc", Access.ANY, queries::service)
                // The role depends on the query type (SPEC §2.5): QueryEndpoints judges it.
                .add("GET", "/query", Access.ANY, cache.around(queries::query, ApiRoutes::sessionFree));
    }

    /** Task queries answer with the caller's own tasks; every other query type is the same for all callers. */
    private static boolean sessionFree(Call call) {
        String type = call.param("type");
        return type != null && !type.trim().equalsIgnoreCase("Task");
    }
}
