package dev.cloudgate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cloudgate.failure.Failure;
import dev.cloudgate.failure.Failure.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryPlannerTest {

    private static final String GATEWAY = "c0000000-0000-0000-0000-000000000001";

    /** Each valid query with the pieces of SQL that carry its meaning (table, conditions, order) and the values bound. */
    static Stream<Arguments> validQueries() {
        String gateways = "select g.id from gateway g join backup_server b on b.id = g.backup_server_id";
        return Stream.of(
                arguments("type=CloudGateway", gateways + " order by g.seq limit ? offset ?", List.of()),
                arguments("type=cloudgateway&format=Entities", gateways + " order by g.seq limit ? offset ?", List.of()),
                arguments("type=%20CloudGateway%20", gateways + " order by g.seq limit ? offset ?", List.of()),
                arguments("type=CLOUDGATEWAYPOOL&sortDesc=name", "select p.id from gateway_pool p join backup_server b on b.id = p.backup_server_id"
                        + " order by lower(p.name) desc, p.seq limit ? offset ?", List.of()),
                arguments("type=BackupServer&filter=Port>=9392;Version<13",
                        "select b.id from backup_server b where (b.port >= ? and lower(b.version) < lower(?)) order by b.seq", List.of(9392, "13")),
                arguments("type=ManagedServer&filter=ManagedServerType>esxi", "when 'esxi' then 5", List.of(5)),
                arguments("type=Task&filter=TaskUid==task-1,State==finished&sortAsc=TaskUid",
                        "from task t where t.session_id = ? and t.forgotten = false and (lower('task-' || cast(t.task_no as varchar(11)))"
                                + " = lower(?) or case lower(t.state) when 'running' then 0 when 'operationfinished' then 1"
                                + " when 'finished' then 2 end = ?) order by t.task_no", List.of("task-1", 2)),
                arguments("type=CloudTenant&format=refs", "select te.id from tenant te join backup_server b on b.id = te.backup_server_id"
                        + " order by te.seq", List.of()),
                arguments("type=CloudGateway&filter=UID!=" + GATEWAY + ";Enabled==FALSE;ExternalPort<-1;NetworkMode>=nat",
                        gateways + " where (g.id <> ? and g.enabled = ? and g.external_port < ? and case lower(g.network_mode)"
                                + " when 'direct' then 0 when 'nat' then 1 end >= ?) order by g.seq", List.of(GATEWAY, false, -1, 1)),
                arguments("type=CloudGateway&sortAsc=BACKUPSERVERNAME", gateways + " order by lower(b.name), g.seq", List.of()),
                // SPEC-tenants §8.
                arguments("type=CloudTenant&format=Entities&filter=Type==vcd", "case lower(te.tenant_type) when 'standalone' then 0"
                        + " when 'vcd' then 1 when 'activedirectory' then 2 end = ?", List.of(1)),
                arguments("type=Repository&filter=FreeSpace>1024;Capacity<=9000000000",
                        "from repository r join backup_server b on b.id = r.backup_server_id where (r.free_space > ? and r.capacity <= ?)",
                        List.of(1024, 9000000000L)),
                arguments("type=WanAccelerator&filter=HighBandwidthModeEnabled==false", "where w.high_bandwidth = ?", List.of(false)),
                // Part 2 (SPEC-tenants §8).
                arguments("type=CloudHardwarePlan&filter=Platform==hyperv",
                        "case lower(hp.platform) when 'vmware' then 0 when 'hyperv' then 1 end = ?", List.of(1)),
                arguments("type=CloudSubtenant&filter=Disabled==true;Quota>1024&sortAsc=name",
                        "where ((not s.enabled) = ? and s.quota_mb > ?) order by lower(s.name), s.seq", List.of(true, 1024)),
                arguments("type=VlanConfiguration&filter=UID==urn:veeam:VlanConfiguration:" + GATEWAY + ";ClusterName==\"\"",
                        "from vlan_configuration v join backup_server b on b.id = v.backup_server_id where (v.id = ?", List.of(GATEWAY, "")));
    }

    @ParameterizedTest
    @MethodSource("validQueries")
    void plansValidQueries(String rawQuery, String sql, List<Object> binds) {
        SqlQuery query = QueryPlanner.plan(QueryParameters.parse(rawQuery)).sql();
        assertThat(query.pageSql()).contains(sql);
        assertThat(query.countSql()).startsWith("select count(*) from ").doesNotContain("order by", "limit");
        assertThat(query.filterBinds()).map(String::valueOf).containsExactlyElementsOf(binds.stream().map(String::valueOf).toList());
    }

    static Stream<Arguments> refusedQueries() {
        return Stream.of(
                arguments("format=Entities", Kind.INVALID, "Query parameter 'type' is missing"),
                arguments("type=", Kind.INVALID, "Query parameter 'type' is missing"),
                arguments("type=Gateway", Kind.INVALID, "Unknown query type 'Gateway'"),
                arguments("type=Job", Kind.NOT_IMPLEMENTED, "Query type 'Job' is not implemented"),
                arguments("type=vmrestorepoint", Kind.NOT_IMPLEMENTED, "'vmrestorepoint' is not implemented"),
                // Part 2 of the tenant slice (SPEC-tenants §8) is not here yet.
                arguments("type=CloudReplica", Kind.NOT_IMPLEMENTED, "'CloudReplica' is not implemented"),
                arguments("type=CloudPublicIpAddress&format=Entities", Kind.NOT_IMPLEMENTED, "'CloudPublicIpAddress' is not implemented"),
                arguments("type=CloudGateway&filter=Foo==1", Kind.INVALID,
                        "Unknown field 'Foo' for query type CloudGateway; known fields: UID, Name"),
                arguments("type=CloudGateway&sortDesc=Foo", Kind.INVALID, "Unknown field 'Foo'"),
                arguments("type=CloudGatewayPool&filter=Enabled==true", Kind.INVALID, "Unknown field 'Enabled'"),
                arguments("type=CloudGateway&filter=Name==\"x", Kind.INVALID, "unterminated quoted value"),
                arguments("type=CloudGateway&filter=UID==urn:veeam:CloudTenant:" + GATEWAY, Kind.INVALID,
                        "expected a CloudGateway UID"),
                arguments("type=CloudGateway&filter=UID==" + GATEWAY + "0", Kind.INVALID, "field 'UID'"),
                arguments("type=CloudGateway&filter=UID==1-2-3-4-5", Kind.INVALID, "field 'UID'"),
                arguments("type=CloudGateway&filter=BackupServerUid==urn:veeam:CloudGateway:" + GATEWAY,
                        Kind.INVALID, "expected a BackupServer UID"),
                arguments("type=CloudGateway&filter=UID>" + GATEWAY, Kind.INVALID,
                        "Operator '>' cannot be used with field 'UID'"),
                arguments("type=CloudGateway&filter=Enabled<=true", Kind.INVALID,
                        "Boolean fields allow only == and !="),
                arguments("type=CloudGateway&filter=Enabled==yes", Kind.INVALID, "expected true or false"),
                arguments("type=CloudGateway&filter=ExternalPort==abc", Kind.INVALID, "expected an integer"),
                arguments("type=CloudGateway&filter=NetworkMode==Bridge", Kind.INVALID,
                        "expected one of Direct, NAT"),
                arguments("type=Task&filter=State==Done", Kind.INVALID,
                        "expected one of Running, OperationFinished, Finished"),
                arguments("type=ManagedServer&filter=ManagedServerType==Mainframe", Kind.INVALID, "one of ESX, VC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedQueries")
    void refusesQueriesItCannotAnswer(String rawQuery, Kind reason, String messageFragment) {
        assertThatThrownBy(() -> QueryPlanner.plan(QueryParameters.parse(rawQuery)))
                .isInstanceOfSatisfying(Failure.class, e -> assertThat(e.kind()).isEqualTo(reason))
                .hasMessageContaining(messageFragment);
    }
}
