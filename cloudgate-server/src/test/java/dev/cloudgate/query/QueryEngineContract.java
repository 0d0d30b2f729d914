package dev.cloudgate.query;

import static dev.cloudgate.query.QueryFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs compiled queries against a real, migrated database holding {@link QueryFixture}'s rows.
 * Subclasses supply the database; the same table of queries must hold on each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryEngineContract {

    /** An open connection to a database migrated and filled with {@link QueryFixture}. */
    abstract Connection connection();

    static Stream<Arguments> entityQueries() {
        return Stream.of(
                q("type=CloudGateway", 6, "c1 c2 c3 c4 c5 c6"),
                q("type=cloudgateway&filter=Name==%22gw01.tech.local%22", 2, "c1 c6"),
                q("type=CloudGateway&filter=name==GW01.TECH.LOCAL", 2, "c1 c6"),
                q("type=CloudGateway&filter=Enabled==TRUE", 4, "c1 c3 c4 c5"),
                q("type=CloudGateway&filter=Enabled!=true", 2, "c2 c6"),
                q("type=CloudGateway&filter=NetworkMode==nat", 3, "c2 c3 c5"),
                q("type=CloudGateway&filter=NetworkMode>Direct", 3, "c2 c3 c5"),
                q("type=CloudGateway&filter=NetworkMode<=Direct", 3, "c1 c4 c6"),
                q("type=CloudGateway&filter=ExternalPort<1000", 1, "c4"),
                q("type=CloudGateway&filter=ExternalPort>=6190", 1, "c3"),
                q("type=CloudGateway&filter=Name>gw02.tech.local", 2, "c3 c4"),
                q("type=CloudGateway&filter=ExternalIP==172.16.13.119", 1, "c1"),
                q("type=CloudGateway&filter=BackupServerName==%22VBR01.tech.local%22;Enabled==true", 2, "c1 c5"),
                q("type=CloudGateway&filter=BackupServerUId==urn:veeam:BackupServer:B0000000-0000-0000-0000-000000000002", 3, "c3 c4 c6"),
                q("type=CloudGateway&filter=UID==C0000000-0000-0000-0000-000000000003", 1, "c3"),
                q("type=CloudGateway&filter=UID!=urn:veeam:CloudGateway:c0000000-0000-0000-0000-000000000003", 5, "c1 c2 c4 c5 c6"),
                // AND binds tighter than OR: (NAT and enabled) or gw04
                q("type=CloudGateway&filter=NetworkMode==NAT;Enabled==true,Name==gw04", 3, "c3 c4 c5"),
                q("type=CloudGateway&filter=Name==gw04,NetworkMode==NAT;Enabled==true", 3, "c3 c4 c5"),
                q("type=CloudGateway&filter=NetworkMode==NAT;(Enabled==true,Name==gw02.tech.local)", 3, "c2 c3 c5"),
                q("type=CloudGateway&filter=(Enabled==false,Name==alpha);(NetworkMode==Direct,ExternalPort>6000)", 3, "c2 c5 c6"),
                q("type=CloudGateway&filter=Description==%22%22", 3, "c1 c5 c6"),
                q("type=CloudGateway&filter=Description==%22it's%22", 1, "c3"),
                // values reach SQL only as bind parameters: injection attempts are just strings
                q("type=CloudGateway&filter=Description==%22'%20or%201=1%20--%22", 1, "c4"),
                q("type=CloudGateway&filter=Name==%22x'%20or%20'1'='1%22", 0, ""),
                q("type=CloudGateway&filter=Name=='%20or%201=1%20--", 0, ""),
                q("type=CloudGateway&filter=Name==%22a%22%22;drop%20table%20gateway;--%22", 0, ""),
                q("type=CloudGateway&sortAsc=name", 6, "c5 c1 c6 c2 c3 c4"),
                q("type=CloudGateway&SORTDESC=NAME", 6, "c4 c3 c2 c1 c6 c5"),
                q("type=CloudGateway&sortDesc=NetworkMode", 6, "c2 c3 c5 c1 c4 c6"),
                q("type=CloudGateway&sortAsc=ExternalPort", 6, "c4 c1 c2 c5 c6 c3"),
                q("type=CloudGateway&sortAsc=Enabled", 6, "c2 c6 c1 c3 c4 c5"),
                q("type=CloudGateway&sortAsc=BackupServerName&filter=Enabled==true", 4, "c1 c5 c3 c4"),
                q("type=CloudGateway&pageSize=4", 6, "c1 c2 c3 c4"),
                q("type=CloudGateway&pageSize=4&page=2", 6, "c5 c6"),
                q("type=CloudGateway&pageSize=4&page=3", 6, ""),
                q("type=CloudGateway&pageSize=6", 6, "c1 c2 c3 c4 c5 c6"),
                q("type=CloudGateway&pageSize=2&page=2&sortAsc=name", 6, "c6 c2"),
                q("type=CloudGateway&page=2", 6, ""),
                q("type=CloudGateway&filter=Enabled==true&pageSize=3&page=2", 4, "c5"),
                q("type=CloudGateway&filter=Name==nothing&pageSize=3", 0, ""),
                q("type=BackupServer", 2, "b1 b2"),
                q("type=BackupServer&filter=IpOrDnsName==%22%22", 1, "b2"),
                q("type=BackupServer&filter=Port>9392", 1, "b2"),
                q("type=BackupServer&filter=Version>=13", 1, "b2"),
                q("type=BackupServer&sortDesc=Version", 2, "b2 b1"),
                q("type=ManagedServer&filter=ManagedServerType==windows", 3, "e1 e4 e6"),
                q("type=ManagedServer&filter=ManagedServerType<Local", 2, "e2 e5"),
                q("type=ManagedServer&sortAsc=ManagedServerType", 6, "e5 e2 e1 e4 e6 e3"),
                q("type=ManagedServer&filter=BackupServerUid==b0000000-0000-0000-0000-000000000002", 3, "e3 e4 e6"),
                q("type=CloudGatewayPool&filter=Name==%22POOL%20A%22", 1, "a1"),
                q("type=CloudGatewayPool&sortDesc=Name", 2, "a2 a1"),
                q("type=CloudGatewayPool&filter=BackupServerName==vbr02.tech.local", 1, "a2"),
                q("type=CloudTenant&filter=Enabled==false", 1, "d2"),
                q("type=CloudTenant&sortAsc=BackupServerName&filter=UID!=d0000000-0000-0000-0000-000000000003", 2, "d1 d2"),
                q("type=CloudTenant&filter=Type==VCD", 1, "d2"),
                q("type=CloudTenant&filter=Type<ActiveDirectory&sortDesc=Type", 2, "d2 d1"),
                q("type=CloudTenant&filter=OrganizationReference==%22%22", 1, "d1"),
                q("type=Repository&filter=FreeSpace>1000", 1, "f2"),
                q("type=Repository&sortAsc=Name", 2, "f2 f1"),
                q("type=Repository&sortDesc=Capacity&filter=BackupServerName!=nothing", 2, "f1 f2"),
                q("type=WanAccelerator&filter=HighBandwidthModeEnabled==true", 1, "92"),
                q("type=WanAccelerator&filter=Capacity>=100;ConnectionsCount<8", 1, "91"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entityQueries")
    void findsTheRightEntitiesInOrder(String rawQuery, long total, List<UUID> expected) throws SQLException {
        QueryPage page = run(rawQuery, null);

        assertThat(page).isEqualTo(new QueryPage.EntityIds(expected, total));
    }

    static Stream<Arguments> taskQueries() {
        return Stream.of(
                arguments("type=Task", 4, List.of(1, 2, 4, 10)),
                arguments("type=Task&filter=State==Finished", 2, List.of(2, 10)),
                arguments("type=Task&filter=State>=operationfinished", 3, List.of(2, 4, 10)),
                arguments("type=Task&filter=TaskId==TASK-2", 1, List.of(2)),
                arguments("type=Task&filter=TaskUid!=task-1", 3, List.of(2, 4, 10)),
                arguments("type=Task&filter=Operation==createcloudgateway", 2, List.of(1, 2)),
                // TaskId sorts by number: task-10 after task-4
                arguments("type=Task&sortDesc=TaskUid", 4, List.of(10, 4, 2, 1)),
                arguments("type=Task&sortAsc=State", 4, List.of(1, 4, 2, 10)),
                arguments("type=Task&format=Entities&sortAsc=TaskUid&pageSize=3&page=2", 4, List.of(10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskQueries")
    void findsOnlyTheSessionsRememberedTasks(String rawQuery, long total, List<Integer> expected) throws SQLException {
        assertThat(run(rawQuery, QueryFixture.SESSION)).isEqualTo(new QueryPage.TaskNumbers(expected, total));
    }

    @Test
    void anotherSessionSeesItsOwnTasks() throws SQLException {
        assertThat(run("type=Task", QueryFixture.OTHER_SESSION)).isEqualTo(new QueryPage.TaskNumbers(List.of(1), 1));
    }

    @Test
    void filterValuesNeverAppearInTheSql() {
        SqlQuery sql = QueryPlanner.plan(QueryParameters.parse(
                "type=CloudGateway&filter=Name==%22x'%20or%201=1%20--%22;ExternalPort>7")).sql();

        assertThat(sql.pageSql()).doesNotContain("x'").doesNotContain("1=1").doesNotContain("7").endsWith("limit ? offset ?");
        assertThat(sql.countSql()).doesNotContain("x'");
        assertThat(sql.filterBinds()).containsExactly("x' or 1=1 --", 7L);
    }

    private QueryPage run(String rawQuery, UUID session) throws SQLException {
        return new QueryRunner().run(connection(), QueryPlanner.plan(QueryParameters.parse(rawQuery)), session);
    }

    private static Arguments q(String rawQuery, long total, String labels) {
        List<UUID> ids = Arrays.stream(labels.split(" ")).filter(s -> !s.isEmpty())
                .map(label -> id(label.charAt(0), label.charAt(1) - '0')).toList();
        return arguments(rawQuery, total, ids);
    }
}
