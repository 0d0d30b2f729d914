package dev.cloudgate.client;

import static dev.cloudgate.acceptance.DemoSeed.TENANT_ABC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.wire.MediaFormat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pools, tenants and the query service (SPEC §5.8, §5.9, §6) through the client; a 501 from any of them fails. */
class PoolsAndQueryAcceptanceTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final DemoServer server = new DemoServer();

    @ParameterizedTest
    @EnumSource(MediaFormat.class)
    void poolIsCreatedWithATenantQueriedEditedAndDeleted(MediaFormat format) {
        CloudgateClient client = server.admin(format);
        String host = format == MediaFormat.XML ? "gw01.tech.local" : "gw02.tech.local";
        String poolName = "Pool " + format;
        Task made = client.createGateway(GatewaySpec.direct(Api.BS1, host)).await(WAIT);
        String gatewayId = made.relatedId().orElseThrow(() -> new AssertionError(made.message()));
        String gatewayUid = client.gateway(gatewayId).uid();

        Task created = client.createPool(PoolSpec.of("vbr01.tech.local", poolName, List.of(gatewayUid))
                .withTenants(List.of("urn:veeam:CloudTenant:" + TENANT_ABC)).withDescription("by the client")).await(WAIT);
        assertThat(created.succeeded()).as(created.message()).isTrue();
        String poolId = created.relatedId().orElseThrow();
        GatewayPool pool = client.pool(poolId);
        assertThat(pool.name()).isEqualTo(poolName);
        assertThat(pool.description()).isEqualTo("by the client");
        assertThat(pool.gatewayUids()).containsExactly(gatewayUid);
        assertThat(pool.tenantUids()).containsExactly("urn:veeam:CloudTenant:" + TENANT_ABC);
        assertThat(pool.backupServerName()).isEqualTo("vbr01.tech.local");
        assertThat(client.pools()).contains(pool);
        assertThat(client.poolRefs()).extracting(Ref::id).contains(poolId);
        assertThat(client.poolRef(poolId).name()).isEqualTo(poolName);
        assertThat(client.poolGateways(poolId)).extracting(Ref::id).containsExactly(gatewayId);
        assertThat(client.poolTenantRefs(poolId)).extracting(Ref::name).containsExactly("ABC Company");
        assertThat(client.tenantRefs()).extracting(Ref::name).contains("ABC Company", "XYZ Corporation");
        assertThat(client.tenantRef(TENANT_ABC).name()).isEqualTo("ABC Company");
        assertThat(client.tenantPoolRefs(TENANT_ABC)).extracting(Ref::id).contains(poolId);
        assertThat(client.gateway(gatewayId).poolNames()).containsExactly(poolName);

        Task blocked = client.deleteGateway(gatewayId).await(WAIT);
        assertThat(blocked.succeeded()).isFalse();
        assertThat(blocked.message()).contains("is a member of cloud gateway pool " + poolName);

        QueryResult byName = client.query(Query.of("CloudGateway").withFilter("Name==\"" + host + "\"").withEntities());
        assertThat(byName.gateways()).extracting(Gateway::id).containsExactly(gatewayId);
        assertThat(byName.paging().pageNum()).isEqualTo(1);
        assertThat(client.query(Query.of("CloudGatewayPool").withFilter("Name==\"" + poolName + "\"")).refs())
                .extracting(Ref::id).containsExactly(poolId);
        assertThat(client.query(Query.of("Task").withFilter("State==Finished")).tasks()).contains(client.task(created.taskId()));
        assertThatThrownBy(() -> client.query(Query.of("CloudGateway").withFilter("Nmae==x")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.serverMessage()).contains("Nmae"));

        Task edited = client.editPool(poolId, PoolChanges.none().withName(poolName + " renamed").withTenants(List.of())).await(WAIT);
        assertThat(edited.succeeded()).as(edited.message()).isTrue();
        GatewayPool after = client.pool(poolId);
        assertThat(after.name()).isEqualTo(poolName + " renamed");
        assertThat(after.tenantUids()).isEmpty();
        assertThat(after.gatewayUids()).containsExactly(gatewayUid);

        Task deleted = client.deletePool(poolId).await(WAIT);
        assertThat(deleted.succeeded()).isTrue();
        assertThat(deleted.relatedId()).isEmpty();
        assertThatThrownBy(() -> client.pool(poolId)).isInstanceOf(NotFoundException.class);
        assertThat(client.deleteGateway(gatewayId).await(WAIT).succeeded()).isTrue();
    }
}
