package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.RunningServer;
import dev.cloudgate.server.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 9: with 6,000 managed servers a gateway task found its host by loading every managed
 * server of the backup server, and the claim of the next task read the task table in full. Asserted on the
 * statements the server actually ran (H2's query statistics), not on a rate: each read of a managed server
 * returns at most one row, the host lookups go through the V6 key indexes and the claim reads only running
 * tasks, through an index on the state. The drain rate itself is measured by {@code bench/run backlog} (docs/benchmarks.md).
 */
class LargeInventoryTaskHardeningTest {
    private static final int SERVERS = 6000;
    private static final int TASKS = 100;

    @Test
    void taskLookupsReadOneManagedServerByIndex() throws Exception {
        StringBuilder yaml = new StringBuilder("backupServers:\n  - id: " + Api.BS1 + "\n    name: vbr01.lab.local\n    managedServers:\n");
        for (int i = 0; i < SERVERS; i++) {
            yaml.append("      - { id: ").append(UUID.randomUUID()).append(", name: gw").append(i).append(".lab.local, type: Windows, ip: 10.1.")
                    .append(i / 250).append('.').append(i % 250).append(" }\n");
        }
        yaml.append("users:\n  - { name: 'LAB\\admin', role: Portal Administrator, password: 'Admin' }\n");
        Path seed = Files.createTempFile("cloudgate-large", ".yaml");
        Files.writeString(seed, yaml);
        // A data directory keeps it on the embedded store, whose statistics it reads in process.
        Path data = Files.createTempDirectory("cloudgate-large").resolve("data");
        try (RunningServer server = RunningServer.start(Map.of("seed", seed.toString(), "data", data.toString()));
                Connection db = sameDatabase(server.server().config())) {
            try (Statement s = db.createStatement()) {
                s.execute("set query_statistics true");
                s.execute("set query_statistics_max_entries 1000");
            }
            Api api = server.api().logon("LAB\\admin", "Admin");
            String last = null;
            for (int i = 0; i < TASKS; i++) {
                // Half found by name, half by address: both lookups are exercised.
                String host = i % 2 == 0 ? "GW" + (SERVERS - 1 - i) + ".lab.local" : "10.1." + (i / 250) + '.' + (i % 250);
                Api.Response r = api.post("/cloud/gateways", Api.XML, """
                        <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0"><ServerHostName>%s</ServerHostName>\
                        <NetworkType>Direct</NetworkType><BackupServerUid>%s</BackupServerUid></CreateCloudGatewaySpec>""".formatted(host, Api.BS1));
                assertThat(r.status()).as(r.body()).isEqualTo(202);
                last = r.header("Location");
            }
            assertThat(api.awaitTask(last).body()).contains("Success=\"true\"");

            List<Stat> managedServerReads = statistics(db, "from managed_server");
            assertThat(managedServerReads).as("reads of managed servers").isNotEmpty();
            assertThat(managedServerReads).allSatisfy(s -> assertThat(s.maxRows()).as(s.sql()).isLessThanOrEqualTo(1));
            Stat byName = one(managedServerReads, "name_key = ?");
            Stat byAddress = one(managedServerReads, "ip_key = ?");
            assertThat(byName.executions()).isGreaterThanOrEqualTo(TASKS);
            assertThat(byAddress.executions()).isGreaterThanOrEqualTo(TASKS / 2);
            assertThat(plan(db, byName.sql())).containsIgnoringCase("managed_server_name_key");
            assertThat(plan(db, byAddress.sql())).containsIgnoringCase("managed_server_ip_key");
            List<Stat> oldestRunning = statistics(db, "select min(id) from task");
            // On a store no other node shares, the runner reads the next task without claiming it (TaskStore.nextDue).
            assertThat(one(oldestRunning, "select id, operation, payload").executions()).as("reads of the next task").isGreaterThanOrEqualTo(TASKS);
            for (Stat s : oldestRunning) {
                // By an index on the state (H2 picks task_running_in_order or task_runnable): running tasks only, never every task.
                assertThat(plan(db, s.sql())).as(s.sql()).containsPattern("PUBLIC\\.TASK_RUNN\\w*: STATE = ").doesNotContainIgnoringCase("tableScan");
            }
        }
    }

    private record Stat(String sql, long executions, long maxRows) {
    }

    private static Connection sameDatabase(Config config) throws Exception {
        // In the same JVM, the same URL opens the server's own H2 database, not a copy.
        return DriverManager.getConnection(config.effectiveJdbcUrl(), config.dbUser(), config.dbPassword());
    }

    private static List<Stat> statistics(Connection db, String fragment) throws Exception {
        List<Stat> found = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select sql_statement, execution_count, max_row_count from information_schema.query_statistics")) {
            while (rs.next()) {
                String sql = rs.getString(1);
                String lower = sql.toLowerCase(Locale.ROOT);
                if (lower.startsWith("select") && lower.contains(fragment)) {
                    found.add(new Stat(sql, rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return found;
    }

    private static Stat one(List<Stat> stats, String fragment) {
        List<Stat> matching = stats.stream().filter(s -> s.sql().toLowerCase(Locale.ROOT).contains(fragment)).toList();
        assertThat(matching).as("statements containing '%s' in %s", fragment, stats).hasSize(1);
        return matching.get(0);
    }

    /** H2's plan of a statement the server ran, its parameters unset (the plan does not depend on them). */
    private static String plan(Connection db, String sql) throws Exception {
        try (PreparedStatement explain = db.prepareStatement("explain " + sql)) {
            int parameters = explain.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                explain.setNull(i, java.sql.Types.VARCHAR);
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
