package dev.cloudgate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cloudgate.query.QueryException.Reason;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryPlannerTest {

    private static final String GATEWAY = "c0000000-0000-0000-0000-000000000001";

    @ParameterizedTest
    @ValueSource(strings = {
            "type=CloudGateway", "type=cloudgateway&format=Entities", "type=CLOUDGATEWAYPOOL&sortDesc=name",
            "type=BackupServer&filter=Port>=9392;Version<13", "type=ManagedServer&filter=ManagedServerType>esxi",
            "type=Task&filter=TaskUid==task-1,State==finished&sortAsc=TaskUid", "type=CloudTenant&format=refs",
            "type=CloudTenant&format=Entities&filter=Type==vcd;OrganizationReference==\"\"&sortAsc=OrganizationReference",
            "type=Repository&filter=FreeSpace>1024;Capacity<=9000000000&sortDesc=Capacity", "type=WanAccelerator&filter=HighBandwidthModeEnabled==false",
            "type=CloudGateway&filter=BackupServerUId==urn:VEEAM:backupserver:B0000000-0000-0000-0000-000000000001",
            "type=CloudGateway&filter=UID!=" + GATEWAY + ";Enabled==FALSE;ExternalPort<-1;NetworkMode>=nat",
            "type=CloudGateway&sortAsc=BACKUPSERVERNAME", "type=%20CloudGateway%20"})
    void plansValidQueries(String rawQuery) {
        assertThat(QueryPlanner.plan(QueryParameters.parse(rawQuery)).sql().pageSql()).startsWith("select ");
    }

    static Stream<Arguments> refusedQueries() {
        return Stream.of(
                arguments("format=Entities", Reason.INVALID, "Query parameter 'type' is missing"),
                arguments("type=", Reason.INVALID, "Query parameter 'type' is missing"),
                arguments("type=Gateway", Reason.INVALID, "Unknown query type 'Gateway'"),
                arguments("type=Job", Reason.NOT_IMPLEMENTED, "Query type 'Job' is not implemented"),
                arguments("type=vmrestorepoint", Reason.NOT_IMPLEMENTED, "'vmrestorepoint' is not implemented"),
                // Vendor types outside both tenant slices (SPEC-tenants §1.3).
                arguments("type=CloudReplica", Reason.NOT_IMPLEMENTED, "'CloudReplica' is not implemented"),
                arguments("type=CloudPublicIpAddress&format=Entities", Reason.NOT_IMPLEMENTED, "'CloudPublicIpAddress' is not implemented"),
                arguments("type=CloudGateway&filter=Foo==1", Reason.INVALID,
                        "Unknown field 'Foo' for query type CloudGateway; known fields: UID, Name"),
                arguments("type=CloudGateway&sortDesc=Foo", Reason.INVALID, "Unknown field 'Foo'"),
                arguments("type=CloudGatewayPool&filter=Enabled==true", Reason.INVALID, "Unknown field 'Enabled'"),
                arguments("type=CloudGateway&filter=Name==\"x", Reason.INVALID, "unterminated quoted value"),
                arguments("type=CloudGateway&filter=UID==urn:veeam:CloudTenant:" + GATEWAY, Reason.INVALID,
                        "expected a CloudGateway UID"),
                arguments("type=CloudGateway&filter=UID==" + GATEWAY + "0", Reason.INVALID, "field 'UID'"),
                arguments("type=CloudGateway&filter=UID==1-2-3-4-5", Reason.INVALID, "field 'UID'"),
                arguments("type=CloudGateway&filter=BackupServerUid==urn:veeam:CloudGateway:" + GATEWAY,
                        Reason.INVALID, "expected a BackupServer UID"),
                arguments("type=CloudGateway&filter=UID>" + GATEWAY, Reason.INVALID,
                        "Operator '>' cannot be used with field 'UID'"),
                arguments("type=CloudGateway&filter=Enabled<=true", Reason.INVALID,
                        "Boolean fields allow only == and !="),
                arguments("type=CloudGateway&filter=Enabled==yes", Reason.INVALID, "expected true or false"),
                arguments("type=CloudGateway&filter=ExternalPort==abc", Reason.INVALID, "expected an integer"),
                arguments("type=CloudGateway&filter=NetworkMode==Bridge", Reason.INVALID,
                        "expected one of Direct, NAT"),
                arguments("type=Task&filter=State==Done", Reason.INVALID,
                        "expected one of Running, OperationFinished, Finished"),
                arguments("type=ManagedServer&filter=ManagedServerType==Mainframe", Reason.INVALID, "one of ESX, VC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedQueries")
    void refusesQueriesItCannotAnswer(String rawQuery, Reason reason, String messageFragment) {
        assertThatThrownBy(() -> QueryPlanner.plan(QueryParameters.parse(rawQuery)))
                .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(messageFragment);
    }
}
