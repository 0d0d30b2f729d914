package dev.cloudgate.client;

import java.util.List;

/**
 * The answer of the query service (SPEC §6.5). Which list is filled depends on the query's type and
 * format: {@code refs} for references, one of the entity lists for entities, {@code tasks} for
 * {@code type=Task} whatever the format. The others are empty.
 *
 * @param refs           references ({@code format=References})
 * @param gateways       {@code CloudGateway} entities
 * @param pools          {@code CloudGatewayPool} entities
 * @param backupServers  {@code BackupServer} entities
 * @param managedServers {@code ManagedServer} entities
 * @param tasks          tasks of the caller's session
 * @param paging         the page this is, and how many there are
 */
public record QueryResult(List<Ref> refs, List<Gateway> gateways, List<GatewayPool> pools, List<BackupServer> backupServers,
        List<ManagedServer> managedServers, List<Task> tasks, PagingInfo paging) {
    /** Copies the lists. */
    public QueryResult {
        refs = List.copyOf(refs);
        gateways = List.copyOf(gateways);
        pools = List.copyOf(pools);
        backupServers = List.copyOf(backupServers);
        managedServers = List.copyOf(managedServers);
        tasks = List.copyOf(tasks);
    }

    static QueryResult from(Doc d) {
        Doc entities = d.child("Entities");
        Doc resources = d.child("Resources");
        Doc paging = d.child("PagingInfo");
        return new QueryResult(Ref.list(d, "Refs"),
                entities == null ? List.of() : entities.items("CloudGateways", "CloudGateway").stream().map(Gateway::from).toList(),
                entities == null ? List.of() : entities.items("CloudGatewayPools", "CloudGatewayPool").stream().map(GatewayPool::from).toList(),
                entities == null ? List.of() : entities.items("BackupServers", "BackupServer").stream().map(BackupServer::from).toList(),
                entities == null ? List.of() : entities.items("ManagedServers", "ManagedServer").stream().map(ManagedServer::from).toList(),
                resources == null ? List.of() : resources.items("Tasks", "Task").stream().map(Task::from).toList(),
                paging == null ? null : PagingInfo.from(paging));
    }
}
