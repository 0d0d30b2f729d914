package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server whose tasks stay Running for a minute, to see await give up. */
class TaskTimeoutAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("task-delay", "60s"));

    @Test
    void awaitThrowsWithTheLastSeenTaskWhenTheTimeoutPasses() {
        CloudgateClient client = CloudgateClient.builder(server.base()).maxPollInterval(Duration.ofMillis(50)).build();
        client.logon(Api.ADMIN, Api.PASSWORD);
        PendingTask pending = client.createGateway(GatewaySpec.direct(Api.BS1, "gw03.tech.local"));
        long started = System.nanoTime();
        assertThatThrownBy(() -> pending.await(Duration.ofMillis(300)))
                .isInstanceOfSatisfying(TaskTimeoutException.class, e -> {
                    assertThat(e.lastSeen().taskId()).isEqualTo(pending.task().taskId());
                    assertThat(e.lastSeen().state()).isEqualTo("Running");
                    assertThat(e).hasMessageContaining("CreateCloudGateway");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
