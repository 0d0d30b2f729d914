package dev.cloudgate.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.client.CloudgateClient;
import dev.cloudgate.client.GatewaySpec;
import dev.cloudgate.client.Task;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The extension in this reactor (the consumer project, ConsumerProjectIT, tests it as a user gets it). */
@CloudgateTest
class CloudgateTestTest {
    static CloudgateInfo atStart;

    @BeforeAll
    static void before(CloudgateInfo cg) {
        atStart = cg;
    }

    @Test
    void requestFaultsAndTheJournalWorkInProcess(CloudgateInfo cg) throws Exception {
        assertThat(cg).isSameAs(atStart);
        cg.failNextRequest("/api/backupServers", 503);
        CloudgateClient client = cg.client();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest list = HttpRequest.newBuilder(URI.create(cg.apiUrl() + "/backupServers"))
                .header("X-RestSvcSessionId", client.token()).build();
        assertThat(http.send(list, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
        assertThat(http.send(list, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(cg.requests("/api/backupServers")).extracting(e -> e.status()).containsExactly(503, 200);
        assertThat(cg.faults()).allSatisfy(f -> assertThat(f.remaining()).isZero());
    }

    @Test
    void everyDeploymentOnAHostFailsUntilTheNextReset(CloudgateInfo cg) {
        cg.failDeployments("gw02.tech.local", "No route to host.");
        CloudgateClient client = cg.client(cg.portalUser(), cg.password());
        for (int i = 0; i < 2; i++) {
            Task task = client.createGateway(GatewaySpec.direct("vbr01.tech.local", "gw02.tech.local")).await(Duration.ofSeconds(30));
            assertThat(task.succeeded()).isFalse();
            assertThat(task.message()).isEqualTo("No route to host.");
        }
        cg.reset();
        assertThat(cg.faults()).isEmpty();
        assertThat(cg.client().createGateway(GatewaySpec.direct("vbr01.tech.local", "gw02.tech.local")).await(Duration.ofSeconds(30))
                .succeeded()).isTrue();
    }

    @Test
    void httpsListensOnAFreePortWithItsKeystoreInTheOwnDataDirectory(CloudgateInfo cg) {
        assertThat(cg.httpsPort()).isPositive().isNotEqualTo(9398);
        Path keystore = cg.httpsKeystore();
        assertThat(Files.exists(keystore)).isTrue();
        assertThat(keystore.getParent().getFileName().toString()).startsWith("cloudgate-junit5-");
    }

    @Test
    void aBadSettingFailsWhenTheExtensionIsBuilt() {
        assertThatThrownBy(() -> CloudgateExtension.builder().setting("no-such-key", "1").build())
                .hasMessageContaining("unknown setting 'no-such-key'");
    }

    @Nested
    class Inner {
        @Test
        void aNestedClassSharesTheOuterServer(CloudgateInfo cg) {
            assertThat(cg).isSameAs(atStart);
        }
    }
}
