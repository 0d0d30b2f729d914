package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** State a test needs, made the way a client makes it: through the API, polling each task to its end. */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** Creates a gateway and returns its id (from the finished task's Related link). */
    static String gateway(Api api, String host, String backupServer, String networkXml) {
        Api.Response accepted = api.post("/cloud/gateways", Api.XML, """
                <CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0">
                  <ServerHostName>%s</ServerHostName>
                  %s
                  <BackupServerUid>urn:veeam:BackupServer:%s</BackupServerUid>
                </CreateCloudGatewaySpec>""".formatted(host, networkXml, backupServer));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return relatedId(finished(api, accepted), "/cloud/gateways/");
    }

    static String gateway(Api api, String host, String backupServer) {
        return gateway(api, host, backupServer, "<NetworkType>Direct</NetworkType>");
    }

    /**
     * Deletes the demo seed's pool and its gateway, for tests written against the slice-1 seed that
     * build their own "GatewayPool 1" and count pools and gateways from an empty start.
     */
    static void dropSeededPool(Api api) {
        succeeds(api, api.delete("/cloud/gatewayPools/" + DemoSeed.POOL_1));
        succeeds(api, api.delete("/cloud/gateways/" + DemoSeed.POOL_1_GATEWAY));
    }

    /**
     * The slice-1 pool in place of the demo seed's: drops the seeded pool and builds "GatewayPool 1" for
     * ABC Company on a new gateway on gw01 of vbr01; returns the pool's id.
     */
    static String gatewayPool1(Api api) {
        dropSeededPool(api);
        String gateway = gateway(api, "gw01.tech.local", DemoSeed.BS1);
        return pool(api, "GatewayPool 1", List.of(gateway), List.of(DemoSeed.TENANT_ABC), DemoSeed.BS1);
    }

    /** Creates a pool on backup server 1 and returns its id. */
    static String pool(Api api, String name, List<String> gatewayIds, List<String> tenantIds, String backupServer) {
        Api.Response finished = finished(api, api.post("/cloud/gatewayPools", Api.XML, poolSpec(name, gatewayIds, tenantIds, backupServer)));
        assertThat(finished.body()).as(finished.body()).contains("Success=\"true\"");
        return relatedId(finished, "/cloud/gatewayPools/");
    }

    static String poolSpec(String name, List<String> gatewayIds, List<String> tenantIds, String backupServer) {
        StringBuilder gateways = new StringBuilder();
        gatewayIds.forEach(id -> gateways.append("<CloudGatewayUid>urn:veeam:CloudGateway:").append(id).append("</CloudGatewayUid>"));
        StringBuilder tenants = new StringBuilder();
        tenantIds.forEach(id -> tenants.append("<CloudTenantUid>urn:veeam:CloudTenant:").append(id).append("</CloudTenantUid>"));
        return """
                <CreateCloudGatewayPoolSpec xmlns="http://www.veeam.com/ent/v1.0">
                  <Name>%s</Name>
                  <Description>Created by REST API</Description>
                  <CloudGateways>%s</CloudGateways>
                  <CloudTenants>%s</CloudTenants>
                  <BackupServerUid>urn:veeam:BackupServer:%s</BackupServerUid>
                </CreateCloudGatewayPoolSpec>""".formatted(name, gateways, tenants, backupServer);
    }

    /** Polls the 202's task to its end, in XML whatever the caller's Accept. */
    static Api.Response finished(Api api, Api.Response accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).isNotNull();
        Api xml = new Api(api.base()).token(api.token()).accept(Api.XML);
        return xml.awaitTask(location);
    }

    /** The message of a finished task that failed. */
    static String failure(Api api, Api.Response accepted) {
        Api.Response task = finished(api, accepted);
        assertThat(task.body()).as(task.body()).contains("Success=\"false\"");
        return task.find("<Message>([^<]*)</Message>").replace("&amp;", "&");
    }

    static void succeeds(Api api, Api.Response accepted) {
        Api.Response task = finished(api, accepted);
        assertThat(task.body()).as(task.body()).contains("<Result Success=\"true\">");
    }

    static String relatedId(Api.Response task, String path) {
        String id = task.find("Rel=\"Related\"[^>]*Href=\"[^\"]*" + path + "([0-9a-f-]{36})");
        if (id == null) {
            id = task.find("Href=\"[^\"]*" + path + "([0-9a-f-]{36})[^\"]*\"[^>]*Rel=\"Related\"");
        }
        assertThat(id).as("Related link in " + task.body()).isNotNull();
        return id;
    }

    static JsonNode json(Api.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
