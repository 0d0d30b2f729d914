package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server whose tasks stay Running for a minute: --wait gives up with exit code 4. */
class CliTimeoutAcceptanceTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("task-delay", "60s"));

    @Test
    void waitingPastTheTimeoutEndsWithFourAndNamesTheTask(@TempDir Path home) {
        CliProcess.Result r = new CliProcess(server.base(), home).run("gateways", "create", "--backup-server", "vbr01.tech.local",
                "--host", "gw01.tech.local", "--wait", "--timeout", "500ms", "--user", Api.ADMIN, "--password", Api.PASSWORD);
        assertThat(r.exit()).as(r.toString()).isEqualTo(4);
        assertThat(r.err()).contains("task-1 CreateCloudGateway: Running", "was still Running after 500 ms", "cloudgate tasks wait task-1");
    }
}
