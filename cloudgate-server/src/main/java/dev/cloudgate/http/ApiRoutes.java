package dev.cloudgate.http;

import dev.cloudgate.Failure;
import dev.cloudgate.auth.SessionService;
import dev.cloudgate.cloud.GatewayService;
import dev.cloudgate.infrastructure.Infrastructure;
import dev.cloudgate.tasks.TaskService;
import java.util.List;

/** The vendor API's routing table, one line per endpoint, in the order of SPEC §5. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    public static Routes build(SessionService sessionService, Infrastructure infrastructure, GatewayService gatewayService,
            TaskService taskService, List<String> supportedVersions) {
        EntryEndpoints entry = new EntryEndpoints(sessionService, infrastructure, supportedVersions);
        SessionEndpoints sessions = new SessionEndpoints(sessionService, entry);
        InfrastructureEndpoints infra = new InfrastructureEndpoints(infrastructure);
        CloudEndpoints cloud = new CloudEndpoints(entry);
        GatewayEndpoints gateways = new GatewayEndpoints(gatewayService, infrastructure);
        TaskEndpoints tasks = new TaskEndpoints(taskService);
        Endpoint notImplemented = call -> {
            throw Failure.notImplemented();
        };
        return new Routes()
                .add("GET", "/", Access.PUBLIC, entry::root)
                .add("POST", "/sessionMngr", Access.PUBLIC, entry::logon)

                .add("GET", "/logonSessions", Access.ANY, sessions::list)
                .add("GET", "/logonSessions/{id}", Access.ANY, sessions::get)
                .add("DELETE", "/logonSessions/{id}", Access.ANY, sessions::delete)

                .add("GET", "/backupServers", Access.INFRASTRUCTURE, infra::backupServers)
                .add("POST", "/backupServers", Access.ADMINISTRATOR, notImplemented)
                .add("GET", "/backupServers/{id}", Access.INFRASTRUCTURE, infra::backupServer)
                .add("POST", "/backupServers/{id}", Access.INFRASTRUCTURE, notImplemented)
                .add("PUT", "/backupServers/{id}", Access.ADMINISTRATOR, notImplemented)
                .add("DELETE", "/backupServers/{id}", Access.ADMINISTRATOR, notImplemented)
                .add("GET", "/backupServers/{id}/managedServers", Access.INFRASTRUCTURE, infra::managedServersOfBackupServer)
                .add("GET", "/managedServers", Access.INFRASTRUCTURE, infra::managedServers)
                .add("GET", "/managedServers/{id}", Access.INFRASTRUCTURE, infra::managedServer)

                .add("GET", "/cloud", Access.INFRASTRUCTURE, cloud::root)
                .add("GET", "/cloud/gateways", Access.INFRASTRUCTURE, gateways::list)
                .add("POST", "/cloud/gateways", Access.INFRASTRUCTURE, gateways::create)
                .add("GET", "/cloud/gateways/{id}", Access.INFRASTRUCTURE, gateways::get)
                .add("PUT", "/cloud/gateways/{id}", Access.INFRASTRUCTURE, gateways::edit)
                .add("DELETE", "/cloud/gateways/{id}", Access.INFRASTRUCTURE, gateways::delete)

                .add("GET", "/tasks", Access.ANY, tasks::list)
                .add("GET", "/tasks/{id}", Access.ANY, tasks::get)
                .add("DELETE", "/tasks/{id}", Access.ANY, tasks::delete);
    }
}
