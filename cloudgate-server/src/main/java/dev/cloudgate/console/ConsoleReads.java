package dev.cloudgate.console;

import dev.cloudgate.cloud.Gateway;
import dev.cloudgate.cloud.GatewayStore;
import dev.cloudgate.cloud.Pool;
import dev.cloudgate.cloud.PoolStore;
import dev.cloudgate.infrastructure.BackupServer;
import dev.cloudgate.infrastructure.InfrastructureStore;
import dev.cloudgate.infrastructure.ManagedServer;
import dev.cloudgate.infrastructure.Tenant;
import dev.cloudgate.store.StoreException;
import dev.cloudgate.store.Transactor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the console shows, read straight from the store in one transaction rather than through
 * {@code /api}: the console's own reads must not fill the request journal, trip request faults the
 * user set for their client, or see only the console session's tasks (the API shows a session its
 * own tasks only, SPEC §8 B15; the console shows everyone's).
 */
final class ConsoleReads {
    /** Newest tasks shown; older ones are still in the API for their sessions. */
    static final int TASK_LIMIT = 200;
    private static final List<String> INVENTORY_TABLES =
            List.of("backup_server", "managed_server", "tenant", "gateway", "gateway_pool");

    private final Transactor tx;
    private final InfrastructureStore infrastructure;
    private final GatewayStore gateways;
    private final PoolStore pools;
    private final String probeSql;

    ConsoleReads(Transactor tx, InfrastructureStore infrastructure, GatewayStore gateways, PoolStore pools) {
        this.tx = tx;
        this.infrastructure = infrastructure;
        this.gateways = gateways;
        this.pools = pools;
        StringBuilder sql = new StringBuilder("select ");
        for (String table : INVENTORY_TABLES) {
            sql.append("(select count(*) from ").append(table).append("), ");
            sql.append("(select coalesce(max(seq), 0) from ").append(table).append("), ");
        }
        sql.append("(select count(*) from pool_gateway), (select count(*) from pool_tenant), ");
        sql.append("(select count(*) from task), (select coalesce(max(id), 0) from task), (select count(finished_at) from task), ");
        sql.append("(select count(*) from task where state = 'Running')");
        this.probeSql = sql.toString();
    }

    /** Backup servers with their managed servers, gateways, pools and tenants, as JSON-ready maps. */
    Map<String, Object> inventory() {
        return tx.inTransaction(() -> {
            List<BackupServer> servers = infrastructure.backupServers();
            List<ManagedServer> managed = infrastructure.managedServers();
            List<Tenant> tenants = infrastructure.tenants();
            List<Gateway> allGateways = gateways.all();
            List<Pool> allPools = pools.all();
            Map<UUID, String> serverNames = new HashMap<>();
            servers.forEach(s -> serverNames.put(s.id(), s.name()));
            Map<UUID, String> hostNames = new HashMap<>();
            managed.forEach(m -> hostNames.put(m.id(), m.name()));
            Map<UUID, String> gatewayNames = new HashMap<>();
            allGateways.forEach(g -> gatewayNames.put(g.id(), g.name()));
            Map<UUID, String> tenantNames = new HashMap<>();
            tenants.forEach(t -> tenantNames.put(t.id(), t.name()));
            Map<UUID, List<String>> poolsOfGateway = new HashMap<>();
            Map<UUID, List<String>> poolsOfTenant = new HashMap<>();
            for (Pool pool : allPools) {
                pool.gatewayIds().forEach(id -> poolsOfGateway.computeIfAbsent(id, k -> new ArrayList<>()).add(pool.name()));
                pool.tenantIds().forEach(id -> poolsOfTenant.computeIfAbsent(id, k -> new ArrayList<>()).add(pool.name()));
            }

            List<Object> serverRows = new ArrayList<>();
            for (BackupServer server : servers) {
                List<Object> managedRows = new ArrayList<>();
                for (ManagedServer m : managed) {
                    if (m.backupServerId().equals(server.id())) {
                        managedRows.add(row("id", m.id(), "name", m.name(), "type", m.type().name(), "description", m.description(),
                                "ip", m.ipAddress()));
                    }
                }
                serverRows.add(row("id", server.id(), "name", server.name(), "description", server.description(),
                        "version", server.version(), "port", server.port(), "managedServers", managedRows));
            }
            List<Object> gatewayRows = new ArrayList<>();
            for (Gateway g : allGateways) {
                gatewayRows.add(row("id", g.id(), "name", g.name(), "host", hostNames.get(g.managedServerId()),
                        "backupServer", serverNames.get(g.backupServerId()), "mode", g.networkMode().name(),
                        "externalIp", g.externalIp(), "externalPort", g.externalPort(), "internalPort", g.internalPort(),
                        "enabled", g.enabled(), "description", g.description(),
                        "pools", poolsOfGateway.getOrDefault(g.id(), List.of())));
            }
            List<Object> poolRows = new ArrayList<>();
            for (Pool p : allPools) {
                poolRows.add(row("id", p.id(), "name", p.name(), "description", p.description(),
                        "backupServer", serverNames.get(p.backupServerId()),
                        "gateways", p.gatewayIds().stream().map(gatewayNames::get).toList(),
                        "tenants", p.tenantIds().stream().map(tenantNames::get).toList()));
            }
            List<Object> tenantRows = new ArrayList<>();
            for (Tenant t : tenants) {
                tenantRows.add(row("id", t.id(), "name", t.name(), "enabled", t.enabled(),
                        "backupServer", serverNames.get(t.backupServerId()), "pools", poolsOfTenant.getOrDefault(t.id(), List.of())));
            }
            return row("backupServers", serverRows, "gateways", gatewayRows, "pools", poolRows, "tenants", tenantRows);
        });
    }

