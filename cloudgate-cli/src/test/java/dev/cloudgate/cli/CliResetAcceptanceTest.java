package dev.cloudgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.Api;
import dev.cloudgate.acceptance.ServerExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code cloudgate reset} against a server with the control API. */
class CliResetAcceptanceTest {
    static final String TOKEN = "cli-reset-test-token";
    @RegisterExtension
    static final ServerExtension server = new ServerExtension(Map.of("admin-token", TOKEN));

    @Test
    void resetRemovesWhatWasCreatedAndAWrongTokenIsRefused(@TempDir Path home) {
        CliProcess cli = new CliProcess(server.base(), home);
        CliProcess.Result create = cli.run("gateways", "create", "--backup-server", "vbr01.tech.local", "--host", "gw01.tech.local", "--wait",
                "--user", Api.ADMIN, "--password", Api.PASSWORD);
        assertThat(create.exit()).as(create.toString()).isZero();

        CliProcess.Result wrong = cli.run("reset", "--admin-token", "wrong");
        assertThat(wrong.exit()).as(wrong.toString()).isEqualTo(1);
        assertThat(wrong.err()).contains("(HTTP 403)");

        CliProcess.Result reset = cli.run("reset", "--admin-token", TOKEN);
        assertThat(reset.exit()).as(reset.toString()).isZero();
        assertThat(reset.out()).contains("back to its seed");
        CliProcess.Result list = cli.run("gateways", "list", "--user", Api.ADMIN, "--password", Api.PASSWORD);
        assertThat(list.out()).doesNotContain("gw01.tech.local");
    }
}
