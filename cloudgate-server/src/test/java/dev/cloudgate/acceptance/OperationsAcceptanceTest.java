package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /metrics and /health beside the vendor API (docs/operations.md), over real HTTP. */
class OperationsAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();
    static Api ops;

    @BeforeAll
    static void start() {
        ops = new Api("http://127.0.0.1:" + server.port());
    }

    @Test
    void metricsCountApiRequestsByRouteTemplateAndStatus() {
        Api api = server.api().logon();
        api.get("/backupServers/" + Api.BS1);
        api.get("/backupServers/" + Api.BS1);
        api.get("/backupServers/00000000-0000-0000-0000-000000000000");

        Api.Response r = ops.get("/metrics");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body())
                .contains("# TYPE cloudgate_http_request_duration_seconds histogram")
                .contains("cloudgate_http_request_duration_seconds_count{method=\"GET\",route=\"/api/backupServers/{id}\",status=\"200\"} 2\n")
                .contains("cloudgate_http_request_duration_seconds_count{method=\"GET\",route=\"/api/backupServers/{id}\",status=\"404\"} 1\n")
                .contains("cloudgate_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/backupServers/{id}\",status=\"200\",le=\"+Inf\"} 2\n")
                .contains("cloudgate_http_request_duration_seconds_count{method=\"POST\",route=\"/api/sessionMngr\",status=\"201\"}")
                .doesNotContain(Api.BS1);
    }

    @Test
    void unknownPathsShareOneSeriesSoClientsCannotGrowTheMetrics() {
        Api api = server.api().logon();
        api.get("/no/such/thing-1");
        api.get("/no/such/thing-2");

        String body = ops.get("/metrics").body();

        assertThat(body).contains("route=\"none\",status=\"404\"").doesNotContain("thing-1");
    }

    @Test
    void metricsCountFinishedTasksByOperationAndResult() {
        Api api = server.api().logon();
        String xml = "<CreateCloudGatewaySpec xmlns=\"http://www.veeam.com/ent/v1.0\"><ServerHostName>gw03.tech.local</ServerHostName>"
                + "<NetworkType>Direct</NetworkType><BackupServerUid>urn:veeam:BackupServer:" + Api.BS1 + "</BackupServerUid></CreateCloudGatewaySpec>";
        Api.Response created = api.post("/cloud/gateways", Api.XML, xml);
        assertThat(created.status()).isEqualTo(202);
        api.awaitTask(created.header("Location"));
        Api.Response again = api.post("/cloud/gateways", Api.XML, xml);
        api.awaitTask(again.header("Location"));

        String body = ops.get("/metrics").body();

        assertThat(body)
                .contains("# TYPE cloudgate_task_duration_seconds histogram")
                .contains("cloudgate_task_duration_seconds_count{operation=\"CreateCloudGateway\",result=\"success\"} 1\n")
                .contains("cloudgate_task_duration_seconds_count{operation=\"CreateCloudGateway\",result=\"failure\"} 1\n");
    }

    @Test
    void metricsReportTheStorePool() {
        String body = ops.get("/metrics").body();

        assertThat(body)
                .contains("# TYPE cloudgate_store_connections gauge")
                .containsPattern("cloudgate_store_connections\\{state=\"total\"} [1-9]\\d*\n")
                .containsPattern("cloudgate_store_connections\\{state=\"active\"} \\d+\n")
                .contains("cloudgate_store_connections_max 16\n");
    }

    @Test
    void metricsNeedNoLogonAndAreNotCountedAsApiRequests() {
        ops.get("/metrics");
        String body = ops.get("/metrics").body();

        assertThat(body).doesNotContain("route=\"/metrics\"");
    }

    @Test
    void healthIsUpWhenTheStoreAnswers() {
        Api.Response r = ops.get("/health");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.body()).isEqualTo("{\"status\":\"UP\",\"store\":\"UP\"}");
    }

    @Test
    void operationsEndpointsAreReadOnly() {
        Api.Response r = ops.send("POST", "/health", "application/json", "{}", Map.of());

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void pathsBelowTheOperationsEndpointsAreNotFound() {
        assertThat(ops.get("/metrics/extra").status()).isEqualTo(404);
        assertThat(ops.get("/healthz").status()).isEqualTo(404);
    }
}