    /** The newest tasks of every session, newest first, with the user whose session submitted each. */
    Map<String, Object> tasks() {
        return tx.inTransaction(() -> {
            List<Object> rows = new ArrayList<>();
            String sql = "select t.id, t.task_no, t.operation, t.state, t.success, t.message, t.related_id, t.created_at, "
                    + "t.finished_at, s.user_name from task t left join logon_session s on s.id = t.session_id "
                    + "order by t.id desc limit " + TASK_LIMIT;
            try (PreparedStatement st = tx.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Object success = rs.getObject(5);
                    Object related = rs.getObject(7);
                    Object finished = rs.getObject(9);
                    rows.add(row("id", rs.getLong(1), "number", rs.getInt(2), "operation", rs.getString(3),
                            "state", rs.getString(4), "success", success, "message", rs.getString(6),
                            "relatedId", related == null ? null : related.toString(), "createdAt", rs.getLong(8),
                            "finishedAt", finished, "user", rs.getString(10)));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return row("tasks", rows, "limit", TASK_LIMIT);
        });
    }

    /**
     * A cheap fingerprint of the inventory and of the tasks: counts and highest sequence numbers (ids
     * are never reused, so a delete and a create cannot cancel out), and the running and finished
     * task counts. Every API change to a gateway or pool runs as a task, so edits show in the task
     * part even when no count moves; this reads the shared store, so changes by other nodes show too.
     */
    Versions probe() {
        return tx.inTransaction(() -> {
            try (PreparedStatement st = tx.connection().prepareStatement(probeSql); ResultSet rs = st.executeQuery()) {
                rs.next();
                int inventoryColumns = INVENTORY_TABLES.size() * 2 + 2;
                StringBuilder inventory = new StringBuilder();
                for (int i = 1; i <= inventoryColumns; i++) {
                    inventory.append(rs.getLong(i)).append('.');
                }
                StringBuilder tasks = new StringBuilder();
                for (int i = inventoryColumns + 1; i <= inventoryColumns + 4; i++) {
                    tasks.append(rs.getLong(i)).append('.');
                }
                // A finished task may have changed the inventory (an edit keeps every count).
                inventory.append(tasks);
                return new Versions(inventory.toString(), tasks.toString());
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        });
    }

    /** What changed is told by comparing two of these; the strings mean nothing else. */
    record Versions(String inventory, String tasks) {
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            map.put((String) pairs[i], value instanceof UUID id ? id.toString() : value);
        }
        return map;
    }
}
