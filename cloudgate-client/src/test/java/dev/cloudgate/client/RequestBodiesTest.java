package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cloudgate.wire.Bodies;
import dev.cloudgate.wire.JsonWriter;
import dev.cloudgate.wire.MediaFormat;
import dev.cloudgate.wire.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bodies the client sends pass the server's strict XSD reading and have the JSON shape of SPEC §3.3. */
class RequestBodiesTest {
    static final String BS_UID = "urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1";
    static final String GW_UID = "urn:veeam:CloudGateway:b5025a7b-5e13-41e2-a17e-9d9af985ecfd";
    static final String TENANT_UID = "urn:veeam:CloudTenant:5cf540af-512a-5ba8-9f12-77fba51207e0";

    @Test
    void gatewaySpecFollowsTheXsdOrderOfSpec573() {
        GatewaySpec spec = GatewaySpec.nat(BS_UID, "gw01.tech.local", "203.0.113.10").withDescription("Cloud gateway 01")
                .withExternalPort(6180).withInternalPort(6180);
        assertStrictlyValid(XmlWriter.write(spec.toNode()), "CreateCloudGatewaySpec", Set.of());
        assertThat(json(JsonWriter.write(spec.toNode()))).isEqualTo("{\"ServerHostName\":\"gw01.tech.local\",\"Description\":\"Cloud gateway 01\","
                + "\"ExternalIp\":\"203.0.113.10\",\"ExternalPort\":6180,\"NetworkType\":\"NAT\",\"InternalPort\":6180,\"BackupServerUid\":\"" + BS_UID + "\"}");
    }

    @Test
    void aBackupServerNameGoesIntoTheLegacyElementFirst() {
        String xml = xml(XmlWriter.write(GatewaySpec.direct("vbr01.tech.local", "gw02.tech.local").toNode()));
        assertThat(xml).contains("<BackupServerIdOrName>vbr01.tech.local</BackupServerIdOrName>\n  <ServerHostName>").doesNotContain("BackupServerUid");
        assertStrictlyValid(xml.getBytes(StandardCharsets.UTF_8), "CreateCloudGatewaySpec", Set.of());
    }

    @Test
    void gatewayChangesCarryOnlyWhatChangesAndAnEmptyDescription() {
        GatewayChanges changes = GatewayChanges.none().withEnabled(false).withNetworkMode(NetworkMode.NAT).withExternalIp("203.0.113.11")
                .withDescription("");
        byte[] xml = XmlWriter.write(changes.toNode());
        assertThat(xml(xml)).contains("<Enabled>false</Enabled>", "<Description />").doesNotContain("ExternalPort");
        assertStrictlyValid(xml, "CloudGateway", Set.of("Description"));
        assertThat(json(JsonWriter.write(changes.toNode())))
                .isEqualTo("{\"Enabled\":false,\"NetworkMode\":\"NAT\",\"ExternalIP\":\"203.0.113.11\",\"Description\":\"\"}");
    }

    @Test
    void poolSpecHasTheShapeOfSpec584() {
        PoolSpec spec = PoolSpec.of(BS_UID, "GatewayPool 1", List.of(GW_UID)).withTenants(List.of(TENANT_UID)).withDescription("Created by REST API");
        assertStrictlyValid(XmlWriter.write(spec.toNode()), "CreateCloudGatewayPoolSpec", Set.of("CloudGateways", "CloudTenants"));
        assertThat(json(JsonWriter.write(spec.toNode()))).isEqualTo("{\"Name\":\"GatewayPool 1\",\"Description\":\"Created by REST API\","
                + "\"CloudGateways\":{\"CloudGatewayUids\":[\"" + GW_UID + "\"]},\"CloudTenants\":{\"CloudTenantUids\":[\"" + TENANT_UID + "\"]},"
                + "\"BackupServerUid\":\"" + BS_UID + "\"}");
    }

    @Test
    void poolChangesClearTenantsWithAnEmptyWrapper() {
        PoolChanges changes = PoolChanges.none().withName("GatewayPool 2").withTenants(List.of());
        byte[] xml = XmlWriter.write(changes.toNode());
        assertThat(xml(xml)).contains("<Name>GatewayPool 2</Name>", "<CloudTenants />").doesNotContain("CloudGateways");
        assertStrictlyValid(xml, "CloudGatewayPool", Set.of("Description", "CloudGateways", "CloudTenants"));
        assertThat(json(JsonWriter.write(changes.toNode()))).isEqualTo("{\"Name\":\"GatewayPool 2\",\"CloudTenants\":{}}");
    }

    @Test
    void queryStringEncodesSpacesAsPercent20() {
        Query query = Query.of("CloudGateway").withFilter("Name==\"gw 01\";Enabled==true").withEntities().withSortDesc("Name").withPage(2, 5);
        assertThat(query.queryString()).isEqualTo("type=CloudGateway&format=Entities&filter=Name%3D%3D%22gw%2001%22%3BEnabled%3D%3Dtrue"
                + "&sortDesc=Name&pageSize=5&page=2");
    }

    private static void assertStrictlyValid(byte[] xml, String root, Set<String> keepEmpty) {
        assertThatCode(() -> Bodies.read(xml, MediaFormat.XML, root, true, keepEmpty)).doesNotThrowAnyException();
    }

    private static String xml(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String json(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
