package dev.cloudgate.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Rows for the query engine tests, in creation order. Ids are readable: the first hex digit names
 * the table (b backup server, e managed server, c gateway, a pool, d tenant), the last the row.
 */
final class QueryFixture {

    static final UUID SESSION = UUID.fromString("f0000000-0000-0000-0000-000000000001");
    static final UUID OTHER_SESSION = UUID.fromString("f0000000-0000-0000-0000-000000000002");

    private final Connection connection;

    QueryFixture(Connection connection) {
        this.connection = connection;
    }

    static UUID id(char table, int row) {
        return UUID.fromString(table + "0000000-0000-0000-0000-00000000000" + row);
    }

    void insertAll() throws SQLException {
        insert("insert into backup_server (id, name, description, port, version, ip_or_dns_name, cloud_connect)"
                + " values (?, ?, ?, ?, ?, ?, true)",
                row(id('b', 1), "vbr01.tech.local", "first", 9392, "12.3", "vbr01.tech.local"),
                row(id('b', 2), "vbr02.tech.local", "second", 9393, "13.0", null));
        String[] serverTypes = {"Windows", "Linux", "ESXi", "windows", "VC", "Windows"};
        for (int n = 1; n <= 6; n++) {
            insert("insert into managed_server (id, backup_server_id, name, description, server_type) values (?, ?, ?, ?, ?)",
                    row(id('e', n), id('b', n % 3 == 0 || n == 4 ? 2 : 1), "host" + n, "", serverTypes[n - 1]));
        }
        insert("insert into gateway (id, backup_server_id, managed_server_id, name, enabled, network_mode, external_ip,"
                + " external_port, internal_port, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row(id('c', 1), id('b', 1), id('e', 1), "gw01.tech.local", true, "Direct", "172.16.13.119", 6180, 6180, ""),
                row(id('c', 2), id('b', 1), id('e', 2), "gw02.tech.local", false, "NAT", "10.0.0.2", 6180, 6180, "second"),
                row(id('c', 3), id('b', 2), id('e', 3), "GW03", true, "NAT", "10.0.0.3", 6190, 6181, "it's"),
                row(id('c', 4), id('b', 2), id('e', 4), "gw04", true, "Direct", "10.0.0.4", 443, 6180, "' or 1=1 --"),
                row(id('c', 5), id('b', 1), id('e', 5), "alpha", true, "NAT", "10.0.0.5", 6180, 6180, ""),
                row(id('c', 6), id('b', 2), id('e', 6), "GW01.tech.local", false, "Direct", "10.0.0.6", 6180, 6180, ""));
        insert("insert into gateway_pool (id, backup_server_id, name, name_key, description) values (?, ?, ?, ?, ?)",
                row(id('a', 1), id('b', 1), "Pool A", "pool a", "first pool"),
                row(id('a', 2), id('b', 2), "pool b", "pool b", ""));
        insert("insert into tenant (id, backup_server_id, name, name_key, enabled, tenant_type, organization_ref) values (?, ?, ?, ?, ?, ?, ?)",
                row(id('d', 1), id('b', 1), "tenant1", "tenant1", true, "Standalone", null),
                row(id('d', 2), id('b', 2), "tenant2", "tenant2", false, "vCD", "urn:vCloud:Organization:x"));
        // Repositories (f) and WAN accelerators (9) of SPEC-tenants §8.
        insert("insert into repository (id, backup_server_id, name, name_key, kind, capacity, free_space) values (?, ?, ?, ?, ?, ?, ?)",
                row(id('f', 1), id('b', 1), "Repo B", "repo b", "WindowsLocal", 5_000_000_000L, 1_000L),
                row(id('f', 2), id('b', 2), "repo a", "repo a", "Cloud", 3_000_000_000L, 3_000_000_000L));
        insert("insert into wan_accelerator (id, backup_server_id, name, name_key, description, version, capacity_gb, traffic_port,"
                + " connections_count, cache_path, high_bandwidth, out_of_date) values (?, ?, ?, ?, '', '13', ?, 6165, ?, 'C:', ?, false)",
                row(id('9', 1), id('b', 1), "wan01", "wan01", 100, 5, false),
                row(id('9', 2), id('b', 1), "wan02", "wan02", 200, 8, true));
        insert("insert into task (session_id, task_no, operation, state, payload, created_at, run_after, forgotten)"
                + " values (?, ?, ?, ?, '', 0, 0, ?)",
                row(SESSION, 1, "CreateCloudGateway", "Running", false),
                row(SESSION, 2, "CreateCloudGateway", "Finished", false),
                row(SESSION, 3, "DeleteCloudGateway", "Finished", true),
                row(SESSION, 4, "EditCloudGateway", "OperationFinished", false),
                row(SESSION, 10, "CreateCloudGatewayPool", "Finished", false),
                row(OTHER_SESSION, 1, "CreateCloudGateway", "Finished", false));
    }

    private void insert(String sql, Object[]... rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.executeUpdate();
            }
        }
    }

    private static Object[] row(Object... values) {
        return values;
    }
}
