package dev.cloudgate.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's tenant walk-through, run as written with bash and curl against a real server on the
 * demo seed (only the base URL is replaced by the test server's), so the documentation cannot rot.
 */
class ReadmeWalkthroughTest {
    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void createATenantWithAQuotaAndAPoolWorksAsWritten() throws Exception {
        String script = walkthrough("tenant").replace("http://127.0.0.1:9399/api", server.base());
        Path file = Files.createTempFile("walkthrough", ".sh");
        Files.writeString(file, "set -euo pipefail\n" + script);
        Path out = Files.createTempFile("walkthrough", ".out");
        Process bash = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = bash.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            bash.destroyForcibly();
        }
        String output = Files.readString(out);
        Files.delete(file);
        Files.delete(out);
        assertThat(ended).as(output).isTrue();

        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).contains("Name=\"Tri-M Company\"", "<Quota>307200</Quota>", "<CloudGatewayPoolUid>urn:veeam:CloudGatewayPool:",
                "<FailoverToOtherGatewaysIfFail>true</FailoverToOtherGatewaysIfFail>", "<CloudTenantResources", "CloudTenantReference")
                .doesNotContain("Str0ng-Pa55</Password>");
        String lastAnswer = output.substring(output.lastIndexOf("<?xml"));
        assertThat(lastAnswer).contains("Name=\"Walk-through Pool\"").doesNotContain("<CloudTenants>");
        Api api = server.api().logon().accept(Api.XML);
        assertThat(api.get("/cloud/tenants").body()).doesNotContain("Tri-M Company");
        // The seeded GatewayPool 1 keeps ABC Company; the walk-through's pool, listed last, holds no tenant any more.
        String pools = api.get("/cloud/gatewayPools?format=Entity").body();
        assertThat(pools).contains("Name=\"Walk-through Pool\"");
        assertThat(pools.substring(pools.indexOf("Name=\"Walk-through Pool\""))).doesNotContain("<CloudTenantUid>");
    }

    /** The shell block between {@code <!-- walkthrough:name -->} and its end marker in README.md. */
    static String walkthrough(String name) throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme);
        String start = "<!-- walkthrough:" + name + " -->";
        String block = text.substring(text.indexOf(start) + start.length(), text.indexOf("<!-- /walkthrough:" + name + " -->"));
        return block.replace("```sh", "").replace("```", "");
    }
}
